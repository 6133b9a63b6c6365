import { jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Reason } from '../../core/triage.js';
import { createdAt, ts } from './columns.js';

/** Alerts raised (viral, incident, sla). `dedupeKey` makes "raise once per level" a constraint. */
export const alerts = pgTable(
  'alerts',
  {
    id: text('id').primaryKey(),
    kind: text('kind').$type<'viral' | 'incident' | 'sla'>().notNull(),
    level: text('level'),
    dedupeKey: text('dedupe_key').notNull(),
    caseIds: jsonb('case_ids').$type<string[]>().notNull().default([]),
    mentionIds: jsonb('mention_ids').$type<string[]>().notNull().default([]),
    incidentId: text('incident_id'),
    dueAt: ts('due_at'),
    reasons: jsonb('reasons').$type<Reason[]>().notNull().default([]),
    raisedAt: createdAt(),
    acknowledgedBy: text('acknowledged_by'),
    acknowledgedAt: ts('acknowledged_at'),
    discordChannelId: text('discord_channel_id'),
    discordMessageId: text('discord_message_id'),
  },
  (t) => [uniqueIndex('alerts_dedupe_uq').on(t.dedupeKey)],
);
