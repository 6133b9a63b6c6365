import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { adapterCursors } from '../schema/index.js';

export async function getCursor(db: DbOrTx, key: string): Promise<string | null> {
  const [row] = await db.select().from(adapterCursors).where(eq(adapterCursors.key, key));
  return row?.cursor ?? null;
}

export async function setCursor(db: DbOrTx, key: string, cursor: string | null): Promise<void> {
  await db
    .insert(adapterCursors)
    .values({ key, cursor })
    .onConflictDoUpdate({ target: adapterCursors.key, set: { cursor, updatedAt: sql`now()` } });
}
