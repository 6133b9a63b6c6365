/** Incidents and their members. Ids are deterministic, so two instances agree on them. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { cases, incidentMembers, incidents } from '../schema/index.js';

export type IncidentRow = typeof incidents.$inferSelect;

export async function listOpenIncidents(db: DbOrTx, since: Date): Promise<Array<IncidentRow & { members: string[] }>> {
  // Quiet is judged on the later of the last post and the incident's creation (replays carry old post times).
  const rows = await db.select().from(incidents).where(and(eq(incidents.state, 'open'), sql`greatest(${incidents.lastAt}, ${incidents.createdAt}) >= ${since.toISOString()}::timestamptz`));
  if (rows.length === 0) return [];
  const ms = await db.select().from(incidentMembers).where(inArray(incidentMembers.incidentId, rows.map((r) => r.id)));
  return rows.map((r) => ({ ...r, members: ms.filter((m) => m.incidentId === r.id).map((m) => m.mentionId) }));
}

/** Creates the incident with its members; false when another instance created it first. */
export async function createIncident(db: DbOrTx, i: { id: string; topic: string; firstAt: Date; lastAt: Date; members: Array<{ mentionId: string; at: Date }>; createdAt: Date }): Promise<boolean> {
  const inserted = await db
    .insert(incidents)
    .values({ id: i.id, topic: i.topic, signature: [i.topic], memberCount: i.members.length, firstAt: i.firstAt, lastAt: i.lastAt, createdAt: i.createdAt })
    .onConflictDoNothing()
    .returning({ id: incidents.id });
  if (inserted.length === 0) return false;
  await db.insert(incidentMembers).values(i.members.map((m) => ({ incidentId: i.id, mentionId: m.mentionId, at: m.at }))).onConflictDoNothing();
  await db.update(cases).set({ incidentId: i.id }).where(inArray(cases.mentionId, i.members.map((m) => m.mentionId)));
  return true;
}

export async function addIncidentMember(db: DbOrTx, incidentId: string, mentionId: string, at: Date): Promise<boolean> {
  const ins = await db.insert(incidentMembers).values({ incidentId, mentionId, at }).onConflictDoNothing().returning({ m: incidentMembers.mentionId });
  if (ins.length === 0) return false;
  await db
    .update(incidents)
    .set({ memberCount: sql`${incidents.memberCount} + 1`, lastAt: sql`greatest(${incidents.lastAt}, ${at.toISOString()}::timestamptz)` })
    .where(eq(incidents.id, incidentId));
  await db.update(cases).set({ incidentId }).where(eq(cases.mentionId, mentionId));
  return true;
}

/** Mention ids that already belong to an incident, among `ids`. */
export async function incidentMemberIds(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ m: incidentMembers.mentionId }).from(incidentMembers).where(inArray(incidentMembers.mentionId, ids));
  return new Set(rows.map((r) => r.m));
}

export async function closeQuietIncidents(db: DbOrTx, before: Date): Promise<number> {
  const rows = await db
    .update(incidents)
    .set({ state: 'closed' })
    .where(and(eq(incidents.state, 'open'), sql`greatest(${incidents.lastAt}, ${incidents.createdAt}) < ${before.toISOString()}::timestamptz`))
    .returning({ id: incidents.id });
  return rows.length;
}

export async function listIncidents(db: DbOrTx, limit = 100): Promise<IncidentRow[]> {
  return db.select().from(incidents).orderBy(desc(incidents.lastAt)).limit(limit);
}
