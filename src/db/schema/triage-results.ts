import { bigserial, boolean, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { TriageResult } from '../../core/triage.js';
import { mentions } from './mentions.js';
import { createdAt } from './columns.js';

/** Each scoring of a mention (re-scored as metrics and waiting time change). */
export const triageResults = pgTable(
  'triage_results',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    mentionId: text('mention_id').notNull().references(() => mentions.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    sentiment: text('sentiment').notNull(),
    risk: integer('risk').notNull(),
    band: text('band').notNull(),
    escalate: boolean('escalate').notNull(),
    /** "offline" or "llm:<model>:<prompt version>" */
    engine: text('engine').notNull().default('offline'),
    result: jsonb('result').$type<TriageResult>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('triage_results_mention_idx').on(t.mentionId, t.createdAt)],
);
