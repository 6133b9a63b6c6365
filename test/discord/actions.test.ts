import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeDb } from '../helpers/db.js';
import { getCase, transitionCase } from '../../src/db/repos/cases.js';
import { caseTimeline } from '../../src/db/repos/audit.js';
import { draftHistory, currentDraft } from '../../src/db/repos/drafts.js';
import { outboxForCase } from '../../src/db/repos/outbox.js';
import { cases, outbox } from '../../src/db/schema/index.js';
import { insertAlert, getAlert } from '../../src/db/repos/alerts.js';
import { modalId } from '../../src/discord/custom-id.js';
import { OutboxWorker } from '../../src/outbox/worker.js';
import { replyIdempotencyKey } from '../../src/core/ids.js';
import { ReplayAdapter } from '../../adapters/replay/index.js';
import { clickCase, ALICE, BOB, buttonClick, DiscordMock, IDS, logger, envPerTest, MANAGER, modalSubmit, seedCase, STRANGER, type Env } from './helpers.js';

const mock = new DiscordMock();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

async function version(env: Env, id: string): Promise<number> {
  return (await getCase(env.db, id))!.version;
}
const lastCard = (m: DiscordMock) => JSON.stringify(m.find('PATCH', '/messages/@original').at(-1)?.body ?? null);

describeDb('card buttons and modals', (backend) => {
  let env: Env;
  envPerTest(backend, mock, (e) => (env = e));

  describe('Edit', () => {
    it('opens a modal prefilled with the draft (as the first answer)', async () => {
      const id = await seedCase(env, { draft: 'Hello there, sorry about that.' });
      await clickCase(env, ALICE, 'edit', id);
      const [cb] = mock.find('POST', '/callback');
      expect(cb!.body!.type).toBe(9);
      const data = cb!.body!.data as { custom_id: string; components: Array<{ components: Array<{ value: string; custom_id: string }> }> };
      expect(data.custom_id).toBe(modalId('edit', id, (await currentDraft(env.db, id))!.id));
      expect(data.components[0]!.components[0]).toMatchObject({ custom_id: 'text', value: 'Hello there, sorry about that.' });
    });

    it('re-lints the edited text: a blocking finding is stored, shown and stops approval; approvals lapse', async () => {
      const id = await seedCase(env, { band: 'high', approvalsNeeded: 2 });
      await clickCase(env, ALICE, 'approve', id);
      expect((await getCase(env.db, id))!.approvals).toHaveLength(1);
      const long = `Sorry! ${'We are checking this for you right now. '.repeat(12)}`;
      await env.router.handle(modalSubmit(ALICE, modalId('edit', id, (await currentDraft(env.db, id))!.id), { text: long }));
      expect(mock.callbackTypes().at(-1)).toBe(6);
      const d = await currentDraft(env.db, id);
      expect(d).toMatchObject({ text: long.trim(), author: ALICE, model: 'human' });
      expect(d!.lint.ok).toBe(false);
      expect(d!.lint.findings.map((f) => f.rule)).toContain('length');
      const c = await getCase(env.db, id);
      expect(c!.approvals).toEqual([]);
      expect(lastCard(mock)).toContain('block');
      expect(mock.ephemerals().at(-1)).toMatch(/lint blocks approval/);
      const edited = (await caseTimeline(env.db, id)).find((e) => e.action === 'edited');
      expect(edited).toMatchObject({ actor: ALICE, detail: { lintOk: false } });

      await clickCase(env, ALICE, 'approve', id);
      expect((await getCase(env.db, id))!.state).toBe('in_review');
      expect(mock.ephemerals().at(-1)).toMatch(/blocking lint findings/);
    });

    it('an edit of a draft replaced meanwhile is refused and the member gets their text back; a claim meanwhile is fine', async () => {
      const id = await seedCase(env, { draft: 'Original.' });
      const opened = (await currentDraft(env.db, id))!.id;
      await clickCase(env, BOB, 'claim', id);
      await env.router.handle(modalSubmit(ALICE, modalId('edit', id, opened), { text: 'Edit one, after a claim.' }));
      expect((await currentDraft(env.db, id))!.text).toBe('Edit one, after a claim.');
      await env.router.handle(modalSubmit(ALICE, modalId('edit', id, opened), { text: 'My long careful edit.' }));
      expect((await currentDraft(env.db, id))!.text).toBe('Edit one, after a claim.');
      expect(mock.ephemerals().at(-1)).toMatch(/draft changed while you were editing[\s\S]*My long careful edit\./);
    });

    it('refuses a member without the role before the modal opens, and audits it', async () => {
      const id = await seedCase(env);
      await clickCase(env, STRANGER, 'edit', id);
      expect(mock.callbackTypes()).toEqual([4]);
      expect(JSON.stringify(mock.calls[0]!.body)).toContain('"flags":64');
      expect((await caseTimeline(env.db, id)).filter((e) => e.action === 'refused')).toHaveLength(1);
    });
  });

  it('Regenerate adds a new draft and keeps the history (passed to the drafter as previous)', async () => {
    const id = await seedCase(env, { draft: 'First draft.' });
    await clickCase(env, ALICE, 'regen', id);
    const history = await draftHistory(env.db, id);
    expect(history.map((h) => h.text)).toEqual([expect.stringContaining('regenerated 1'), 'First draft.']);
    expect(env.drafter.calls[0]!.previous).toEqual(['First draft.']);
    expect(lastCard(mock)).toContain('regenerated 1');
    expect((await caseTimeline(env.db, id)).some((e) => e.action === 'regenerated' && e.actor === ALICE)).toBe(true);
  });

  it('Regenerate by a member without the role is refused before the drafter runs', async () => {
    const id = await seedCase(env);
    await clickCase(env, STRANGER, 'regen', id);
    expect(env.drafter.calls).toHaveLength(0);
    expect(mock.ephemerals().at(-1)).toMatch(/responder role/);
  });

  it('a case sent back to review after a failed post is re-approved: the one outbox row is revived with the new text', async () => {
    const id = await seedCase(env, { draft: 'First text.' });
    await clickCase(env, ALICE, 'approve', id);
    await env.db.update(outbox).set({ state: 'failed', attempts: 5 }).where(eq(outbox.caseId, id));
    await transitionCase(env.db, { caseId: id, from: 'approved', to: 'posting', actor: 'system', action: 'posting' });
    await transitionCase(env.db, { caseId: id, from: 'posting', to: 'failed', actor: 'system', action: 'post_failed' });
    await transitionCase(env.db, { caseId: id, from: 'failed', to: 'in_review', actor: MANAGER, action: 'sent_back', patch: { approvals: [] } });
    await env.router.handle(modalSubmit(ALICE, modalId('edit', id, (await currentDraft(env.db, id))!.id), { text: 'Second text.' }));
    await clickCase(env, ALICE, 'approve', id);
    expect((await getCase(env.db, id))!.state).toBe('approved');
    expect(await outboxForCase(env.db, id)).toMatchObject({ state: 'pending', text: 'Second text.', attempts: 5 });
  });

  it('Reject asks for a reason in a modal, then records it', async () => {
    const id = await seedCase(env);
    await clickCase(env, ALICE, 'reject', id);
    expect(mock.callbackTypes()).toEqual([9]);
    await env.router.handle(modalSubmit(ALICE, modalId('reject', id, await version(env, id)), { reason: 'Troll account, no reply.' }));
    const c = await getCase(env.db, id);
    expect(c).toMatchObject({ state: 'rejected', rejectReason: 'Troll account, no reply.' });
    expect(lastCard(mock)).toContain('Troll account, no reply.');
    expect((await caseTimeline(env.db, id)).at(-1)).toMatchObject({ action: 'rejected', actor: ALICE, toState: 'rejected' });
  });

  it('Escalate moves the case to brand managers and pings only their role', async () => {
    const id = await seedCase(env);
    await clickCase(env, ALICE, 'escalate', id);
    expect((await getCase(env.db, id))!.state).toBe('escalated');
    const [ping] = mock.find('POST', `/channels/${IDS.escalationsChannelId}/messages`);
    expect(ping!.body!.content).toContain(`<@&${IDS.managerRoleId}>`);
    expect(ping!.body!.allowed_mentions).toEqual({ parse: [], roles: [IDS.managerRoleId] });
    expect(ping!.body!.content).toContain(`https://glasshouse.example/cases/${id}`);
    expect((await caseTimeline(env.db, id)).at(-1)).toMatchObject({ action: 'escalated', actor: ALICE });
    // Escalated cases are approved by brand managers only.
    await clickCase(env, ALICE, 'approve', id);
    expect(mock.ephemerals().at(-1)).toMatch(/only brand managers/);
    await clickCase(env, MANAGER, 'approve', id);
    expect((await getCase(env.db, id))!.state).toBe('approved');
  });

  it('Claim assigns the case to the clicking member', async () => {
    const id = await seedCase(env);
    await clickCase(env, ALICE, 'claim', id);
    expect((await getCase(env.db, id))!.claimedBy).toBe(ALICE);
    expect(lastCard(mock)).toContain(`Claimed by <@${ALICE}>`);
  });

  it('manual-only: approval enqueues nothing, the card offers the text and the post, "Mark replied by hand" records who and when', async () => {
    const id = await seedCase(env, { manualOnly: true, draft: 'Sorry about this, please DM us.' });
    await clickCase(env, ALICE, 'approve', id);
    expect((await getCase(env.db, id))!.state).toBe('approved');
    expect(await outboxForCase(env.db, id)).toBeUndefined();
    const card = lastCard(mock);
    expect(card).toContain('copy and post it by hand');
    expect(card).toContain('```\\nSorry about this, please DM us.\\n```');
    expect(card).toContain('Mark replied by hand');
    expect(card).toContain('"style":5');
    env.clock.advance(60_000);
    await clickCase(env, ALICE, 'byhand', id);
    const c = await getCase(env.db, id);
    expect(c).toMatchObject({ state: 'replied_by_hand', repliedBy: ALICE });
    expect(c!.firstResponseAt!.toISOString()).toBe('2026-11-20T12:01:00.000Z');
    expect((await caseTimeline(env.db, id)).at(-1)).toMatchObject({ action: 'replied_by_hand', actor: ALICE, toState: 'replied_by_hand' });
  });

  it('Retry puts a failed post back in the outbox; the worker posts it (after checking the platform)', async () => {
    const id = await seedCase(env);
    await clickCase(env, ALICE, 'approve', id);
    // A failed attempt, as the worker leaves it after AuthFailed.
    await env.db.update(outbox).set({ state: 'failed', attempts: 1, lastError: 'AuthFailed: token revoked' }).where(eq(outbox.caseId, id));
    await transitionCase(env.db, { caseId: id, from: 'approved', to: 'posting', actor: 'system', action: 'posting' });
    await transitionCase(env.db, { caseId: id, from: 'posting', to: 'failed', actor: 'system', action: 'post_failed' });
    const card = await env.cards.render(id);
    expect(JSON.stringify(card!.body)).toContain('Retry');
    expect(JSON.stringify(card!.body)).toContain('token revoked');
    await clickCase(env, ALICE, 'retry', id);
    expect((await getCase(env.db, id))!.state).toBe('posting');
    expect((await outboxForCase(env.db, id))!.state).toBe('pending');
    const replay = new ReplayAdapter({ file: '/dev/null', repliesFile: null });
    const checked: string[] = [];
    const find = replay.findExistingReply.bind(replay);
    replay.findExistingReply = (to, key) => {
      checked.push(key);
      return find(to, key);
    };
    const worker = new OutboxWorker({ db: env.db, clock: env.clock, logger, adapters: new Map([['replay', replay]]) });
    await worker.drain();
    expect(checked.filter((k) => k === replyIdempotencyKey(id))).toHaveLength(1);
    expect((await getCase(env.db, id))!.state).toBe('posted');
  });

  it('public text with @everyone, @here and <@id> pings nobody', async () => {
    const id = await seedCase(env, { text: '@everyone look at this @here <@123456789012345678> <@&900000000000000021> **bold**', handle: 'everyone' });
    // Detach the seeded card so sync posts a new one.
    await env.db.update(cases).set({ discordMessageId: null, discordChannelId: null }).where(eq(cases.id, id));
    await env.cards.sync(id);
    const [post] = mock.find('POST', `/channels/${IDS.reviewChannelId}/messages`);
    expect(post!.body!.allowed_mentions).toEqual({ parse: [] });
    const text = JSON.stringify(post!.body);
    expect(text).not.toMatch(/@everyone|@here/);
    expect(text).not.toContain('<@123456789012345678>');
    expect(text).not.toContain('<@&900000000000000021>');
    expect(text).toContain('\\\\*\\\\*bold\\\\*\\\\*');
    expect(post!.body!.content).toBe('');
  });

  it('Acknowledge on an alert card is routed to src/alerts and the card is redrawn', async () => {
    const id = await seedCase(env);
    await insertAlert(env.db, { id: 'aack0001', dedupeKey: `test:${id}`, kind: 'viral', level: 'viral', caseIds: [id], mentionIds: [], incidentId: null, dueAt: null, reasons: [], raisedAt: env.clock.now() });
    await env.router.handle(buttonClick(MANAGER, 'gh:ack:aack0001', 'alert-msg'));
    expect(mock.callbackTypes()).toEqual([6]);
    expect((await getAlert(env.db, 'aack0001'))!.acknowledgedBy).toBe(MANAGER);
    const edit = mock.find('PATCH', '/messages/@original')[0]!;
    expect(JSON.stringify(edit.body)).toContain('Acknowledged');
    await env.router.handle(buttonClick(STRANGER, 'gh:ack:aack0001', 'alert-msg'));
    expect(mock.ephemerals().at(-1)).toMatch(/responder role/);
  });

  it('an unknown or malformed custom id gets an ephemeral note, not a failure', async () => {
    await env.router.handle(buttonClick(ALICE, 'gh:approve:../../etc:1'));
    expect(mock.callbackTypes()).toEqual([4]);
  });
});
