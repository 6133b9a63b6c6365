import { bigserial, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { createdAt, ts } from './columns.js';

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * Exactly-once posting: a row is written in the approval's transaction, claimed with
 * FOR UPDATE SKIP LOCKED, and its idempotency key is unique, so one case posts once.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: text('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    platform: text('platform').notNull(),
    text: text('text').notNull(),
    state: text('state').$type<OutboxState>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    claimedBy: text('claimed_by'),
    claimedAt: ts('claimed_at'),
    notBefore: ts('not_before'),
    replyId: text('reply_id'),
    replyUrl: text('reply_url'),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: ts('sent_at'),
  },
  (t) => [uniqueIndex('outbox_idempotency_uq').on(t.idempotencyKey), index('outbox_state_idx').on(t.state, t.id)],
);
