import type { Config } from '../../src/config.js';
import type { NetworkAdapterDeps } from '../shared/index.js';
import { MastodonAdapter } from './mastodon-adapter.js';

/** Null when MASTODON_URL / MASTODON_ACCESS_TOKEN are unset. */
export function createMastodonAdapter(config: Config, deps: NetworkAdapterDeps): MastodonAdapter | null {
  if (!config.mastodon) return null;
  return new MastodonAdapter({
    config: config.mastodon,
    logger: deps.logger.child({ adapter: 'mastodon' }),
    clock: deps.clock,
    limiters: deps.limiters,
    release: deps.release,
    pollIntervalMs: deps.pollIntervalMs ?? config.pollIntervalMs,
  });
}
