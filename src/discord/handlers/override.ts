/** Override lint: brand managers accept a draft despite blocking findings (audited). */
import { overrideLint } from '../../cases/actions.js';
import { actionDeps, runOnCard, type CaseTarget, type HandlerDeps } from './context.js';
import type { InteractionReply } from '../interaction.js';

export async function runOverride(i: InteractionReply, d: HandlerDeps, t: CaseTarget): Promise<void> {
  await runOnCard(i, d, t, async (actor) => {
    await overrideLint(actionDeps(d), actor, t.caseId, t.version);
    return 'Lint override recorded in the audit log. The draft can now be approved.';
  });
}
