/**
 * The whole flow on the demo feed, Discord mocked at the network boundary:
 * ingest -> card posted -> Approve clicked -> reply posted through the channel adapter
 * -> card edited with the link -> audit log complete.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { loadConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { createApp, type App } from '../../src/app/create-app.js';
import { createInteractionRouter } from '../../src/app/posting-extension.js';
import { DiscordReviewer } from '../../src/discord/reviewer.js';
import { caseButtonId } from '../../src/discord/custom-id.js';
import { listCaseViews } from '../../src/db/repos/case-views.js';
import { getCase } from '../../src/db/repos/cases.js';
import { caseTimeline } from '../../src/db/repos/audit.js';
import { alerts, incidentMembers } from '../../src/db/schema/index.js';
import { eq } from 'drizzle-orm';
import { ReplayAdapter } from '../../adapters/replay/index.js';
import { ALICE, BOB, buttonClick, DiscordMock, IDS, logger, testRest } from '../discord/helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'adapters/replay/demo-feed.jsonl');
const FEED = existsSync(DEMO) ? DEMO : join(ROOT, 'test/fixtures/feeds/small.jsonl');

const mock = new DiscordMock();
let database: Database;
let app: App;
beforeAll(async () => {
  mock.listen();
  database = await openDatabase({ url: null, dataDir: 'memory://' });
});
afterEach(() => mock.reset());
afterAll(async () => {
  await app?.close();
  await database.close();
  mock.close();
});

it('ingest -> card -> approve -> reply posted -> card shows the link -> audit log complete', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gh-e2e-'));
  const brandFile = join(dir, 'brand.json');
  const demoBrand = JSON.parse(readFileSync(join(ROOT, 'brands/demo.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(brandFile, JSON.stringify({ ...demoBrand, discord: IDS }));
  const config = loadConfig({ BRAND_CONFIG: brandFile, REPLAY_FILE: FEED, DATA_DIR: dir, PUBLIC_BASE_URL: 'https://glasshouse.example' }, { dotenv: false, cwd: dir });
  const clock = new ManualClock('2026-11-20T12:00:00Z');
  const replay = new ReplayAdapter({ file: FEED, batch: 100, repliesFile: null, clock });
  const reviewer = new DiscordReviewer({ rest: testRest(), db: database.db, logger, brand: config.brand, publicBaseUrl: config.web.publicBaseUrl });
  app = await createApp(config, { logger, clock, database, adapters: new Map([['replay', replay]]), reviewer });
  const router = createInteractionRouter(app.ctx, reviewer);

  // 1. Ingest, triage, draft, review: every case in review gets a card; the queue channel a ranking.
  await app.bot.runOnce();
  const inReview = await listCaseViews(database.db, ['in_review', 'escalated'], 500);
  expect(inReview.length).toBeGreaterThan(0);
  const cardPosts = mock.find('POST', `/channels/${IDS.reviewChannelId}/messages`);
  expect(cardPosts).toHaveLength(inReview.length);
  for (const p of cardPosts) expect(p.body!.allowed_mentions).toMatchObject({ parse: [] });
  expect(mock.find('POST', `/channels/${IDS.queueChannelId}/messages`)).toHaveLength(1);
  for (const v of inReview) expect(v.case.discordMessageId).toMatch(/^msg-/);

  // 2. A responder approves a clean API-postable case from its card (twice if four eyes).
  const target = inReview.find((v) => v.case.state === 'in_review' && !v.case.manualOnly && v.draft?.lint.ok);
  expect(target).toBeDefined();
  const id = target!.case.id;
  const cardMsg = target!.case.discordMessageId!;
  mock.reset();
  for (const who of [ALICE, BOB]) {
    const c = await getCase(database.db, id);
    if (c!.state !== 'in_review') break;
    await router.handle(buttonClick(who, caseButtonId('approve', id, c!.version), cardMsg));
  }
  expect((await getCase(database.db, id))!.state).toBe('approved');
  expect(mock.callbackTypes().every((t) => t === 6)).toBe(true);

  // 3. The next cycle posts the reply through the mention's adapter and edits the card in place.
  mock.reset();
  await app.bot.runOnce();
  const replies = replay.postedReplies().filter((r) => r.to === target!.mention.id);
  expect(replies).toHaveLength(1);
  expect(replies[0]!.to).toBe(target!.mention.id);
  expect(replies[0]!.text).toBe(target!.draft!.text);
  const c = await getCase(database.db, id);
  expect(c).toMatchObject({ state: 'posted', replyUrl: replies[0]!.url });
  const edits = mock.find('PATCH', `/channels/${IDS.reviewChannelId}/messages/${cardMsg}`);
  expect(edits.length).toBeGreaterThan(0);
  const last = JSON.stringify(edits.at(-1)!.body);
  expect(last).toContain(replies[0]!.url);
  expect(last).toContain('View public reply');
  expect(c!.discordCardVersion).toBe(c!.version);

  // 4. The audit log tells the whole story, with who did what.
  const timeline = await caseTimeline(database.db, id);
  // The lifecycle: every state change, in order (a first approval of four eyes keeps the state).
  const steps = timeline.filter((e) => e.toState !== null && e.fromState !== e.toState).map((e) => e.action);
  expect(steps).toEqual(['detected', 'triaged', 'drafted', 'queued_for_review', 'approved', 'posting', 'posted']);
  // Beside it, what the alert stages noted (which depends on the case picked): joining an
  // incident names a stored incident that lists this post.
  for (const e of timeline.filter((x) => x.action === 'incident_joined')) {
    const incidentId = (e.detail as { incidentId: string }).incidentId;
    const members = await database.db.select().from(incidentMembers).where(eq(incidentMembers.incidentId, incidentId));
    expect(members.map((m) => m.mentionId)).toContain(target!.mention.id);
  }
  const known = new Set(['detected', 'triaged', 'drafted', 'queued_for_review', 'approval', 'approved', 'posting', 'posted', 'alerted', 'incident_joined']);
  expect(timeline.map((e) => e.action).filter((a) => !known.has(a))).toEqual([]);
  // If the response-time policy was breached before the reply (the clock stands hours after
  // the demo posts), the SLA alert is part of the case's story: once, before the reply.
  const alerted = timeline.filter((e) => e.action === 'alerted');
  const breached = c!.dueAt !== null && c!.dueAt.getTime() < clock.now().getTime();
  expect(alerted.filter((e) => (e.detail as { kind: string }).kind === 'sla')).toHaveLength(breached ? 1 : 0);
  // Any other alert (viral, incident) names this case and is stored for the escalation log.
  for (const e of alerted) {
    expect(timeline.indexOf(e)).toBeLessThan(timeline.findIndex((x) => x.action === 'posted'));
    const [stored] = await database.db.select().from(alerts).where(eq(alerts.id, e.alertId!));
    expect(stored?.caseIds).toContain(id);
  }
  const approvedEntry = timeline.find((e) => e.action === 'approved')!;
  expect([ALICE, BOB]).toContain(approvedEntry.actor);
  expect(timeline.find((e) => e.action === 'posted')!.detail).toMatchObject({ replyUrl: replies[0]!.url });

  // Nothing else was posted to the platform.
  await app.bot.runOnce();
  expect(replay.postedReplies().filter((r) => r.to === target!.mention.id)).toHaveLength(1);
});
