import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { eq } from 'drizzle-orm';
import { cases } from '../../src/db/schema/index.js';
import { describeDb } from '../helpers/db.js';
import { getCase } from '../../src/db/repos/cases.js';
import { claimCase, rejectCase } from '../../src/cases/actions.js';
import { getCaseView, listCaseViews } from '../../src/db/repos/case-views.js';
import { DiscordReviewer } from '../../src/discord/reviewer.js';
import { DiscordAlertSink, discordAlertSinkFor } from '../../src/discord/alert-sink.js';
import { ConsoleReviewer } from '../../src/review/console-reviewer.js';
import { ALICE, CARD_MSG, DiscordMock, IDS, logger, envPerTest, seedCase, testRest, type Env } from './helpers.js';

const mock = new DiscordMock();
beforeAll(() => mock.listen());
afterEach(() => {
  mock.reset();
  mock.server.resetHandlers();
});
afterAll(() => mock.close());

describeDb('cards stay true', (backend) => {
  let env: Env;
  envPerTest(backend, mock, (e) => (env = e));
  const deps = () => ({ db: env.db, clock: env.clock, brand: env.brand });

  it('a change made elsewhere (web page, another instance) edits the card in place on the next sync', async () => {
    const id = await seedCase(env);
    expect(await env.cards.sync(id)).toBe(false); // up to date
    await claimCase(deps(), { id: ALICE, roles: ['responder'] }, id, null);
    await env.cards.syncAll();
    const [edit] = mock.find('PATCH', `/channels/${IDS.reviewChannelId}/messages/${CARD_MSG}`);
    expect(JSON.stringify(edit!.body)).toContain(`Claimed by <@${ALICE}>`);
    expect(edit!.body!.allowed_mentions).toEqual({ parse: [] });
    const c = await getCase(env.db, id);
    expect(c!.discordCardVersion).toBe(c!.version);
    mock.reset();
    await env.cards.syncAll();
    expect(mock.find('PATCH', `/messages/${CARD_MSG}`)).toHaveLength(0);
  });

  it('a rejected case keeps its card, redrawn without buttons', async () => {
    const id = await seedCase(env);
    await rejectCase(deps(), { id: ALICE, roles: ['responder'] }, id, null, 'spam');
    await env.cards.sync(id);
    const body = mock.find('PATCH', `/messages/${CARD_MSG}`)[0]!.body!;
    expect(body.components).toEqual([]);
    expect(JSON.stringify(body)).toContain('Rejected');
  });

  it('a card deleted in Discord is forgotten and posted again', async () => {
    const id = await seedCase(env);
    await claimCase(deps(), { id: ALICE, roles: ['responder'] }, id, null);
    mock.server.use(
      http.patch('https://discord.com/api/v10/channels/:c/messages/:m', () => HttpResponse.json({ code: 10008, message: 'Unknown Message' }, { status: 404 }), { once: true }),
    );
    await env.cards.sync(id);
    expect((await getCase(env.db, id))!.discordMessageId).toBeNull();
    await env.cards.sync(id);
    const c = await getCase(env.db, id);
    expect(c!.discordMessageId).toMatch(/^msg-/);
    expect(mock.find('POST', `/channels/${IDS.reviewChannelId}/messages`)).toHaveLength(1);
  });

  it('the reviewer posts a card for a case entering review; an escalated case pings only the manager role', async () => {
    const reviewer = new DiscordReviewer({ rest: testRest(), db: env.db, logger, brand: env.brand, publicBaseUrl: 'https://glasshouse.example' });
    const id = await seedCase(env, { state: 'escalated' });
    await env.db.update(cases).set({ discordMessageId: null, discordChannelId: null }).where(eq(cases.id, id));
    await reviewer.caseUpdated((await getCaseView(env.db, id))!);
    const [post] = mock.find('POST', `/channels/${IDS.reviewChannelId}/messages`);
    expect(post!.body!.content).toBe(`<@&${IDS.managerRoleId}> escalated by triage`);
    expect(post!.body!.allowed_mentions).toEqual({ parse: [], roles: [IDS.managerRoleId] });
    expect((await getCase(env.db, id))!.discordMessageId).toMatch(/^msg-/);
  });

  it('the queue channel holds one message, edited when the ranking changes', async () => {
    const reviewer = new DiscordReviewer({ rest: testRest(), db: env.db, logger, brand: env.brand, publicBaseUrl: 'https://glasshouse.example' });
    await seedCase(env, { risk: 61 });
    await reviewer.cycleDone(await listCaseViews(env.db, ['in_review', 'escalated'], 100));
    await reviewer.cycleDone(await listCaseViews(env.db, ['in_review', 'escalated'], 100));
    await seedCase(env, { risk: 99, text: 'brand new top case' });
    await reviewer.cycleDone(await listCaseViews(env.db, ['in_review', 'escalated'], 100));
    expect(mock.find('POST', `/channels/${IDS.queueChannelId}/messages`)).toHaveLength(1);
    const edits = mock.find('PATCH', `/channels/${IDS.queueChannelId}/messages/`);
    expect(edits).toHaveLength(1);
    expect(JSON.stringify(edits[0]!.body)).toContain('brand new top case');
  });
});

it('DiscordAlertSink posts the alert card with only the manager role ping allowed, and redraws it when acknowledged', async () => {
  const sink = new DiscordAlertSink(testRest(), IDS, 'https://glasshouse.example');
  const alert = { id: 'a1', kind: 'viral' as const, level: 'viral', mentionIds: ['x:1'], caseIds: ['c1'], incidentId: null, dueAt: null, reasons: [{ factor: 'velocity', weight: 1, evidence: '@everyone 900/h' }], raisedAt: new Date('2026-11-20T12:00:00Z') };
  const delivered = await sink.deliver(alert);
  const [post] = mock.find('POST', `/channels/${IDS.alertsChannelId}/messages`);
  expect(post!.body!.allowed_mentions).toEqual({ parse: [], roles: [IDS.managerRoleId], users: [] });
  expect(String(post!.body!.content)).toContain(`<@&${IDS.managerRoleId}>`);
  expect(JSON.stringify(post!.body)).toContain('gh:ack:a1');
  expect(delivered.discordChannelId).toBe(IDS.alertsChannelId);
  expect(delivered.discordMessageId).toMatch(/^msg-/);
  await sink.acknowledged({ ...alert, acknowledgedBy: ALICE, acknowledgedAt: new Date(), discordChannelId: IDS.alertsChannelId, discordMessageId: delivered.discordMessageId! });
  const [edit] = mock.find('PATCH', `/channels/${IDS.alertsChannelId}/messages/${delivered.discordMessageId}`);
  expect(JSON.stringify(edit!.body)).toContain('Acknowledged');
  expect(edit!.body!.allowed_mentions).toEqual({ parse: [], roles: [], users: [] });
  expect(discordAlertSinkFor(new ConsoleReviewer())).toBeUndefined();
});
