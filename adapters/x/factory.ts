import type { Config } from '../../src/config.js';
import { adapterRuntime, type NetworkAdapterDeps } from '../shared/index.js';
import { dbSpendLedger } from './cost.js';
import { XAdapter } from './x-adapter.js';

/** Null when X is not configured (no X_BEARER_TOKEN and no user-context keys). */
export function createXAdapter(config: Config, deps: NetworkAdapterDeps): XAdapter | null {
  if (!config.x) return null;
  return new XAdapter({
    config: config.x,
    brand: config.brand,
    ...adapterRuntime('x', config, deps),
    spend: dbSpendLedger(deps.db),
  });
}
