import { afterEach, beforeEach, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { describeDb } from '../helpers/db.js';
import { buildTestApp } from '../helpers/pipeline.js';
import { ReplayAdapter } from '../../adapters/replay/index.js';
import { mentions, cases, adapterCursors, auditLog } from '../../src/db/schema/index.js';
import { ingestFrom } from '../../src/pipeline/ingest.js';
import type { Database } from '../../src/db/client.js';

const FEED = 'test/fixtures/feeds/small.jsonl';

describeDb('ingest', (backend) => {
  let database: Database;
  beforeEach(async () => {
    database = await backend.open();
  });
  afterEach(async () => {
    await database.close();
  });

  it('stores new mentions with a case each, saves the cursor, and skips the brand\'s own posts', async () => {
    const adapter = new ReplayAdapter({ file: FEED, batch: 2 });
    const app = await buildTestApp(database, { adapters: new Map([['replay', adapter]]) });
    const first = await ingestFrom(app.ctx, 'replay', adapter);
    expect(first).toEqual({ source: 'replay', fetched: 2, created: 2 });
    const [cur] = await database.db.select().from(adapterCursors).where(eq(adapterCursors.key, 'ingest:replay'));
    expect(cur?.cursor).toBe('2');

    const second = await ingestFrom(app.ctx, 'replay', adapter);
    // Line 4 is @KestrelMobile itself: fetched, never a case.
    expect(second).toEqual({ source: 'replay', fetched: 2, created: 1 });
    const third = await ingestFrom(app.ctx, 'replay', adapter);
    expect(third.created).toBe(1);
    expect((await ingestFrom(app.ctx, 'replay', adapter)).fetched).toBe(0);

    const handles = (await database.db.select().from(mentions)).map((m) => m.authorHandle).sort();
    expect(handles).toEqual(['jane', 'maria', 'pat.bsky.social', 'random']);
    const rows = await database.db.select().from(cases);
    expect(rows.every((c) => c.state === 'new')).toBe(true);
    const detected = await database.db.select().from(auditLog).where(eq(auditLog.action, 'detected'));
    expect(detected).toHaveLength(4);
    await app.close();
  });

  it('dedupes by platform + external id when the same posts arrive again (cursor lost, second source)', async () => {
    const a = new ReplayAdapter({ file: FEED, batch: 100 });
    const b = new ReplayAdapter({ file: FEED, batch: 100 });
    const app = await buildTestApp(database, { adapters: new Map([['replay', a], ['mirror', b]]) });
    expect((await ingestFrom(app.ctx, 'replay', a)).created).toBe(4);
    expect((await ingestFrom(app.ctx, 'mirror', b)).created).toBe(0);
    const [n] = await database.db.select({ n: count() }).from(mentions);
    expect(Number(n?.n)).toBe(4);
    const [c] = await database.db.select({ n: count() }).from(cases);
    expect(Number(c?.n)).toBe(4);
    await app.close();
  });

  it('keeps nothing of a batch whose transaction fails, and resumes from the saved cursor', async () => {
    const adapter = new ReplayAdapter({ file: FEED, batch: 2 });
    const app = await buildTestApp(database, { adapters: new Map([['replay', adapter]]) });
    await ingestFrom(app.ctx, 'replay', adapter);
    // A batch with a mention whose text is not storable (NUL byte) fails inside the transaction.
    const broken = {
      platform: 'replay',
      fetchMentions: () =>
        Promise.resolve({
          mentions: [
            { id: 'x:900', platform: 'x', text: 'fine', author: { handle: 'ok' } },
            { id: 'x:901', platform: 'x', text: 'bad \u0000 text', author: { handle: 'nul' } },
          ],
          cursor: '99',
        }),
    } as unknown as ReplayAdapter;
    await expect(ingestFrom(app.ctx, 'broken', broken)).rejects.toThrow();
    const ids = (await database.db.select().from(mentions)).map((m) => m.id);
    expect(ids).not.toContain('x:900');
    const cursors = await database.db.select().from(adapterCursors);
    expect(cursors.map((c) => c.key)).toEqual(['ingest:replay']);
    await app.close();
  });
});
