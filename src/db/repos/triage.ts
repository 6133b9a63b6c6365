import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { triageResults } from '../schema/index.js';
import type { TriageResult } from '../../core/triage.js';

export async function insertTriageResult(db: DbOrTx, mentionId: string, r: TriageResult, engine = 'offline'): Promise<void> {
  await db.insert(triageResults).values({
    mentionId,
    kind: r.kind,
    sentiment: r.sentiment,
    risk: r.risk,
    band: r.band,
    escalate: r.escalate,
    engine,
    result: r,
  });
}

/** The newest triage result of a mention (what Regenerate drafts from and the lint checks against). */
export async function latestTriageResult(db: DbOrTx, mentionId: string): Promise<TriageResult | null> {
  const [t] = await db.select().from(triageResults).where(eq(triageResults.mentionId, mentionId)).orderBy(desc(triageResults.id)).limit(1);
  return t?.result ?? null;
}
