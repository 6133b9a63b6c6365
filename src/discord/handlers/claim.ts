/** Claim: the case is assigned to the clicking member. */
import { claimCase } from '../../cases/actions.js';
import { actionDeps, runOnCard, type CaseTarget, type HandlerDeps } from './context.js';
import type { InteractionReply } from '../interaction.js';

export async function runClaim(i: InteractionReply, d: HandlerDeps, t: CaseTarget): Promise<void> {
  await runOnCard(i, d, t, async (actor) => {
    await claimCase(actionDeps(d), actor, t.caseId, t.version);
    return null;
  });
}
