/** Triage: score new cases, store the result, set band, due time and approvals needed. */
import { claimCasesById, oldestCasesWithMention, transitionCase, type CaseRow } from '../db/repos/cases.js';
import { conversationSize, rowToMention, type MentionRow } from '../db/repos/mentions.js';
import { listSnapshots } from '../db/repos/snapshots.js';
import { insertTriageResult } from '../db/repos/triage.js';
import { triageWithLlm } from '../triage/llm.js';
import { bandRank, type TriageResult } from '../core/triage.js';
import type { CaseState } from '../cases/states.js';
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

/** Scores one case: offline, or refined by the LLM classifier when one is configured. */
async function score(ctx: PipelineContext, c: CaseRow, row: MentionRow, snaps: Array<{ at: Date; engagement: number }>, now: Date): Promise<TriageResult> {
  const tctx = { now, exposure: { snapshots: snaps, threadSize: await conversationSize(ctx.db, row.platform, row.conversationId) }, incident: c.incidentId !== null };
  const mention = rowToMention(row);
  return ctx.classifier ? triageWithLlm(ctx.engine, ctx.classifier, mention, tctx) : ctx.engine.triage(mention, tctx);
}

/**
 * Scores the oldest new cases, then claims and writes them in one transaction. Scoring
 * (which may wait for an LLM) happens outside the transaction so no lock is held while
 * waiting; a case another instance claimed meanwhile is skipped, its result dropped.
 */
export async function triageNewCases(ctx: PipelineContext): Promise<number> {
  const pending = await oldestCasesWithMention(ctx.db, 'new', ctx.batchSize);
  if (pending.length === 0) return 0;
  const byId = new Map(pending.map((p) => [p.mention.id, p.mention]));
  const snaps = await listSnapshots(ctx.db, [...byId.keys()]);
  const now = ctx.clock.now();
  const results = new Map<string, TriageResult>();
  for (const { case: c, mention } of pending) results.set(c.id, await score(ctx, c, mention, snaps.get(mention.id) ?? [], now));

  return ctx.db.transaction(async (tx) => {
    const claimed = await claimCasesById(tx, 'new', [...results.keys()]);
    for (const c of claimed) {
      const result = results.get(c.id)!;
      const row = byId.get(c.mentionId)!;
      await insertTriageResult(tx, c.mentionId, result, result.reasons.some((r) => r.factor === 'llm') ? `llm:${ctx.classifier?.model ?? '?'}` : 'offline');
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
      await transitionCase(tx, { caseId: c.id, from: 'new', to: 'triaged', actor: 'system', action: 'triaged', detail, patch, at: now });
      if (nextAfterTriage(result, ctx.brand) === 'ignored') {
        await transitionCase(tx, { caseId: c.id, from: 'triaged', to: 'ignored', actor: 'system', action: 'ignored', detail: { why: `${result.kind}, ${result.band} risk` }, at: now });
      }
    }
    return claimed.length;
  });
}
