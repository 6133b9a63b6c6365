/** Alerts: stored once per dedupe key, delivered, acknowledged. */
import { and, desc, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { alerts } from '../schema/index.js';
import type { Reason } from '../../core/triage.js';

export type AlertRow = typeof alerts.$inferSelect;

export interface NewAlert {
  id: string;
  dedupeKey: string;
  kind: 'viral' | 'incident' | 'sla';
  level: string | null;
  caseIds: string[];
  mentionIds: string[];
  incidentId: string | null;
  dueAt: Date | null;
  reasons: Reason[];
  raisedAt: Date;
}

/** Inserts unless the dedupe key exists; returns the row only when this call created it. */
export async function insertAlert(db: DbOrTx, a: NewAlert): Promise<AlertRow | null> {
  const [row] = await db.insert(alerts).values(a).onConflictDoNothing({ target: alerts.dedupeKey }).returning();
  return row ?? null;
}

export async function getAlert(db: DbOrTx, id: string): Promise<AlertRow | undefined> {
  const [row] = await db.select().from(alerts).where(eq(alerts.id, id));
  return row;
}

export async function setAlertDiscord(db: DbOrTx, id: string, channelId: string | null, messageId: string | null): Promise<void> {
  await db.update(alerts).set({ discordChannelId: channelId, discordMessageId: messageId }).where(eq(alerts.id, id));
}

/** Sets acknowledged_by/at if not yet set; returns the row when this call acknowledged it. */
export async function markAcknowledged(db: DbOrTx, id: string, actor: string, at: Date): Promise<AlertRow | null> {
  const [row] = await db
    .update(alerts)
    .set({ acknowledgedBy: actor, acknowledgedAt: at })
    .where(and(eq(alerts.id, id), isNull(alerts.acknowledgedBy)))
    .returning();
  return row ?? null;
}

/** Dedupe keys already used among `keys` (to skip re-raising). */
export async function existingDedupeKeys(db: DbOrTx, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.select({ k: alerts.dedupeKey }).from(alerts).where(inArray(alerts.dedupeKey, keys));
  return new Set(rows.map((r) => r.k));
}

/** Viral levels already raised per mention. */
export async function viralLevelsRaised(db: DbOrTx, mentionIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (mentionIds.length === 0) return out;
  const keys = mentionIds.flatMap((m) => ['watch', 'viral', 'critical'].map((l) => `viral:${m}:${l}`));
  for (const k of await existingDedupeKeys(db, keys)) {
    const level = k.slice(k.lastIndexOf(':') + 1);
    const mention = k.slice('viral:'.length, k.lastIndexOf(':'));
    out.set(mention, [...(out.get(mention) ?? []), level]);
  }
  return out;
}

export async function listAlerts(db: DbOrTx, opts: { since?: Date; kind?: string; limit?: number } = {}): Promise<AlertRow[]> {
  const conds = [];
  if (opts.since) conds.push(sql`${alerts.raisedAt} >= ${opts.since.toISOString()}`);
  if (opts.kind) conds.push(eq(alerts.kind, opts.kind as AlertRow['kind']));
  return db
    .select()
    .from(alerts)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(alerts.raisedAt))
    .limit(opts.limit ?? 500);
}

/** Alerts that name a case. */
export async function alertsForCase(db: DbOrTx, caseId: string): Promise<AlertRow[]> {
  return db
    .select()
    .from(alerts)
    .where(sql`${alerts.caseIds} @> ${JSON.stringify([caseId])}::jsonb`)
    .orderBy(alerts.raisedAt);
}

export async function countSlaAlerts(db: DbOrTx): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(alerts).where(like(alerts.dedupeKey, 'sla:%'));
  return Number(r?.n ?? 0);
}
