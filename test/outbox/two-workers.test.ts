/** Two instances against one real PostgreSQL: every approved reply is posted exactly once. */
import { setImmediate as tick } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { openFreshPostgres, TEST_POSTGRES_URL } from '../helpers/db.js';
import { approveCase } from '../../src/cases/actions.js';
import { getCase } from '../../src/db/repos/cases.js';
import { replyIdempotencyKey } from '../../src/core/ids.js';
import { OutboxWorker } from '../../src/outbox/worker.js';
import { ALICE, DiscordMock, logger, makeEnv, seedCase } from '../discord/helpers.js';
import { ScriptedAdapter } from './helpers.js';

const d = TEST_POSTGRES_URL ? describe : describe.skip;

d('two workers on the real PostgreSQL', () => {
  let a: Database & { url: string | null };
  let b: Database;
  beforeAll(async () => {
    a = await openFreshPostgres();
    b = await openDatabase({ url: a.url, max: 5 });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('post each reply once, whichever worker claims it', async () => {
    const env = makeEnv(a.db, new DiscordMock());
    const ids: string[] = [];
    for (let n = 0; n < 24; n++) {
      const id = await seedCase(env);
      await approveCase({ db: a.db, clock: env.clock, brand: env.brand }, { id: ALICE, roles: ['responder'] }, id, null);
      ids.push(id);
    }
    // One platform both instances talk to; a post takes a few event-loop turns.
    const platform = new ScriptedAdapter();
    platform.delay = async () => {
      for (let i = 0; i < 5; i++) await tick();
    };
    const make = (db: Database, id: string) => new OutboxWorker({ db: db.db, clock: env.clock, logger, adapters: new Map([['replay', platform]]), workerId: id, batch: 3 });
    const w1 = make(a, 'w1');
    const w2 = make(b, 'w2');
    const handled = { w1: 0, w2: 0 };
    const loop = async (w: OutboxWorker, key: 'w1' | 'w2') => {
      for (;;) {
        const n = await w.drain();
        handled[key] += n;
        if (n === 0) return;
      }
    };
    await Promise.all([loop(w1, 'w1'), loop(w2, 'w2'), loop(w1, 'w1'), loop(w2, 'w2')]);
    expect(handled.w1 + handled.w2).toBe(24);
    for (const id of ids) {
      expect(platform.postsFor(replyIdempotencyKey(id))).toBe(1);
      expect((await getCase(a.db, id))!.state).toBe('posted');
    }
    expect(platform.posted).toHaveLength(24);
  });
});
