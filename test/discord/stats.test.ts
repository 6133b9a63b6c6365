import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeDb } from '../helpers/db.js';
import type { Database } from '../../src/db/client.js';
import { cases } from '../../src/db/schema/index.js';
import { caseStats } from '../../src/db/repos/case-locks.js';
import { DiscordMock, makeEnv, seedCase } from './helpers.js';

const mock = new DiscordMock();

describeDb('/stats figures', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(async () => database.close());

  it('measures response time from the customer\'s post, not from when the bot heard it', async () => {
    const env = makeEnv(database.db, mock);
    // Posts are dated 11:00; the bot heard them at 12:00 (the env clock).
    const a = await seedCase(env, { risk: 30 });
    const b = await seedCase(env, { risk: 30 });
    await seedCase(env, { risk: 30 }); // unanswered: not in the response-time figures
    await database.db.update(cases).set({ firstResponseAt: new Date('2026-11-20T12:30:00Z') }).where(eq(cases.id, a));
    await database.db.update(cases).set({ firstResponseAt: new Date('2026-11-20T13:30:00Z') }).where(eq(cases.id, b));
    const s = await caseStats(database.db, new Date('2026-11-20T00:00:00Z'));
    expect(s.created).toBe(3);
    expect(s.answered).toBe(2);
    expect(s.medianResponseMinutes).toBeCloseTo(120, 5); // 90 and 150 minutes after the posts
    expect(s.p90ResponseMinutes).toBeCloseTo(144, 5);
  });
});
