/** Queries behind the escalation log (web page, CSV) and the incident stage. */
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { alerts, auditLog, cases, drafts, mentions } from '../schema/index.js';
import { hydrateCaseViews as hydrate, type CaseView } from './case-views.js';
import type { AlertRow } from './alerts.js';


/** Cases opened (post heard) since `since`, oldest post first. */
export async function recentCaseViews(db: DbOrTx, since: Date, limit = 2000): Promise<CaseView[]> {
  const rows = await db
    .select({ c: cases })
    .from(cases)
    .innerJoin(mentions, eq(mentions.id, cases.mentionId))
    .where(gte(cases.createdAt, since))
    .orderBy(asc(sql`coalesce(${mentions.postedAt}, ${mentions.ingestedAt})`))
    .limit(limit);
  return hydrate(db, rows.map((r) => r.c));
}

export interface EscalationFilters {
  band?: string;
  category?: string;
  platform?: string;
  language?: string;
  state?: string;
  /** Inclusive day range on the case's creation (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

export interface EscalationRow extends CaseView {
  alerts: AlertRow[];
}

/**
 * Escalations: cases escalated by triage or by hand, high or critical band, in an
 * incident, or named by an alert; filtered, newest first.
 */
export async function listEscalations(db: DbOrTx, f: EscalationFilters, limit = 500): Promise<EscalationRow[]> {
  const alerted = db.select({ id: sql<string>`jsonb_array_elements_text(${alerts.caseIds})` }).from(alerts);
  const conds: SQL[] = [
    or(eq(cases.escalate, true), eq(cases.state, 'escalated'), inArray(cases.band, ['high', 'critical']), isNotNull(cases.incidentId), inArray(cases.id, alerted))!,
  ];
  if (f.band) conds.push(eq(cases.band, f.band));
  if (f.platform) conds.push(eq(cases.platform, f.platform));
  if (f.state) conds.push(eq(cases.state, f.state as (typeof cases.$inferSelect)['state']));
  if (f.category) conds.push(sql`${cases.categories} @> ${JSON.stringify([f.category])}::jsonb`);
  if (f.from) conds.push(gte(cases.createdAt, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) conds.push(lte(cases.createdAt, new Date(`${f.to}T23:59:59.999Z`)));
  const rows = await db.select().from(cases).where(and(...conds)).orderBy(desc(cases.createdAt)).limit(limit);
  let views = await hydrate(db, rows);
  if (f.language) views = views.filter((v) => (v.triage?.lang ?? v.mention.lang ?? 'und') === f.language);
  const caseIds = views.map((v) => v.case.id);
  const as = caseIds.length ? await db.select().from(alerts).where(sql`${alerts.caseIds} ?| array[${sql.join(caseIds.map((c) => sql`${c}`), sql`, `)}]`) : [];
  return views.map((v) => ({ ...v, alerts: as.filter((a) => a.caseIds.includes(v.case.id)) }));
}

/** Distinct values for the filter menus. */
export async function filterOptions(db: DbOrTx): Promise<{ platforms: string[]; languages: string[]; states: string[] }> {
  const [p, l, s] = await Promise.all([
    db.selectDistinct({ v: cases.platform }).from(cases),
    db.selectDistinct({ v: mentions.lang }).from(mentions),
    db.selectDistinct({ v: cases.state }).from(cases),
  ]);
  const clean = (xs: Array<{ v: string | null }>) => xs.map((x) => x.v).filter((x): x is string => !!x).sort();
  return { platforms: clean(p), languages: clean(l), states: clean(s) };
}

export type AuditRow = typeof auditLog.$inferSelect;

/** Audit entries of a case plus the case-less ones (delivery) of alerts naming it, in order. */
export async function fullTimeline(db: DbOrTx, caseId: string, alertIds: string[] = []): Promise<AuditRow[]> {
  const cond = alertIds.length ? or(eq(auditLog.caseId, caseId), and(isNull(auditLog.caseId), inArray(auditLog.alertId, alertIds))) : eq(auditLog.caseId, caseId);
  return db.select().from(auditLog).where(cond).orderBy(asc(auditLog.at), asc(auditLog.id));
}

export async function caseDrafts(db: DbOrTx, caseId: string): Promise<Array<typeof drafts.$inferSelect>> {
  return db.select().from(drafts).where(eq(drafts.caseId, caseId)).orderBy(asc(drafts.id));
}
