import { bigserial, boolean, doublePrecision, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { createdAt } from './columns.js';

export interface StoredLintFinding {
  rule: string;
  severity: 'block' | 'warn';
  start: number;
  end: number;
  message: string;
}

/** Every draft ever proposed for a case, human edits included; the newest is current. */
export const drafts = pgTable(
  'drafts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: text('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    lang: text('lang').notNull(),
    /** "system" for generated drafts, otherwise the Discord user id of the editor. */
    author: text('author').notNull().default('system'),
    promptId: text('prompt_id'),
    promptVersion: text('prompt_version'),
    model: text('model').notNull(),
    template: boolean('template').notNull().default(false),
    privateHandoff: boolean('private_handoff').notNull().default(false),
    confidence: doublePrecision('confidence'),
    notes: text('notes'),
    lint: jsonb('lint').$type<{ ok: boolean; findings: StoredLintFinding[] }>().notNull(),
    lintOverriddenBy: text('lint_overridden_by'),
    tokensIn: integer('tokens_in'),
    tokensOut: integer('tokens_out'),
    costUsd: doublePrecision('cost_usd'),
    createdAt: createdAt(),
  },
  (t) => [index('drafts_case_idx').on(t.caseId, t.id)],
);
