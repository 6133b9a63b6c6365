/**
 * The same flow through a real channel adapter over a mocked platform API: Mastodon
 * mentions are ingested over msw, the card goes to Discord (msw), Approve is clicked,
 * the reply is POSTed to Mastodon's API once, and the card shows its link.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/app/create-app.js';
import { createInteractionRouter } from '../../src/app/posting-extension.js';
import { DiscordReviewer } from '../../src/discord/reviewer.js';
import { caseButtonId } from '../../src/discord/custom-id.js';
import { listCaseViews } from '../../src/db/repos/case-views.js';
import { getCase } from '../../src/db/repos/cases.js';
import { caseTimeline } from '../../src/db/repos/audit.js';
import { MastodonAdapter } from '../../adapters/mastodon/index.js';
import { testRuntime } from '../adapters/helpers.js';
import { ALICE, BOB, buttonClick, DiscordMock, IDS, logger, testRest } from '../discord/helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = 'https://social.example';
const fx = (name: string) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/mastodon', name), 'utf8')) as JsonBodyType;

const posted: Array<Record<string, unknown>> = [];
const mock = new DiscordMock([
  http.get(`${BASE}/api/v1/accounts/verify_credentials`, () => HttpResponse.json(fx('verify-credentials.json'))),
  http.get(`${BASE}/api/v2/instance`, () => HttpResponse.json(fx('instance-v2.json'))),
  http.get(`${BASE}/api/v1/notifications`, ({ request }) => {
    const q = new URL(request.url).searchParams;
    if (q.get('since_id') || q.get('min_id')) return HttpResponse.json([]);
    if (q.get('max_id') === '900002') return HttpResponse.json(fx('notifications-page2.json'));
    return HttpResponse.json(fx('notifications-page1.json'), { headers: { Link: `<${BASE}/api/v1/notifications?max_id=900002&types%5B%5D=mention>; rel="next"` } });
  }),
  http.get(`${BASE}/api/v1/statuses/:id/context`, () => HttpResponse.json({ ancestors: [], descendants: [] })),
  http.get(`${BASE}/api/v1/statuses/:id`, ({ params }) => {
    if (params.id === '113500000000000100') return HttpResponse.json(fx('status-s1.json'));
    if (params.id === '113500000000000200') return HttpResponse.json(fx('status-s2.json'));
    // The other mentions' statuses as the notifications carried them.
    const s = [...(fx('notifications-page1.json') as Array<{ status?: { id: string } }>), ...(fx('notifications-page2.json') as Array<{ status?: { id: string } }>)].find((n) => n.status?.id === params.id)?.status;
    if (s) return HttpResponse.json(s);
    return HttpResponse.json({ error: 'Record not found' }, { status: 404 });
  }),
  http.post(`${BASE}/api/v1/statuses`, async ({ request }) => {
    posted.push((await request.json()) as Record<string, unknown>);
    return HttpResponse.json(fx('posted-reply.json'));
  }),
]);

let database: Database;
let app: App;
beforeAll(async () => {
  mock.listen();
  database = await openDatabase({ url: null, dataDir: 'memory://' });
});
afterAll(async () => {
  await app?.close();
  await database.close();
  mock.close();
});

it('Mastodon mention -> card -> approve -> reply POSTed once to the Mastodon API -> card links it -> audit log complete', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gh-e2e-m-'));
  const brandFile = join(dir, 'brand.json');
  writeFileSync(brandFile, JSON.stringify({ name: 'Acme', handles: { mastodon: 'acme@social.example' }, domains: ['acme.example'], discord: IDS, voice: { signOff: '' } }));
  const config = loadConfig({ BRAND_CONFIG: brandFile, REPLAY_FILE: 'off', DATA_DIR: dir, PUBLIC_BASE_URL: 'https://glasshouse.example' }, { dotenv: false, cwd: dir });
  const rt = testRuntime();
  const mastodon = new MastodonAdapter({ ...rt, config: { url: `${BASE}/`, accessToken: 'tok-abc', hashtags: [], visibility: 'public' } });
  const reviewer = new DiscordReviewer({ rest: testRest(), db: database.db, logger, brand: config.brand, publicBaseUrl: config.web.publicBaseUrl });
  app = await createApp(config, { logger, clock: rt.clock, database, adapters: new Map([['mastodon', mastodon]]), reviewer });
  const router = createInteractionRouter(app.ctx, reviewer);

  await app.bot.runOnce();
  const views = await listCaseViews(database.db, ['in_review', 'escalated'], 100);
  expect(views.length).toBeGreaterThan(0);
  expect(mock.find('POST', `/channels/${IDS.reviewChannelId}/messages`)).toHaveLength(views.length);
  const target = views.find((v) => v.case.state === 'in_review' && !v.case.manualOnly && v.draft?.lint.ok);
  expect(target).toBeDefined();
  const id = target!.case.id;
  for (const who of [ALICE, BOB]) {
    const c = await getCase(database.db, id);
    if (c!.state !== 'in_review') break;
    await router.handle(buttonClick(who, caseButtonId('approve', id, c!.version), target!.case.discordMessageId!));
  }
  expect((await getCase(database.db, id))!.state).toBe('approved');

  mock.reset();
  await app.bot.runOnce();
  await app.bot.runOnce();
  expect(posted).toHaveLength(1);
  expect(posted[0]).toMatchObject({ in_reply_to_id: target!.mention.externalId, status: target!.draft!.text });
  const c = await getCase(database.db, id);
  expect(c).toMatchObject({ state: 'posted', replyId: 'mastodon:113500000000000400', replyUrl: 'https://social.example/@acme/113500000000000400' });
  const edit = mock.find('PATCH', `/channels/${IDS.reviewChannelId}/messages/${target!.case.discordMessageId}`).at(-1);
  expect(JSON.stringify(edit!.body)).toContain('https://social.example/@acme/113500000000000400');
  const steps = (await caseTimeline(database.db, id)).map((e) => e.action).filter((a) => a !== 'approval');
  expect(steps).toEqual(['detected', 'triaged', 'drafted', 'queued_for_review', 'approved', 'posting', 'posted']);
});
