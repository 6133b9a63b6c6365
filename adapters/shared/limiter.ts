/**
 * Bottleneck limiters, one per platform + credential (+ endpoint). With a Redis URL
 * they are clustered through one IORedisConnection, so several Glasshouse instances
 * spend one budget instead of each assuming it has the whole quota.
 */
import { createHash } from 'node:crypto';
import Bottleneck from 'bottleneck';
import { Redis } from 'ioredis';
import type { Logger } from '../../src/logger.js';

export interface LimiterKey {
  platform: string;
  /** Anything that identifies the credential (a token, a handle); only a hash is used. */
  credential: string;
  endpoint?: string;
}

export interface LimiterSettings {
  maxConcurrent?: number;
  /** Minimum spacing between requests (ms). */
  minTime?: number;
  /** Requests allowed per refresh window; with the two below, a sliding quota. */
  reservoir?: number;
  reservoirRefreshAmount?: number;
  reservoirRefreshInterval?: number;
}

export interface Limiters {
  get(key: LimiterKey, settings?: LimiterSettings): Bottleneck;
  close(): Promise<void>;
  readonly clustered: boolean;
}

/** Stable, secret-free limiter id: the credential never reaches Redis or a log line. */
export function limiterId(key: LimiterKey): string {
  const cred = createHash('sha256').update(key.credential).digest('hex').slice(0, 12);
  return ['glasshouse', key.platform, cred, key.endpoint ?? '*'].join(':');
}

export interface LimitersOptions {
  redisUrl?: string | null;
  logger?: Logger;
  /** Prefix for limiter ids (tests isolate themselves with it). */
  namespace?: string;
}

export function createLimiters(opts: LimitersOptions = {}): Limiters {
  const limiters = new Map<string, Bottleneck>();
  let connection: Bottleneck.IORedisConnection | null = null;
  let client: Redis | null = null;
  // Connect on first use: a process with only the replay feed never opens Redis.
  const connect = (): Bottleneck.IORedisConnection | null => {
    if (!opts.redisUrl || connection) return connection;
    client = new Redis(opts.redisUrl, { maxRetriesPerRequest: 3 });
    connection = new Bottleneck.IORedisConnection({ client });
    connection.on('error', (err: unknown) => opts.logger?.warn({ err }, 'rate limiter: Redis error'));
    return connection;
  };
  return {
    clustered: Boolean(opts.redisUrl),
    get(key, settings = {}) {
      const id = (opts.namespace ? `${opts.namespace}:` : '') + limiterId(key);
      let l = limiters.get(id);
      if (!l) {
        const connection = connect();
        l = new Bottleneck({
          id,
          maxConcurrent: settings.maxConcurrent ?? 2,
          minTime: settings.minTime ?? 0,
          reservoir: settings.reservoir ?? null,
          reservoirRefreshAmount: settings.reservoirRefreshAmount ?? null,
          reservoirRefreshInterval: settings.reservoirRefreshInterval ?? null,
          ...(connection ? { datastore: 'ioredis', connection, clearDatastore: false, timeout: 24 * 3_600_000 } : {}),
        });
        l.on('error', (err: unknown) => opts.logger?.warn({ err, limiter: id }, 'rate limiter error'));
        limiters.set(id, l);
      }
      return l;
    },
    async close() {
      const all = [...limiters.values()];
      limiters.clear();
      // Bottleneck's disconnect may return nothing for local limiters; normalise to a promise.
      const quietly = async (f: () => unknown) => {
        try {
          await f();
        } catch {
          // already closed
        }
      };
      await Promise.all(all.map((l) => quietly(() => l.disconnect(false))));
      const conn = connection;
      if (conn) await quietly(() => conn.disconnect(false));
      const c = client;
      if (c && c.status !== 'end') c.disconnect();
      connection = null;
      client = null;
    },
  };
}

/**
 * One Limiters per process, shared by several adapters: each adapter's close() releases
 * its hold and the last one out closes the Redis connection.
 */
export function sharedLimiters(limiters: Limiters): { limiters: Limiters; acquire(): () => Promise<void> } {
  let holders = 0;
  return {
    limiters,
    acquire() {
      holders++;
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        if (--holders === 0) await limiters.close();
      };
    },
  };
}
