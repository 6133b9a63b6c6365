/** Triage: score new cases, store the result, set band, due time and approvals needed. */
import { and, count, eq } from 'drizzle-orm';
import { claimCases, transitionCase, type CaseRow } from '../db/repos/cases.js';
import { getMentions, rowToMention } from '../db/repos/mentions.js';
import { listSnapshots } from '../db/repos/snapshots.js';
import { insertTriageResult } from '../db/repos/triage.js';
import { mentions as mentionsTable } from '../db/schema/index.js';
import { bandRank, type TriageResult } from '../core/triage.js';
import type { CaseState } from '../cases/states.js';
import type { DbOrTx } from '../db/client.js';
import type { BrandConfig } from '../config.js';
import type { PipelineContext } from './context.js';

/** What happens to a case once it is scored: the policy, in one pure function. */
export function nextAfterTriage(r: TriageResult, brand: BrandConfig): CaseState {
  if (r.escalate) return 'triaged';
  if (r.kind === 'praise' && brand.policies.praise === 'log') return 'ignored';
  if (r.kind === 'other' && r.band === 'low') return 'ignored';
  return 'triaged';
}

export function dueAt(r: TriageResult, postedAt: Date, brand: BrandConfig): Date {
  return new Date(postedAt.getTime() + brand.policies.responseMinutes[r.band] * 60_000);
}

async function threadSize(db: DbOrTx, platform: string, conversationId: string | null): Promise<number> {
  if (!conversationId) return 1;
  const [row] = await db
    .select({ n: count() })
    .from(mentionsTable)
    .where(and(eq(mentionsTable.platform, platform), eq(mentionsTable.conversationId, conversationId)));
  return Number(row?.n ?? 1);
}

export async function triageNewCases(ctx: PipelineContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const claimed: CaseRow[] = await claimCases(tx, 'new', ctx.batchSize);
    if (claimed.length === 0) return 0;
    const rows = await getMentions(tx, claimed.map((c) => c.mentionId));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const snaps = await listSnapshots(tx, claimed.map((c) => c.mentionId));
    const now = ctx.clock.now();
    for (const c of claimed) {
      const row = byId.get(c.mentionId)!;
      const result = ctx.engine.triage(rowToMention(row), {
        now,
        exposure: { snapshots: snaps.get(c.mentionId) ?? [], threadSize: await threadSize(tx, row.platform, row.conversationId) },
        incident: c.incidentId !== null,
      });
      await insertTriageResult(tx, c.mentionId, result);
      const fourEyes = bandRank(result.band) >= bandRank(ctx.brand.policies.fourEyesBand);
      const patch = {
        kind: result.kind,
        risk: result.risk,
        band: result.band,
        categories: result.categories,
        escalate: result.escalate,
        approvalsNeeded: fourEyes ? 2 : 1,
        dueAt: dueAt(result, row.postedAt ?? row.ingestedAt, ctx.brand),
      };
      const detail = { risk: result.risk, band: result.band, kind: result.kind, categories: result.categories };
      const next = nextAfterTriage(result, ctx.brand);
      await transitionCase(tx, { caseId: c.id, from: 'new', to: 'triaged', actor: 'system', action: 'triaged', detail, patch, at: now });
      if (next === 'ignored') {
        await transitionCase(tx, { caseId: c.id, from: 'triaged', to: 'ignored', actor: 'system', action: 'ignored', detail: { why: `${result.kind}, ${result.band} risk` }, at: now });
      }
    }
    return claimed.length;
  });
}
