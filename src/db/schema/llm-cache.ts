import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

/** Cached LLM answers keyed by hash(text) + model + prompt version. */
export const llmCache = pgTable('llm_cache', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
  createdAt: createdAt(),
});
