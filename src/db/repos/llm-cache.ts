import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { llmCache } from '../schema/index.js';

/**
 * The llm_cache table as a key-value store: answers of LLM classifiers keyed by
 * hash(text) + model + prompt version. Values are validated by the caller.
 */
export function llmCacheRepo(db: DbOrTx): { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void> } {
  return {
    async get(key) {
      const [row] = await db.select({ value: llmCache.value }).from(llmCache).where(eq(llmCache.key, key));
      return row ? row.value : null;
    },
    async set(key, value) {
      await db.insert(llmCache).values({ key, value }).onConflictDoUpdate({ target: llmCache.key, set: { value } });
    },
  };
}
