import { afterAll, beforeAll, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { describeDb } from '../helpers/db.js';
import { buildTestApp } from '../helpers/pipeline.js';
import { ReplayAdapter } from '../../adapters/replay/index.js';
import { mentions, cases, drafts, triageResults, auditLog, outbox } from '../../src/db/schema/index.js';
import { listCaseViews } from '../../src/db/repos/case-views.js';
import type { Database } from '../../src/db/client.js';

const FEED = 'adapters/replay/demo-feed.jsonl';
const feedLines = readFileSync(FEED, 'utf8').trim().split('\n').length;

describeDb('pipeline on the demo feed', (backend) => {
  let database: Database;
  let adapter: ReplayAdapter;
  let app: Awaited<ReturnType<typeof buildTestApp>>;
  beforeAll(async () => {
    database = await backend.open();
    adapter = new ReplayAdapter({ file: FEED, batch: 20 });
    app = await buildTestApp(database, { adapters: new Map([['replay', adapter]]) });
    await app.bot.runOnce();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('ingests every demo mention once, each with a triage result and a case', async () => {
    const [m] = await database.db.select({ n: count() }).from(mentions);
    expect(Number(m?.n)).toBe(feedLines);
    const [c] = await database.db.select({ n: count() }).from(cases);
    expect(Number(c?.n)).toBe(feedLines);
    const [t] = await database.db.select({ n: count() }).from(triageResults);
    expect(Number(t?.n)).toBe(feedLines);
  });

  it('leaves no case half-way: every one is ignored or waiting for a human with a linted draft', async () => {
    const rows = await database.db.select().from(cases);
    for (const c of rows) expect(['ignored', 'in_review', 'escalated']).toContain(c.state);
    // The policy (nextAfterTriage): only low-risk "other" posts are dropped; praise is acknowledged.
    for (const c of rows) expect(c.state === 'ignored').toBe(c.kind === 'other' && c.band === 'low' && !c.escalate);
    const waiting = rows.filter((c) => c.state !== 'ignored');
    expect(waiting.length).toBeGreaterThan(0);
    for (const c of waiting) {
      const d = await database.db.select().from(drafts).where(eq(drafts.caseId, c.id));
      expect(d).toHaveLength(1);
      expect(d[0]!.text.length).toBeGreaterThan(0);
      expect(d[0]!.lint).toHaveProperty('ok');
    }
  });

  it('posts nothing without a human approval', async () => {
    expect(adapter.postedReplies()).toEqual([]);
    const [o] = await database.db.select({ n: count() }).from(outbox);
    expect(Number(o?.n)).toBe(0);
    const states = (await database.db.select().from(cases)).map((c) => c.state);
    expect(states.filter((s) => s === 'posted' || s === 'approved')).toEqual([]);
  });

  it('prints the ranked queue as cards with risk, band, reasons, reach and draft', async () => {
    const out = app.out.text;
    const risks = [...out.matchAll(/^│ #\d+ +RISK +(\d+)/gm)].map((x) => Number(x[1]));
    expect(risks.length).toBeGreaterThan(5);
    expect([...risks].sort((a, b) => b - a)).toEqual(risks);
    expect(out).toMatch(/followers/);
    expect(out).toMatch(/│ why:/);
    expect(out).toMatch(/│ draft \(offline template/);
    expect(out).toMatch(/│ lint: /);
    const views = await listCaseViews(database.db, ['in_review', 'escalated']);
    expect(views[0]!.case.risk).toBe(Math.max(...views.map((v) => v.case.risk ?? 0)));
  });

  it('audits every step of every case', async () => {
    const rows = await database.db.select().from(cases);
    for (const c of rows.slice(0, 10)) {
      const actions = (await database.db.select().from(auditLog).where(eq(auditLog.caseId, c.id))).map((a) => a.action);
      expect(actions[0]).toBe('detected');
      expect(actions).toContain('triaged');
      if (c.state !== 'ignored') expect(actions).toContain('drafted');
    }
  });

  it('a second run ingests nothing twice', async () => {
    const again = await buildTestApp(database, { adapters: new Map([['replay', new ReplayAdapter({ file: FEED, batch: 20 })]]) });
    const r = await again.bot.runOnce();
    expect(r.errors).toBe(0);
    const [m] = await database.db.select({ n: count() }).from(mentions);
    expect(Number(m?.n)).toBe(feedLines);
    await again.close();
  });
});
