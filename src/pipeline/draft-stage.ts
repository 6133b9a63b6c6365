/**
 * Draft: propose a reply for each triaged case. The LLM call happens outside any
 * transaction; the result is stored only if the case is still `triaged` (another
 * instance may have drafted it meanwhile: its draft wins, ours is dropped).
 */
import { conversationOf, rowToMention } from '../db/repos/mentions.js';
import { insertDraft } from '../db/repos/drafts.js';
import { oldestCasesWithMention, transitionCase } from '../db/repos/cases.js';
import { latestTriageResult } from '../db/repos/triage.js';
import { InvalidTransition } from '../core/errors.js';
import type { Draft } from '../drafting/index.js';
import type { PipelineContext } from './context.js';

export function draftRow(caseId: string, d: Draft, author = 'system') {
  return {
    caseId,
    text: d.text,
    lang: d.lang,
    author,
    promptId: d.promptId,
    promptVersion: d.promptVersion,
    model: d.model,
    template: d.template,
    privateHandoff: d.privateHandoff,
    confidence: d.confidence,
    notes: d.notes,
    lint: d.lint,
    tokensIn: d.tokensIn,
    tokensOut: d.tokensOut,
    costUsd: d.costUsd,
  };
}

export async function draftTriagedCases(ctx: PipelineContext): Promise<number> {
  const pending = await oldestCasesWithMention(ctx.db, 'triaged', ctx.batchSize);
  let done = 0;
  for (const { case: c, mention: m } of pending) {
    const triage = await latestTriageResult(ctx.db, m.id);
    if (!triage) continue;
    const mention = rowToMention(m);
    const thread = (await conversationOf(ctx.db, m)).map(rowToMention);
    const draft = await ctx.drafter.draft({ mention, triage, brand: ctx.brand, thread });
    try {
      await ctx.db.transaction(async (tx) => {
        await transitionCase(tx, {
          caseId: c.id,
          from: 'triaged',
          to: 'drafted',
          actor: 'system',
          action: 'drafted',
          detail: { model: draft.model, template: draft.template, lintOk: draft.lint.ok, findings: draft.lint.findings.map((f) => f.rule) },
          at: ctx.clock.now(),
        });
        await insertDraft(tx, draftRow(c.id, draft));
      });
      done++;
    } catch (e) {
      if (!(e instanceof InvalidTransition)) throw e;
    }
  }
  return done;
}
