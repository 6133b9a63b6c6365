/** Review: drafted cases enter the queue (or go straight to brand managers when escalated). */
import { claimCases, transitionCase } from '../db/repos/cases.js';
import { getCaseView } from '../db/repos/case-views.js';
import type { PipelineContext } from './context.js';

export async function sendDraftedToReview(ctx: PipelineContext): Promise<number> {
  const moved = await ctx.db.transaction(async (tx) => {
    const claimed = await claimCases(tx, 'drafted', ctx.batchSize);
    const now = ctx.clock.now();
    for (const c of claimed) {
      if (c.escalate) {
        await transitionCase(tx, { caseId: c.id, from: 'drafted', to: 'escalated', actor: 'system', action: 'escalated', detail: { why: 'triage: severe category, critical band or incident' }, at: now });
      } else {
        await transitionCase(tx, { caseId: c.id, from: 'drafted', to: 'in_review', actor: 'system', action: 'queued_for_review', at: now });
      }
    }
    return claimed.map((c) => c.id);
  });
  for (const id of moved) {
    const view = await getCaseView(ctx.db, id);
    if (view) await ctx.reviewer.caseUpdated(view);
  }
  return moved.length;
}
