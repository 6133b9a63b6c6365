import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdAt, ts } from './columns.js';

/** A burst of similar complaints from different authors: one problem, one alert. */
export const incidents = pgTable(
  'incidents',
  {
    id: text('id').primaryKey(),
    topic: text('topic').notNull(),
    signature: jsonb('signature').$type<string[]>().notNull().default([]),
    state: text('state').$type<'open' | 'closed'>().notNull().default('open'),
    memberCount: integer('member_count').notNull().default(0),
    firstAt: ts('first_at').notNull(),
    lastAt: ts('last_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('incidents_state_idx').on(t.state, t.lastAt)],
);

export const incidentMembers = pgTable(
  'incident_members',
  {
    incidentId: text('incident_id').notNull().references(() => incidents.id, { onDelete: 'cascade' }),
    mentionId: text('mention_id').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.mentionId] })],
);
