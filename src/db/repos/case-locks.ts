/** Row locks and small case updates that are not state changes (card bookkeeping). */
import { and, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { cases, mentions } from '../schema/index.js';
import type { CaseRow } from './cases.js';
import type { CaseState } from '../../cases/states.js';

/** Locks one case for the caller's transaction: actions on one case are serialized. */
export async function lockCase(tx: DbOrTx, caseId: string): Promise<CaseRow | undefined> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
  return row;
}

/** Records the card message once; false when another instance recorded one first. */
export async function setCardMessage(db: DbOrTx, caseId: string, channelId: string, messageId: string, version: number): Promise<boolean> {
  const rows = await db
    .update(cases)
    .set({ discordChannelId: channelId, discordMessageId: messageId, discordCardVersion: version })
    .where(and(eq(cases.id, caseId), isNull(cases.discordMessageId)))
    .returning({ id: cases.id });
  return rows.length > 0;
}

/** Notes the version the card now shows; never moves it backwards. */
export async function markCardVersion(db: DbOrTx, caseId: string, version: number): Promise<void> {
  await db
    .update(cases)
    .set({ discordCardVersion: version })
    .where(and(eq(cases.id, caseId), or(isNull(cases.discordCardVersion), lt(cases.discordCardVersion, version))));
}

/** Cases whose card is missing (in a reviewable state) or behind the case version. */
export async function casesNeedingCardSync(db: DbOrTx, reviewStates: readonly CaseState[], limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(
      or(
        and(isNotNull(cases.discordMessageId), or(isNull(cases.discordCardVersion), lt(cases.discordCardVersion, cases.version))),
        and(isNull(cases.discordMessageId), inArray(cases.state, [...reviewStates])),
      ),
    )
    .orderBy(desc(cases.risk))
    .limit(limit);
  return rows.map((r) => r.id);
}

export interface CaseStats {
  since: Date;
  created: number;
  byState: Record<string, number>;
  answered: number;
  /** Minutes from the post (or ingest) to the first public answer. */
  medianResponseMinutes: number | null;
  p90ResponseMinutes: number | null;
  approved: number;
  rejected: number;
}

/** Volume, response times and approval rate for cases created since `since`. */
export async function caseStats(db: DbOrTx, since: Date): Promise<CaseStats> {
  const rows = await db
    .select({ state: cases.state, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(gte(cases.createdAt, since))
    .groupBy(cases.state);
  const byState = Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
  const created = rows.reduce((a, r) => a + Number(r.n), 0);
  // Response time as the customer saw it: from their post, not from when we heard it.
  const waited = sql`extract(epoch from (${cases.firstResponseAt} - coalesce(${mentions.postedAt}, ${cases.createdAt}))) / 60`;
  const [rt] = await db
    .select({
      n: sql<number>`count(*)::int`,
      p50: sql<number | null>`percentile_cont(0.5) within group (order by ${waited})`,
      p90: sql<number | null>`percentile_cont(0.9) within group (order by ${waited})`,
    })
    .from(cases)
    .innerJoin(mentions, eq(mentions.id, cases.mentionId))
    .where(and(gte(cases.createdAt, since), isNotNull(cases.firstResponseAt)));
  const approvedStates: CaseState[] = ['approved', 'posting', 'posted', 'failed', 'replied_by_hand'];
  const approved = approvedStates.reduce((a, s) => a + (byState[s] ?? 0), 0);
  const num = (v: number | string | null | undefined) => (v === null || v === undefined ? null : Number(v));
  return {
    since,
    created,
    byState,
    answered: Number(rt?.n ?? 0),
    medianResponseMinutes: num(rt?.p50),
    p90ResponseMinutes: num(rt?.p90),
    approved,
    rejected: byState.rejected ?? 0,
  };
}

/** The card was deleted in Discord: forget it so a fresh one can be posted. */
export async function clearCardMessage(db: DbOrTx, caseId: string, messageId: string): Promise<void> {
  await db
    .update(cases)
    .set({ discordChannelId: null, discordMessageId: null, discordCardVersion: null })
    .where(and(eq(cases.id, caseId), eq(cases.discordMessageId, messageId)));
}
