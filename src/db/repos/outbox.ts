/**
 * The outbox: one row per public reply, keyed by the reply's idempotency key. Rows are
 * claimed with FOR UPDATE SKIP LOCKED and leased: a row left `sending` past its lease
 * belongs to a worker that died mid-post, so its outcome is unknown.
 */
import { and, asc, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { outbox } from '../schema/index.js';

export type OutboxRow = typeof outbox.$inferSelect;

/** Written in the approval's transaction; the unique key makes a second enqueue a no-op. */
export async function enqueueReply(tx: DbOrTx, r: { caseId: string; idempotencyKey: string; platform: string; text: string; at: Date }): Promise<boolean> {
  const rows = await tx
    .insert(outbox)
    .values({ caseId: r.caseId, idempotencyKey: r.idempotencyKey, platform: r.platform, text: r.text, createdAt: r.at })
    .onConflictDoNothing()
    .returning({ id: outbox.id });
  return rows.length > 0;
}

export interface ClaimedOutbox {
  row: OutboxRow;
  /** An earlier attempt may have reached the platform: check for a reply before posting. */
  uncertain: boolean;
}

/**
 * Claims due rows (pending and due, or sending past the lease) for `workerId` inside the
 * caller's transaction, and marks them sending with a fresh lease.
 */
export async function claimOutbox(tx: DbOrTx, o: { workerId: string; now: Date; leaseMs: number; limit: number }): Promise<ClaimedOutbox[]> {
  const expired = new Date(o.now.getTime() - o.leaseMs);
  const due = await tx
    .select()
    .from(outbox)
    .where(
      or(
        and(eq(outbox.state, 'pending'), or(isNull(outbox.notBefore), lte(outbox.notBefore, o.now))),
        and(eq(outbox.state, 'sending'), lt(outbox.claimedAt, expired)),
      ),
    )
    .orderBy(asc(outbox.id))
    .limit(o.limit)
    .for('update', { skipLocked: true });
  const out: ClaimedOutbox[] = [];
  for (const r of due) {
    const [row] = await tx
      .update(outbox)
      .set({ state: 'sending', claimedBy: o.workerId, claimedAt: o.now, attempts: sql`${outbox.attempts} + 1` })
      .where(eq(outbox.id, r.id))
      .returning();
    out.push({ row: row!, uncertain: r.state === 'sending' || r.attempts > 0 });
  }
  return out;
}

/** Only the worker holding the lease may settle a row. */
const held = (id: number, workerId: string) => and(eq(outbox.id, id), eq(outbox.state, 'sending'), eq(outbox.claimedBy, workerId));

export async function markOutboxSent(db: DbOrTx, id: number, workerId: string, reply: { id: string; url: string }, at: Date): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({ state: 'sent', replyId: reply.id, replyUrl: reply.url, sentAt: at, lastError: null })
    .where(held(id, workerId))
    .returning({ id: outbox.id });
  return rows.length > 0;
}

export async function markOutboxRetry(db: DbOrTx, id: number, workerId: string, notBefore: Date, error: string): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({ state: 'pending', notBefore, lastError: error, claimedBy: null })
    .where(held(id, workerId))
    .returning({ id: outbox.id });
  return rows.length > 0;
}

export async function markOutboxFailed(db: DbOrTx, id: number, workerId: string, error: string): Promise<boolean> {
  const rows = await db.update(outbox).set({ state: 'failed', lastError: error, claimedBy: null }).where(held(id, workerId)).returning({ id: outbox.id });
  return rows.length > 0;
}

/** Retry button: a failed row goes back to pending (its earlier attempts keep it "uncertain"). */
export async function requeueFailedOutbox(tx: DbOrTx, caseId: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(outbox)
    .set({ state: 'pending', notBefore: at, claimedBy: null })
    .where(and(eq(outbox.caseId, caseId), eq(outbox.state, 'failed')))
    .returning({ id: outbox.id });
  return rows.length > 0;
}

/** Re-approval after a failed post (case sent back to review): same row, same key, the new text. */
export async function reviveFailedOutbox(tx: DbOrTx, caseId: string, text: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(outbox)
    .set({ state: 'pending', text, notBefore: at, claimedBy: null })
    .where(and(eq(outbox.caseId, caseId), eq(outbox.state, 'failed')))
    .returning({ id: outbox.id });
  return rows.length > 0;
}

export async function outboxForCase(db: DbOrTx, caseId: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(outbox).where(eq(outbox.caseId, caseId));
  return row;
}
