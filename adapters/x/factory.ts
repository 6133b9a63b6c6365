import type { Config } from '../../src/config.js';
import type { NetworkAdapterDeps } from '../shared/index.js';
import { dbSpendLedger } from './cost.js';
import { XAdapter } from './x-adapter.js';

/** Null when X is not configured (no X_BEARER_TOKEN and no user-context keys). */
export function createXAdapter(config: Config, deps: NetworkAdapterDeps): XAdapter | null {
  if (!config.x) return null;
  return new XAdapter({
    config: config.x,
    brand: config.brand,
    logger: deps.logger.child({ adapter: 'x' }),
    clock: deps.clock,
    limiters: deps.limiters,
    release: deps.release,
    pollIntervalMs: deps.pollIntervalMs ?? config.pollIntervalMs,
    spend: dbSpendLedger(deps.db),
  });
}
