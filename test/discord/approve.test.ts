import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeDb } from '../helpers/db.js';
import { getCase } from '../../src/db/repos/cases.js';
import { caseTimeline } from '../../src/db/repos/audit.js';
import { outboxForCase } from '../../src/db/repos/outbox.js';
import { caseButtonId } from '../../src/discord/custom-id.js';
import { replyIdempotencyKey } from '../../src/core/ids.js';
import { OutboxWorker } from '../../src/outbox/worker.js';
import { ReplayAdapter } from '../../adapters/replay/index.js';
import { clickCase, ALICE, BOB, buttonClick, DiscordMock, logger, envPerTest, MANAGER, seedCase, STRANGER, type Env } from './helpers.js';

const mock = new DiscordMock();
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());


describeDb('Approve button', (backend) => {
  let env: Env;
  envPerTest(backend, mock, (e) => (env = e));

  it('defers within the 3-second window, approves, writes the outbox row and redraws the card without pings', async () => {
    const id = await seedCase(env);
    await clickCase(env, ALICE, 'approve', id);
    expect(mock.callbackTypes()).toEqual([6]);
    // The deferral is the first thing sent to Discord.
    expect(mock.calls[0]!.path).toMatch(/\/callback$/);
    const c = await getCase(env.db, id);
    expect(c!.state).toBe('approved');
    expect(c!.approvals.map((a) => a.by)).toEqual([ALICE]);
    const row = await outboxForCase(env.db, id);
    expect(row).toMatchObject({ idempotencyKey: replyIdempotencyKey(id), state: 'pending', platform: 'x' });
    const [edit] = mock.find('PATCH', '/messages/@original');
    expect(edit!.body!.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(edit!.body)).toContain('Approved');
    expect(mock.ephemerals()).toEqual([]);
  });

  it('a double-clicked Approve is refused the second time and posts once', async () => {
    const id = await seedCase(env);
    const c = await getCase(env.db, id);
    const customId = caseButtonId('approve', id, c!.version);
    // Both clicks carry the same card version, as a real double click does.
    await Promise.all([env.router.handle(buttonClick(ALICE, customId)), env.router.handle(buttonClick(ALICE, customId))]);
    expect((await getCase(env.db, id))!.state).toBe('approved');
    expect(mock.ephemerals()).toHaveLength(1);
    expect(mock.ephemerals()[0]).toMatch(/out of date/);
    const replay = new ReplayAdapter({ file: '/dev/null', repliesFile: null });
    const worker = new OutboxWorker({ db: env.db, clock: env.clock, logger, adapters: new Map([['replay', replay]]) });
    await worker.drain();
    await worker.drain();
    const mentionId = (await getCase(env.db, id))!.mentionId;
    expect(replay.postedReplies().filter((r) => r.to === mentionId)).toHaveLength(1);
    expect((await getCase(env.db, id))!.state).toBe('posted');
  });

  it('refuses a member without the responder role, ephemerally, and audits it', async () => {
    const id = await seedCase(env);
    await clickCase(env, STRANGER, 'approve', id);
    expect((await getCase(env.db, id))!.state).toBe('in_review');
    expect(mock.ephemerals()[0]).toMatch(/responder role/);
    const refusals = (await caseTimeline(env.db, id)).filter((e) => e.action === 'refused');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ actor: STRANGER, detail: { attempted: 'approve', code: 'permission' } });
    expect(await outboxForCase(env.db, id)).toBeUndefined();
  });

  describe('four eyes', () => {
    it('needs two different members; the same member twice is refused; the card names the first approver', async () => {
      const id = await seedCase(env, { band: 'high', risk: 75, approvalsNeeded: 2 });
      await clickCase(env, ALICE, 'approve', id);
      let c = await getCase(env.db, id);
      expect(c!.state).toBe('in_review');
      expect(c!.approvals.map((a) => a.by)).toEqual([ALICE]);
      const card = JSON.stringify(mock.find('PATCH', '/messages/@original').at(-1)!.body);
      expect(card).toContain(`approved 1/2 by <@${ALICE}>`);
      expect(card).toContain(`not <@${ALICE}>`);
      expect(card).toContain('Approve (1/2)');
      expect(await outboxForCase(env.db, id)).toBeUndefined();

      await clickCase(env, ALICE, 'approve', id);
      c = await getCase(env.db, id);
      expect(c!.state).toBe('in_review');
      expect(mock.ephemerals().at(-1)).toMatch(/already approved.*different member/);
      expect((await caseTimeline(env.db, id)).filter((e) => e.action === 'refused').map((e) => e.detail.code)).toEqual(['four_eyes']);

      await clickCase(env, BOB, 'approve', id);
      c = await getCase(env.db, id);
      expect(c!.state).toBe('approved');
      expect(c!.approvals.map((a) => a.by)).toEqual([ALICE, BOB]);
      expect(await outboxForCase(env.db, id)).toBeDefined();
    });
  });

  describe('blocking lint findings', () => {
    const tooLong = `@customer Sorry. ${'We are looking into it. '.repeat(20)}`;

    it('stop approval; only a brand manager may override, and the override is audited', async () => {
      const id = await seedCase(env, { draft: tooLong });
      await clickCase(env, ALICE, 'approve', id);
      expect((await getCase(env.db, id))!.state).toBe('in_review');
      expect(mock.ephemerals().at(-1)).toMatch(/blocking lint findings.*length/);

      await clickCase(env, ALICE, 'override', id);
      expect(mock.ephemerals().at(-1)).toMatch(/Only brand managers/);

      await clickCase(env, MANAGER, 'override', id);
      const overridden = (await caseTimeline(env.db, id)).find((e) => e.action === 'lint_overridden');
      expect(overridden).toMatchObject({ actor: MANAGER });
      expect(JSON.stringify(overridden!.detail)).toContain('length');

      await clickCase(env, ALICE, 'approve', id);
      expect((await getCase(env.db, id))!.state).toBe('approved');
      const codes = (await caseTimeline(env.db, id)).filter((e) => e.action === 'refused').map((e) => e.detail.code);
      expect(codes).toEqual(['lint', 'permission']);
    });
  });
});
