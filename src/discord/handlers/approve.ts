/** Approve: one click of the four (or two) eyes; the last one queues the reply for posting. */
import { approveCase } from '../../cases/actions.js';
import { actionDeps, runOnCard, type CaseTarget, type HandlerDeps } from './context.js';
import type { InteractionReply } from '../interaction.js';

export async function runApprove(i: InteractionReply, d: HandlerDeps, t: CaseTarget): Promise<void> {
  await runOnCard(i, d, t, async (actor) => {
    const r = await approveCase(actionDeps(d), actor, t.caseId, t.version);
    if (!r.complete) return `First approval recorded (${r.case.approvals.length}/${r.case.approvalsNeeded}). Another member must give the second approval.`;
    return r.case.manualOnly ? 'Approved. This platform takes no API reply: copy the text from the card, reply by hand, then press "Mark replied by hand".' : null;
  });
}
