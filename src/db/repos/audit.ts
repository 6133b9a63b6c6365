import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { auditLog } from '../schema/index.js';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditEntry {
  caseId?: string | null;
  alertId?: string | null;
  actor: string;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  detail?: Record<string, unknown>;
  at?: Date;
}

export async function appendAudit(db: DbOrTx, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    caseId: e.caseId ?? null,
    alertId: e.alertId ?? null,
    actor: e.actor,
    action: e.action,
    fromState: e.fromState ?? null,
    toState: e.toState ?? null,
    detail: e.detail ?? {},
    ...(e.at ? { at: e.at } : {}),
  });
}

export async function caseTimeline(db: DbOrTx, caseId: string): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(eq(auditLog.caseId, caseId)).orderBy(asc(auditLog.id));
}
