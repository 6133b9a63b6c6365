import type { Config } from '../../src/config.js';
import { adapterRuntime, type NetworkAdapterDeps } from '../shared/index.js';
import { BlueskyAdapter } from './bluesky-adapter.js';

/** Null when BLUESKY_HANDLE / BLUESKY_APP_PASSWORD are unset. */
export function createBlueskyAdapter(config: Config, deps: NetworkAdapterDeps): BlueskyAdapter | null {
  if (!config.bluesky) return null;
  return new BlueskyAdapter({
    config: config.bluesky,
    ...adapterRuntime('bluesky', config, deps),
  });
}
