/**
 * Cases: creation, the one guarded state change (`transitionCase`), and claiming work.
 * Every state change is conditional on the state the caller saw, so two instances (or
 * a double click) cannot both move a case; each one is appended to the audit log.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { cases, mentions } from '../schema/index.js';
import type { MentionRow } from './mentions.js';
import { appendAudit } from './audit.js';
import { assertTransition, type CaseState } from '../../cases/states.js';
import { InvalidTransition } from '../../core/errors.js';
import { newCaseId } from '../../core/ids.js';

export type CaseRow = typeof cases.$inferSelect;
export type CasePatch = Partial<Omit<typeof cases.$inferInsert, 'id' | 'mentionId' | 'state' | 'version' | 'createdAt'>>;

/** One case per new mention, in state `new`. Returns the case ids created. */
export async function createCases(db: DbOrTx, items: Array<{ mentionId: string; platform: string; manualOnly: boolean }>, at: Date): Promise<string[]> {
  if (items.length === 0) return [];
  const rows = items.map((i) => ({ id: newCaseId(), mentionId: i.mentionId, platform: i.platform, manualOnly: i.manualOnly, createdAt: at, updatedAt: at }));
  const inserted = await db.insert(cases).values(rows).onConflictDoNothing().returning({ id: cases.id });
  for (const r of inserted) {
    const src = rows.find((x) => x.id === r.id)!;
    await appendAudit(db, { caseId: r.id, actor: 'system', action: 'detected', toState: 'new', detail: { mentionId: src.mentionId, manualOnly: src.manualOnly }, at });
  }
  return inserted.map((r) => r.id);
}

export async function getCase(db: DbOrTx, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

export interface TransitionInput {
  caseId: string;
  /** The state the caller acted on; the change fails if the case has moved since. */
  from: CaseState;
  to: CaseState;
  actor: string;
  action: string;
  detail?: Record<string, unknown>;
  patch?: CasePatch;
  at?: Date;
}

/** Validates against the transition table, applies the change if the case is still in `from`, audits it. */
export async function transitionCase(db: DbOrTx, t: TransitionInput): Promise<CaseRow> {
  assertTransition(t.caseId, t.from, t.to);
  const at = t.at ?? new Date();
  const [row] = await db
    .update(cases)
    .set({ ...t.patch, state: t.to, version: sql`${cases.version} + 1`, updatedAt: at })
    .where(and(eq(cases.id, t.caseId), eq(cases.state, t.from)))
    .returning();
  if (!row) {
    const current = await getCase(db, t.caseId);
    throw new InvalidTransition(
      current ? `case ${t.caseId} is ${current.state} now, not ${t.from}: someone acted first` : `case ${t.caseId} does not exist`,
    );
  }
  await appendAudit(db, { caseId: t.caseId, actor: t.actor, action: t.action, fromState: t.from, toState: t.to, detail: t.detail ?? {}, at });
  return row;
}

/** Claims up to `limit` cases in `state`, locked for the caller's transaction (other instances skip them). */
export async function claimCases(tx: DbOrTx, state: CaseState, limit: number): Promise<CaseRow[]> {
  return tx
    .select()
    .from(cases)
    .where(eq(cases.state, state))
    .orderBy(asc(cases.createdAt), asc(cases.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** Locks those of `ids` still in `state` for the caller's transaction; cases another instance holds are skipped. */
export async function claimCasesById(tx: DbOrTx, state: CaseState, ids: string[]): Promise<CaseRow[]> {
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(cases)
    .where(and(eq(cases.state, state), inArray(cases.id, ids)))
    .orderBy(asc(cases.createdAt), asc(cases.id))
    .for('update', { skipLocked: true });
}

export async function listCases(db: DbOrTx, states: readonly CaseState[], limit = 100): Promise<CaseRow[]> {
  return db
    .select()
    .from(cases)
    .where(inArray(cases.state, [...states]))
    .orderBy(desc(cases.risk), asc(cases.createdAt))
    .limit(limit);
}

/** The oldest cases in `state` with their mentions, unlocked: work a stage will claim later. */
export async function oldestCasesWithMention(db: DbOrTx, state: CaseState, limit: number): Promise<Array<{ case: CaseRow; mention: MentionRow }>> {
  const rows = await db
    .select({ case: cases, mention: mentions })
    .from(cases)
    .innerJoin(mentions, eq(mentions.id, cases.mentionId))
    .where(eq(cases.state, state))
    .orderBy(asc(cases.createdAt), asc(cases.id))
    .limit(limit);
  return rows;
}
