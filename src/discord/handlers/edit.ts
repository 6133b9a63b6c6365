/** Edit: a modal prefilled with the current draft; the submitted text is linted again. */
import { ComponentType, TextInputStyle, type APIModalSubmitInteraction } from 'discord.js';
import { ActionRefused, editDraft, MAX_REPLY_CHARS } from '../../cases/actions.js';
import { codeBlock } from '../cards/text.js';
import { can, explainRefusal } from '../../cases/permissions.js';
import { currentDraft } from '../../db/repos/drafts.js';
import { appendAudit } from '../../db/repos/audit.js';
import { modalId } from '../custom-id.js';
import { actionDeps, runOnCard, type CaseTarget, type HandlerDeps } from './context.js';
import type { InteractionReply } from '../interaction.js';

export const EDIT_FIELD = 'text';

/** Refusals before a modal opens are answered at once (a modal must be the first answer). */
export async function refuseBeforeModal(i: InteractionReply, d: HandlerDeps, caseId: string, attempted: string): Promise<boolean> {
  const actor = i.actor(d.brand.discord);
  if (can(actor, 'act')) return false;
  await i.replyEphemeral(`⛔ ${explainRefusal('act')}`);
  await appendAudit(d.db, { caseId, actor: actor.id, action: 'refused', detail: { attempted, code: 'permission', why: explainRefusal('act') }, at: d.clock.now() });
  return true;
}

export async function openEditModal(i: InteractionReply, d: HandlerDeps, t: CaseTarget): Promise<void> {
  if (await refuseBeforeModal(i, d, t.caseId, 'edit')) return;
  const draft = await currentDraft(d.db, t.caseId);
  await i.showModal({
    // The edit modal carries the draft it edits (not the case version): a claim or a first
    // approval meanwhile must not throw the member's typing away.
    custom_id: modalId('edit', t.caseId, draft?.id ?? 0),
    title: 'Edit the reply',
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: EDIT_FIELD,
            label: 'Public reply (linted again on save)',
            style: TextInputStyle.Paragraph,
            required: true,
            max_length: MAX_REPLY_CHARS,
            value: (draft?.text ?? '').slice(0, MAX_REPLY_CHARS),
          },
        ],
      },
    ],
  });
}

/** The value of one text input of a submitted modal. */
export function modalValue(raw: APIModalSubmitInteraction, field: string): string {
  for (const row of raw.data.components) {
    const inner = 'components' in row ? row.components : 'component' in row ? [row.component] : [];
    for (const c of inner) if ('custom_id' in c && c.custom_id === field && 'value' in c && typeof c.value === 'string') return c.value;
  }
  return '';
}

export async function submitEdit(i: InteractionReply, d: HandlerDeps, t: CaseTarget, raw: APIModalSubmitInteraction): Promise<void> {
  const text = modalValue(raw, EDIT_FIELD);
  await runOnCard(i, d, t, async (actor) => {
    let r: Awaited<ReturnType<typeof editDraft>>;
    try {
      r = await editDraft(actionDeps(d), actor, t.caseId, null, text, { basedOnDraftId: t.version });
    } catch (e) {
      // Give the member their text back so a refusal costs no retyping.
      if (e instanceof ActionRefused) throw new ActionRefused(e.code, `${e.message}\nYour text:\n${codeBlock(text, 1500)}`);
      throw e;
    }
    const blocks = r.lint.findings.filter((f) => f.severity === 'block');
    return blocks.length ? `Saved, but the lint blocks approval: ${blocks.map((f) => `${f.rule} (${f.message})`).join('; ')}` : null;
  });
}
