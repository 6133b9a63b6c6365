/** Reject: a modal asks for the reason, which is recorded on the case and in the audit log. */
import { ComponentType, TextInputStyle, type APIModalSubmitInteraction } from 'discord.js';
import { rejectCase } from '../../cases/actions.js';
import { modalId } from '../custom-id.js';
import { actionDeps, runOnCard, type CaseTarget, type HandlerDeps } from './context.js';
import { modalValue, refuseBeforeModal } from './edit.js';
import type { InteractionReply } from '../interaction.js';

export const REASON_FIELD = 'reason';

export async function openRejectModal(i: InteractionReply, d: HandlerDeps, t: CaseTarget): Promise<void> {
  if (await refuseBeforeModal(i, d, t.caseId, 'reject')) return;
  await i.showModal({
    custom_id: modalId('reject', t.caseId, t.version),
    title: 'Reject this case',
    components: [
      {
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: REASON_FIELD, label: 'Why? (kept in the escalation log)', style: TextInputStyle.Paragraph, required: true, max_length: 500 }],
      },
    ],
  });
}

export async function submitReject(i: InteractionReply, d: HandlerDeps, t: CaseTarget, raw: APIModalSubmitInteraction): Promise<void> {
  await runOnCard(i, d, t, async (actor) => {
    await rejectCase(actionDeps(d), actor, t.caseId, t.version, modalValue(raw, REASON_FIELD));
    return null;
  });
}
