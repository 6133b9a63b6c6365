import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { drafts } from '../schema/index.js';

export type DraftRow = typeof drafts.$inferSelect;
export type NewDraft = typeof drafts.$inferInsert;

export async function insertDraft(db: DbOrTx, d: NewDraft): Promise<DraftRow> {
  const [row] = await db.insert(drafts).values(d).returning();
  return row!;
}

/** The newest draft is the current one. */
export async function currentDraft(db: DbOrTx, caseId: string): Promise<DraftRow | undefined> {
  const [row] = await db.select().from(drafts).where(eq(drafts.caseId, caseId)).orderBy(desc(drafts.id)).limit(1);
  return row;
}

export async function draftHistory(db: DbOrTx, caseId: string): Promise<DraftRow[]> {
  return db.select().from(drafts).where(eq(drafts.caseId, caseId)).orderBy(desc(drafts.id));
}

export async function markLintOverridden(db: DbOrTx, draftId: number, by: string): Promise<void> {
  await db.update(drafts).set({ lintOverriddenBy: by }).where(eq(drafts.id, draftId));
}
