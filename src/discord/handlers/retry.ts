/** Retry: a failed post goes back to the outbox (checked against the platform first). */
import { retryPosting } from '../../cases/actions.js';
import { actionDeps, runOnCard, type CaseTarget, type HandlerDeps } from './context.js';
import type { InteractionReply } from '../interaction.js';

export async function runRetry(i: InteractionReply, d: HandlerDeps, t: CaseTarget): Promise<void> {
  await runOnCard(i, d, t, async (actor) => {
    await retryPosting(actionDeps(d), actor, t.caseId, t.version);
    return 'Queued for posting again.';
  });
}
