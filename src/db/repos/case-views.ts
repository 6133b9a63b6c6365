/** A case with everything a reviewer needs to see: the post, its triage, the current draft. */
import { desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { cases, drafts, mentions, triageResults } from '../schema/index.js';
import type { CaseRow } from './cases.js';
import type { DraftRow } from './drafts.js';
import type { MentionRow } from './mentions.js';
import type { TriageResult } from '../../core/triage.js';
import type { CaseState } from '../../cases/states.js';

export interface CaseView {
  case: CaseRow;
  mention: MentionRow;
  triage: TriageResult | null;
  draft: DraftRow | null;
}

/** Joins cases with their mention, newest triage result and current draft (cases whose mention is gone are left out). */
export async function hydrateCaseViews(db: DbOrTx, rows: CaseRow[]): Promise<CaseView[]> {
  if (rows.length === 0) return [];
  const mentionIds = rows.map((r) => r.mentionId);
  const caseIds = rows.map((r) => r.id);
  const [ms, ts, ds] = await Promise.all([
    db.select().from(mentions).where(inArray(mentions.id, mentionIds)),
    db.select().from(triageResults).where(inArray(triageResults.mentionId, mentionIds)).orderBy(desc(triageResults.id)),
    db.select().from(drafts).where(inArray(drafts.caseId, caseIds)).orderBy(desc(drafts.id)),
  ]);
  const mById = new Map(ms.map((m) => [m.id, m]));
  const tById = new Map<string, TriageResult>();
  for (const t of ts) if (!tById.has(t.mentionId)) tById.set(t.mentionId, t.result);
  const dById = new Map<string, DraftRow>();
  for (const d of ds) if (!dById.has(d.caseId)) dById.set(d.caseId, d);
  return rows
    .filter((c) => mById.has(c.mentionId))
    .map((c) => ({ case: c, mention: mById.get(c.mentionId)!, triage: tById.get(c.mentionId) ?? null, draft: dById.get(c.id) ?? null }));
}

export async function getCaseView(db: DbOrTx, caseId: string): Promise<CaseView | undefined> {
  const rows = await db.select().from(cases).where(eq(cases.id, caseId));
  return (await hydrateCaseViews(db, rows))[0];
}

/** Cases in the given states, highest risk first. */
export async function listCaseViews(db: DbOrTx, states: readonly CaseState[], limit = 50): Promise<CaseView[]> {
  const rows = await db
    .select()
    .from(cases)
    .where(inArray(cases.state, [...states]))
    .orderBy(desc(cases.risk), desc(cases.createdAt))
    .limit(limit);
  return hydrateCaseViews(db, rows);
}
