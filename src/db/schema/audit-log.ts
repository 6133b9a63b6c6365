import { bigserial, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

/** Append-only: every transition, action, refusal and alert, with who and when. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: text('case_id'),
    alertId: text('alert_id'),
    /** Discord user id, or "system". */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    at: createdAt(),
  },
  (t) => [index('audit_log_case_idx').on(t.caseId, t.id), index('audit_log_at_idx').on(t.at)],
);
