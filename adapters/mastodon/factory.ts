import type { Config } from '../../src/config.js';
import { adapterRuntime, type NetworkAdapterDeps } from '../shared/index.js';
import { MastodonAdapter } from './mastodon-adapter.js';

/** Null when MASTODON_URL / MASTODON_ACCESS_TOKEN are unset. */
export function createMastodonAdapter(config: Config, deps: NetworkAdapterDeps): MastodonAdapter | null {
  if (!config.mastodon) return null;
  return new MastodonAdapter({
    config: config.mastodon,
    ...adapterRuntime('mastodon', config, deps),
  });
}
