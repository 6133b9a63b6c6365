/**
 * The exactly-once posting worker (DESIGN.md "Posting: exactly once").
 *
 * 1. Claim due outbox rows (FOR UPDATE SKIP LOCKED) and, in the same transaction, move
 *    their cases approved -> posting: two workers never hold the same row.
 * 2. If an earlier attempt may have reached the platform (a crash left the row `sending`
 *    past its lease, or an attempt failed or timed out), ask the adapter whether the
 *    brand already replied, and record that reply instead of posting again.
 * 3. Post through the adapter that heard the mention; record the reply id and url, and
 *    the case goes posting -> posted. Failures: RateLimited waits until its reset,
 *    Transient retries with backoff up to `maxAttempts`, anything else fails at once.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client.js';
import type { Clock } from '../core/clock.js';
import type { ChannelAdapter, PostedReply } from '../core/channel.js';
import type { Logger } from '../logger.js';
import { RateLimited, ReplyNotAllowed, Transient } from '../core/errors.js';
import { claimOutbox, markOutboxFailed, markOutboxRetry, markOutboxSent, type ClaimedOutbox } from '../db/repos/outbox.js';
import { getCase, transitionCase } from '../db/repos/cases.js';
import { getMention, rowToMention } from '../db/repos/mentions.js';

export interface OutboxWorkerOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  adapters: Map<string, ChannelAdapter>;
  /** Told after a case changed (posting, posted, failed) so its card can follow. */
  onCaseChanged?: (caseId: string) => Promise<void>;
  workerId?: string;
  /** A `sending` row older than this belongs to a worker that died mid-post. */
  leaseMs?: number;
  /** A post that takes longer than this has an unknown outcome. */
  postTimeoutMs?: number;
  maxAttempts?: number;
  backoffMs?: number;
  batch?: number;
}

export type PostOutcome = 'posted' | 'found_existing' | 'retry' | 'failed' | 'lost_lease' | 'skipped';

class PostTimeout extends Transient {}

function withTimeout<T>(p: Promise<T>, ms: number, platform: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PostTimeout(platform, `no answer within ${ms} ms: outcome unknown`)), ms);
    // A hung post must not keep the process alive at shutdown.
    timer.unref();
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export class OutboxWorker {
  readonly workerId: string;
  private readonly leaseMs: number;
  private readonly postTimeoutMs: number;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly batch: number;

  constructor(private readonly o: OutboxWorkerOptions) {
    this.workerId = o.workerId ?? `worker-${randomBytes(4).toString('hex')}`;
    this.leaseMs = o.leaseMs ?? 5 * 60_000;
    this.postTimeoutMs = o.postTimeoutMs ?? 30_000;
    this.maxAttempts = o.maxAttempts ?? 5;
    this.backoffMs = o.backoffMs ?? 30_000;
    this.batch = o.batch ?? 10;
  }

  /** Claims what is due and posts it; returns how many rows it handled. */
  async drain(): Promise<number> {
    const claimed = await this.claim();
    for (const c of claimed) {
      const outcome = await this.process(c);
      this.o.logger.info({ caseId: c.row.caseId, outbox: c.row.id, outcome, attempt: c.row.attempts }, 'outbox');
    }
    return claimed.length;
  }

  private async claim(): Promise<ClaimedOutbox[]> {
    const now = this.o.clock.now();
    const claimed = await this.o.db.transaction(async (tx) => {
      const rows = await claimOutbox(tx, { workerId: this.workerId, now, leaseMs: this.leaseMs, limit: this.batch });
      for (const r of rows) {
        const c = await getCase(tx, r.row.caseId);
        if (c?.state === 'approved') {
          await transitionCase(tx, { caseId: c.id, from: 'approved', to: 'posting', actor: 'system', action: 'posting', detail: { outboxId: r.row.id, attempt: r.row.attempts, worker: this.workerId }, at: now });
        }
      }
      return rows;
    });
    for (const r of claimed) await this.notify(r.row.caseId);
    return claimed;
  }

  /** One claimed row to a settled outcome. Exposed for crash tests. */
  async process(c: ClaimedOutbox): Promise<PostOutcome> {
    const { row } = c;
    const kase = await getCase(this.o.db, row.caseId);
    if (!kase || kase.state !== 'posting') {
      // Rejected or marked by hand meanwhile: never post.
      await markOutboxFailed(this.o.db, row.id, this.workerId, `case is ${kase?.state ?? 'gone'}, not posting`);
      return 'skipped';
    }
    const m = await getMention(this.o.db, kase.mentionId);
    const adapter = m ? this.o.adapters.get(m.source) : undefined;
    if (!m || !adapter) return this.fail(row.id, row.caseId, `no adapter for source ${m?.source ?? '(mention gone)'}`);
    const mention = rowToMention(m);
    try {
      let reply: PostedReply | null = null;
      let found = false;
      if (c.uncertain) {
        reply = await withTimeout(adapter.findExistingReply(mention, row.idempotencyKey), this.postTimeoutMs, adapter.platform);
        found = reply !== null;
      }
      reply ??= await withTimeout(adapter.postReply(mention, row.text, row.idempotencyKey), this.postTimeoutMs, adapter.platform);
      return await this.succeed(row.id, row.caseId, reply, found);
    } catch (e) {
      return this.handleError(c, e);
    }
  }

  private async succeed(id: number, caseId: string, reply: PostedReply, found: boolean): Promise<PostOutcome> {
    const now = this.o.clock.now();
    const ok = await this.o.db.transaction(async (tx) => {
      if (!(await markOutboxSent(tx, id, this.workerId, reply, now))) return false;
      const c = await getCase(tx, caseId);
      await transitionCase(tx, {
        caseId, from: 'posting', to: 'posted', actor: 'system', action: 'posted',
        detail: { replyId: reply.id, replyUrl: reply.url, foundExisting: found, worker: this.workerId },
        patch: { replyId: reply.id, replyUrl: reply.url, firstResponseAt: c?.firstResponseAt ?? now }, at: now,
      });
      return true;
    });
    if (!ok) {
      this.o.logger.warn({ caseId, outbox: id }, 'outbox: lease lost before recording the reply; the next claim will find it on the platform');
      return 'lost_lease';
    }
    await this.notify(caseId);
    return found ? 'found_existing' : 'posted';
  }

  private async handleError(c: ClaimedOutbox, e: unknown): Promise<PostOutcome> {
    const { row } = c;
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    const now = this.o.clock.now();
    if (e instanceof RateLimited) {
      await markOutboxRetry(this.o.db, row.id, this.workerId, e.resetAt, msg);
      return 'retry';
    }
    if (e instanceof Transient && row.attempts < this.maxAttempts) {
      const wait = this.backoffMs * 2 ** (row.attempts - 1);
      await markOutboxRetry(this.o.db, row.id, this.workerId, new Date(now.getTime() + wait), msg);
      return 'retry';
    }
    // AuthFailed, NotFound, ReplyNotAllowed, a platform refusal, or retries used up.
    return this.fail(row.id, row.caseId, msg, e instanceof ReplyNotAllowed);
  }

  private async fail(id: number, caseId: string, error: string, manualOnly = false): Promise<PostOutcome> {
    const now = this.o.clock.now();
    const ok = await this.o.db.transaction(async (tx) => {
      if (!(await markOutboxFailed(tx, id, this.workerId, error))) return false;
      await transitionCase(tx, {
        caseId, from: 'posting', to: 'failed', actor: 'system', action: 'post_failed', detail: { error, manualOnly }, ...(manualOnly ? { patch: { manualOnly: true } } : {}), at: now,
      });
      return true;
    });
    if (!ok) return 'lost_lease';
    await this.notify(caseId);
    return 'failed';
  }

  private async notify(caseId: string): Promise<void> {
    if (!this.o.onCaseChanged) return;
    try {
      await this.o.onCaseChanged(caseId);
    } catch (e) {
      // The card sync stage catches up; posting must not fail because Discord did.
      this.o.logger.warn({ err: e, caseId }, 'card update after posting failed; card sync will retry');
    }
  }
}
