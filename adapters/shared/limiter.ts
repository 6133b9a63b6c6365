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
  if (opts.redisUrl) {
    client = new Redis(opts.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false });
    connection = new Bottleneck.IORedisConnection({ client });
    connection.on('error', (err: unknown) => opts.logger?.warn({ err }, 'rate limiter: Redis error'));
  }
  return {
    clustered: connection !== null,
    get(key, settings = {}) {
      const id = (opts.namespace ? `${opts.namespace}:` : '') + limiterId(key);
      let l = limiters.get(id);
      if (!l) {
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
      await Promise.all(all.map((l) => l.disconnect(false).catch(() => undefined)));
      if (connection) await connection.disconnect(false).catch(() => undefined);
      if (client && client.status !== 'end') client.disconnect();
    },
  };
}
