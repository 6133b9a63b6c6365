import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeDb } from '../helpers/db.js';
import type { Database } from '../../src/db/client.js';
import { getCase, transitionCase } from '../../src/db/repos/cases.js';
import { caseTimeline } from '../../src/db/repos/audit.js';
import { claimOutbox, outboxForCase } from '../../src/db/repos/outbox.js';
import { getMention, rowToMention } from '../../src/db/repos/mentions.js';
import { approveCase } from '../../src/cases/actions.js';
import { replyIdempotencyKey } from '../../src/core/ids.js';
import { AuthFailed, RateLimited, ReplyNotAllowed, Transient } from '../../src/core/errors.js';
import { OutboxWorker } from '../../src/outbox/worker.js';
import { ALICE, DiscordMock, logger, makeEnv, seedCase, type Env } from '../discord/helpers.js';
import { ScriptedAdapter } from './helpers.js';

const responder = { id: ALICE, roles: ['responder' as const] };
const LEASE = 60_000;

describeDb('outbox worker', (backend) => {
  let database: Database;
  let env: Env;
  let adapter: ScriptedAdapter;
  const changed: string[] = [];
  const worker = (id = 'w1', over: Partial<ConstructorParameters<typeof OutboxWorker>[0]> = {}) =>
    new OutboxWorker({ db: env.db, clock: env.clock, logger, adapters: new Map([['replay', adapter]]), workerId: id, leaseMs: LEASE, backoffMs: 1000, maxAttempts: 3, onCaseChanged: (c) => Promise.resolve(void changed.push(c)), ...over });

  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(async () => database.close());
  beforeEach(() => {
    env = makeEnv(database.db, new DiscordMock());
    adapter = new ScriptedAdapter();
    changed.length = 0;
  });
  afterEach(async () => {
    // Leave nothing due for the next test.
    env.clock.advance(10 * 86_400_000);
    await worker('cleanup').drain();
  });

  async function approved(): Promise<string> {
    const id = await seedCase(env);
    await approveCase({ db: env.db, clock: env.clock, brand: env.brand }, responder, id, null);
    return id;
  }

  it('posts through the mention source adapter, records the reply and moves approved -> posting -> posted', async () => {
    const id = await approved();
    expect(await worker().drain()).toBe(1);
    const c = await getCase(env.db, id);
    expect(c).toMatchObject({ state: 'posted', replyId: 'reply-1', replyUrl: 'https://x.com/kestrel/status/reply-1' });
    expect(await outboxForCase(env.db, id)).toMatchObject({ state: 'sent', replyId: 'reply-1', attempts: 1 });
    expect(adapter.lookups).toEqual([]);
    const actions = (await caseTimeline(env.db, id)).map((e) => e.action);
    expect(actions.slice(-3)).toEqual(['approved', 'posting', 'posted']);
    expect(changed).toEqual([id, id]);
    expect(await worker().drain()).toBe(0);
    expect(adapter.postsFor(replyIdempotencyKey(id))).toBe(1);
  });

  describe('a crash between approval and posting posts once after restart', () => {
    it('crash after claiming, before posting: the lease expires, the platform is checked, one post', async () => {
      const id = await approved();
      // Worker "A" claims and dies before calling the platform.
      await env.db.transaction(async (tx) => {
        await claimOutbox(tx, { workerId: 'dead', now: env.clock.now(), leaseMs: LEASE, limit: 10 });
        await transitionCase(tx, { caseId: id, from: 'approved', to: 'posting', actor: 'system', action: 'posting' });
      });
      // Restarted within the lease: nothing to do yet.
      expect(await worker('w2').drain()).toBe(0);
      env.clock.advance(LEASE + 1);
      expect(await worker('w2').drain()).toBe(1);
      expect(adapter.lookups).toEqual([replyIdempotencyKey(id)]);
      expect(adapter.postsFor(replyIdempotencyKey(id))).toBe(1);
      expect((await getCase(env.db, id))!.state).toBe('posted');
    });

    it('crash after the platform accepted the reply, before it was recorded: found, not posted again', async () => {
      const id = await approved();
      const [claimed] = await env.db.transaction(async (tx) => {
        const rows = await claimOutbox(tx, { workerId: 'dead', now: env.clock.now(), leaseMs: LEASE, limit: 10 });
        await transitionCase(tx, { caseId: id, from: 'approved', to: 'posting', actor: 'system', action: 'posting' });
        return rows;
      });
      const m = await getMention(env.db, (await getCase(env.db, id))!.mentionId);
      await adapter.postReply(rowToMention(m!), claimed!.row.text, claimed!.row.idempotencyKey);
      // ... and the process died here.
      env.clock.advance(LEASE + 1);
      await worker('w2').drain();
      expect(adapter.postsFor(replyIdempotencyKey(id))).toBe(1);
      const c = await getCase(env.db, id);
      expect(c).toMatchObject({ state: 'posted', replyId: 'reply-1' });
      expect((await caseTimeline(env.db, id)).at(-1)!.detail).toMatchObject({ foundExisting: true });
    });

    it('a post that times out (outcome unknown) is retried only after the platform says there is no reply', async () => {
      const id = await approved();
      adapter.script.push('hang');
      await worker('w1', { postTimeoutMs: 5 }).drain();
      expect((await outboxForCase(env.db, id))!.state).toBe('pending');
      env.clock.advance(1000);
      await worker('w1', { postTimeoutMs: 5 }).drain();
      expect(adapter.lookups).toEqual([replyIdempotencyKey(id)]);
      expect(adapter.postsFor(replyIdempotencyKey(id))).toBe(1);
      expect((await getCase(env.db, id))!.state).toBe('posted');
    });
  });

  it('Transient failures are retried with backoff, checking the platform first; then fail with a Retry button', async () => {
    const id = await approved();
    adapter.script.push(new Transient('x', '503'), new Transient('x', '503'), new Transient('x', '503'));
    await worker().drain();
    const row = await outboxForCase(env.db, id);
    expect(row).toMatchObject({ state: 'pending', attempts: 1 });
    expect(row!.notBefore!.getTime()).toBe(env.clock.now().getTime() + 1000);
    expect(await worker().drain()).toBe(0); // not due yet
    env.clock.advance(1000);
    await worker().drain();
    env.clock.advance(2000);
    await worker().drain();
    expect(adapter.lookups).toHaveLength(2);
    expect(await outboxForCase(env.db, id)).toMatchObject({ state: 'failed', attempts: 3 });
    expect((await getCase(env.db, id))!.state).toBe('failed');
    const card = JSON.stringify((await env.cards.render(id))!.body);
    expect(card).toContain('"label":"Retry"');
    expect(card).toContain('Transient');
    expect(adapter.posted).toHaveLength(0);
  });

  it('AuthFailed and NotFound fail at once', async () => {
    const id = await approved();
    adapter.script.push(new AuthFailed('x', 'token revoked'));
    await worker().drain();
    expect(await outboxForCase(env.db, id)).toMatchObject({ state: 'failed', attempts: 1 });
    expect((await getCase(env.db, id))!.state).toBe('failed');
  });

  it('RateLimited waits until resetAt', async () => {
    const id = await approved();
    const resetAt = new Date(env.clock.now().getTime() + 15 * 60_000);
    adapter.script.push(new RateLimited('x', resetAt));
    await worker().drain();
    const row = await outboxForCase(env.db, id);
    expect(row).toMatchObject({ state: 'pending' });
    expect(row!.notBefore!.toISOString()).toBe(resetAt.toISOString());
    expect((await getCase(env.db, id))!.state).toBe('posting');
  });

  it('ReplyNotAllowed fails and turns the case manual-only (reply by hand)', async () => {
    const id = await approved();
    adapter.script.push(new ReplyNotAllowed('x', 'not mentioned'));
    await worker().drain();
    expect(await getCase(env.db, id)).toMatchObject({ state: 'failed', manualOnly: true });
    expect(JSON.stringify((await env.cards.render(id))!.body)).toContain('Mark replied by hand');
  });
});
