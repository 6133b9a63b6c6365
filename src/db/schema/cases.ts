import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { CaseState } from '../../cases/states.js';
import type { Category } from '../../core/triage.js';
import { mentions } from './mentions.js';
import { createdAt, ts, updatedAt } from './columns.js';

export interface Approval {
  by: string;
  at: string;
}

/** One case per mention that needs the team: the unit of review. */
export const cases = pgTable(
  'cases',
  {
    id: text('id').primaryKey(),
    mentionId: text('mention_id').notNull().references(() => mentions.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    state: text('state').$type<CaseState>().notNull().default('new'),
    kind: text('kind'),
    risk: integer('risk'),
    band: text('band'),
    categories: jsonb('categories').$type<Category[]>().notNull().default([]),
    escalate: boolean('escalate').notNull().default(false),
    /** The platform will not take an API reply: the team replies by hand. */
    manualOnly: boolean('manual_only').notNull().default(false),
    claimedBy: text('claimed_by'),
    approvals: jsonb('approvals').$type<Approval[]>().notNull().default([]),
    approvalsNeeded: integer('approvals_needed').notNull().default(1),
    rejectReason: text('reject_reason'),
    dueAt: ts('due_at'),
    firstResponseAt: ts('first_response_at'),
    replyId: text('reply_id'),
    replyUrl: text('reply_url'),
    repliedBy: text('replied_by'),
    incidentId: text('incident_id'),
    discordChannelId: text('discord_channel_id'),
    discordMessageId: text('discord_message_id'),
    /** The case version the Discord card last showed; card sync edits cards whose version is behind. */
    discordCardVersion: integer('discord_card_version'),
    /** Bumped on every change; card renderers compare it to skip stale edits. */
    version: integer('version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('cases_mention_uq').on(t.mentionId),
    index('cases_state_risk_idx').on(t.state, t.risk),
  ],
);
