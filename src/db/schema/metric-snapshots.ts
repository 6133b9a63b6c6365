import { bigserial, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { Metrics } from '../../core/mention.js';
import { mentions } from './mentions.js';
import { ts } from './columns.js';

/** Engagement over time: the raw material of velocity and viral alerts. */
export const metricSnapshots = pgTable(
  'metric_snapshots',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    mentionId: text('mention_id').notNull().references(() => mentions.id, { onDelete: 'cascade' }),
    at: ts('at').notNull(),
    metrics: jsonb('metrics').$type<Metrics>().notNull(),
    engagement: integer('engagement').notNull(),
  },
  (t) => [index('metric_snapshots_mention_at_idx').on(t.mentionId, t.at)],
);
