import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { mentions, metricSnapshots } from '../schema/index.js';
import { engagementOf, type Metrics } from '../../core/mention.js';

/** Stores a re-poll and keeps the mention's latest metrics current. */
export async function recordSnapshot(db: DbOrTx, mentionId: string, metrics: Metrics, at: Date): Promise<void> {
  const engagement = engagementOf(metrics);
  await db.insert(metricSnapshots).values({ mentionId, at, metrics, engagement });
  await db.update(mentions).set({ metrics, engagement }).where(eq(mentions.id, mentionId));
}

export async function listSnapshots(db: DbOrTx, mentionIds: string[]): Promise<Map<string, Array<{ at: Date; engagement: number; metrics: Metrics }>>> {
  const out = new Map<string, Array<{ at: Date; engagement: number; metrics: Metrics }>>();
  if (mentionIds.length === 0) return out;
  const rows = await db
    .select()
    .from(metricSnapshots)
    .where(inArray(metricSnapshots.mentionId, mentionIds))
    .orderBy(asc(metricSnapshots.at), asc(metricSnapshots.id));
  for (const r of rows) {
    const list = out.get(r.mentionId) ?? [];
    list.push({ at: r.at, engagement: r.engagement, metrics: r.metrics });
    out.set(r.mentionId, list);
  }
  return out;
}
