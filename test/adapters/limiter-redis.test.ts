/**
 * Two limiters for the same platform + credential, as two Glasshouse instances would
 * create them, share one budget through the real Redis on 127.0.0.1:6379.
 */
import { randomBytes } from 'node:crypto';
import { Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createLimiters, limiterId, type Limiters } from '../../adapters/shared/index.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function reachable(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = new Socket();
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(500, () => done(false));
    s.once('error', () => done(false));
    s.connect(Number(u.port || 6379), u.hostname, () => done(true));
  });
}

const up = await reachable(REDIS_URL);
if (!up) console.info(`[limiter tests] shared-budget test skipped: no Redis at ${REDIS_URL} (start one or set TEST_REDIS_URL)`);

describe.skipIf(!up)('Bottleneck limiters clustered through Redis', () => {
  const ns = `ghtest${randomBytes(4).toString('hex')}`;
  const opened: Limiters[] = [];
  const open = () => {
    const l = createLimiters({ redisUrl: REDIS_URL, namespace: ns });
    opened.push(l);
    return l;
  };

  afterAll(async () => {
    await Promise.all(opened.map((l) => l.close()));
    const r = new Redis(REDIS_URL);
    const keys = await r.keys(`b_${ns}:*`);
    if (keys.length) await r.del(...keys);
    r.disconnect();
  });

  it('two instances spend one reservoir; the other instance refilling it releases the queued job', async () => {
    const key = { platform: 'x', credential: 'same-token', endpoint: 'mentions' };
    const settings = { maxConcurrent: 5, reservoir: 3 };
    const instanceA = open();
    const instanceB = open();
    expect(instanceA.clustered).toBe(true);
    const a = instanceA.get(key, settings);
    const b = instanceB.get(key, settings);
    await a.ready();
    await b.ready();

    expect(await a.schedule(() => Promise.resolve('a1'))).toBe('a1');
    expect(await a.schedule(() => Promise.resolve('a2'))).toBe('a2');
    expect(await b.schedule(() => Promise.resolve('b1'))).toBe('b1');

    // Three jobs across two instances used the whole budget of three.
    expect(await a.currentReservoir()).toBe(0);
    expect(await b.currentReservoir()).toBe(0);
    expect(await b.check()).toBe(false);

    let ran = false;
    const late = b.schedule(() => {
      ran = true;
      return Promise.resolve('b2');
    });
    expect(ran).toBe(false);
    // Instance A adds budget; instance B's queued job runs on it.
    await a.incrementReservoir(1);
    expect(await late).toBe('b2');
    expect(ran).toBe(true);
  });

  it('another credential has its own budget', async () => {
    const l = open();
    const mine = l.get({ platform: 'x', credential: 'token-one', endpoint: 'search' }, { reservoir: 1 });
    const theirs = l.get({ platform: 'x', credential: 'token-two', endpoint: 'search' }, { reservoir: 1 });
    await mine.schedule(() => Promise.resolve(1));
    expect(await mine.check()).toBe(false);
    expect(await theirs.check()).toBe(true);
    expect(limiterId({ platform: 'x', credential: 'token-one' })).not.toContain('token-one');
  });
});
