/** What the registry hands each network adapter factory. */
import type { Clock } from '../../src/core/clock.js';
import type { Db } from '../../src/db/client.js';
import type { Logger } from '../../src/logger.js';
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
