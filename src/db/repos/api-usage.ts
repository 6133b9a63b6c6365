/** The spend ledger: estimated API cost per platform, endpoint and UTC day. */
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { apiUsage } from '../schema/index.js';

export interface ApiUsageEntry {
  platform: string;
  /** YYYY-MM-DD, UTC. */
  day: string;
  endpoint: string;
  requests: number;
  items: number;
  usd: number;
}

/** Adds to the day's row for that endpoint (concurrent instances add, never overwrite). */
export async function recordApiUsage(db: DbOrTx, e: ApiUsageEntry): Promise<void> {
  await db
    .insert(apiUsage)
    .values(e)
    .onConflictDoUpdate({
      target: [apiUsage.platform, apiUsage.day, apiUsage.endpoint],
      set: {
        requests: sql`${apiUsage.requests} + ${e.requests}`,
        items: sql`${apiUsage.items} + ${e.items}`,
        usd: sql`${apiUsage.usd} + ${e.usd}`,
      },
    });
}

export async function apiUsageForDay(db: DbOrTx, platform: string, day: string): Promise<ApiUsageEntry[]> {
  return db
    .select()
    .from(apiUsage)
    .where(and(eq(apiUsage.platform, platform), eq(apiUsage.day, day)))
    .orderBy(apiUsage.endpoint);
}
