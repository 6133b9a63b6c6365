/** What the registry hands each network adapter factory. */
import type { Clock } from '../../src/core/clock.js';
import type { Db } from '../../src/db/client.js';
import type { Logger } from '../../src/logger.js';
import type { Config } from '../../src/config.js';
import type { AdapterRuntime } from './caller.js';
import type { Limiters } from './limiter.js';

export interface NetworkAdapterDeps {
  logger: Logger;
  clock: Clock;
  db: Db;
  limiters: Limiters;
  /** Releases this adapter's hold on the shared limiters (see sharedLimiters). */
  release?: () => Promise<void>;
  pollIntervalMs?: number;
}

/** The runtime every network adapter gets from its factory: its own child logger, shared clock and limiters, the poll interval. */
export function adapterRuntime(name: string, config: Config, deps: NetworkAdapterDeps): AdapterRuntime {
  return {
    logger: deps.logger.child({ adapter: name }),
    clock: deps.clock,
    limiters: deps.limiters,
    release: deps.release,
    pollIntervalMs: deps.pollIntervalMs ?? config.pollIntervalMs,
  };
}
