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
