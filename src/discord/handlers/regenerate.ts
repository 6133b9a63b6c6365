/** Regenerate: a new draft from the drafter; the earlier ones stay in the history. */
import { regenerateDraft } from '../../cases/actions.js';
import { actionDeps, runOnCard, type CaseTarget, type HandlerDeps } from './context.js';
import type { InteractionReply } from '../interaction.js';

export async function runRegenerate(i: InteractionReply, d: HandlerDeps, t: CaseTarget): Promise<void> {
  await runOnCard(i, d, t, async (actor) => {
    await regenerateDraft(actionDeps(d), actor, t.caseId, t.version);
    return null;
  });
}
