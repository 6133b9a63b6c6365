/** Mark replied by hand: manual-only (or failed) cases record who replied and when. */
import { markRepliedByHand } from '../../cases/actions.js';
import { actionDeps, runOnCard, type CaseTarget, type HandlerDeps } from './context.js';
import type { InteractionReply } from '../interaction.js';

export async function runRepliedByHand(i: InteractionReply, d: HandlerDeps, t: CaseTarget): Promise<void> {
  await runOnCard(i, d, t, async (actor) => {
    await markRepliedByHand(actionDeps(d), actor, t.caseId, t.version);
    return null;
  });
}
