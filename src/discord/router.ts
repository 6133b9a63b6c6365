/**
 * One router for every interaction: the custom id (or command name) is parsed into
 * typed data, then the matching handler runs. Unknown or malformed ids are answered
 * with an ephemeral note so Discord never shows "This interaction failed".
 */
import { ApplicationCommandType, InteractionType, type APIInteraction, type REST } from 'discord.js';
import { parseAckCustomId } from '../alerts/alert-card.js';
import { parseCustomId, type CaseVerb } from './custom-id.js';
import { InteractionReply } from './interaction.js';
import type { CaseTarget, HandlerDeps } from './handlers/context.js';
import { runApprove } from './handlers/approve.js';
import { runClaim } from './handlers/claim.js';
import { runRegenerate } from './handlers/regenerate.js';
import { runOverride } from './handlers/override.js';
import { runRepliedByHand } from './handlers/replied-by-hand.js';
import { runRetry } from './handlers/retry.js';
import { runEscalate } from './handlers/escalate.js';
import { openEditModal, submitEdit } from './handlers/edit.js';
import { openRejectModal, submitReject } from './handlers/reject.js';
import { runCommand } from './handlers/commands.js';
import { runAcknowledge } from './handlers/acknowledge.js';

type ButtonRun = (i: InteractionReply, d: HandlerDeps, t: CaseTarget) => Promise<void>;

const BUTTONS: Record<CaseVerb, ButtonRun> = {
  approve: runApprove,
  edit: openEditModal,
  regen: runRegenerate,
  reject: openRejectModal,
  escalate: runEscalate,
  claim: runClaim,
  override: runOverride,
  byhand: runRepliedByHand,
  retry: runRetry,
};

export class InteractionRouter {
  constructor(
    private readonly rest: REST,
    private readonly deps: HandlerDeps,
  ) {}

  /** Handles one interaction; never throws (errors are logged and told to the member). */
  async handle(raw: APIInteraction): Promise<void> {
    const i = new InteractionReply(raw, this.rest);
    try {
      await this.dispatch(i, raw);
    } catch (e) {
      this.deps.logger.error({ err: e, interaction: raw.id }, 'interaction failed');
      try {
        if (i.wasAnswered) await i.tell('Something went wrong; nothing was changed by this click. Try again.');
        else await i.replyEphemeral('Something went wrong; nothing was changed by this click. Try again.');
      } catch {
        // The token may have expired; the log line above is what remains.
      }
    }
  }

  private async dispatch(i: InteractionReply, raw: APIInteraction): Promise<void> {
    if (raw.type === InteractionType.ApplicationCommand && 'name' in raw.data && raw.data.type === ApplicationCommandType.ChatInput) {
      await runCommand(i, this.deps, raw as Parameters<typeof runCommand>[2]);
      return;
    }
    if (raw.type === InteractionType.MessageComponent) {
      const ack = parseAckCustomId(raw.data.custom_id);
      if (ack) return runAcknowledge(i, this.deps, ack);
      const id = parseCustomId(raw.data.custom_id);
      if (id?.kind === 'case') return BUTTONS[id.verb](i, this.deps, { caseId: id.caseId, version: id.version });
    }
    if (raw.type === InteractionType.ModalSubmit) {
      const id = parseCustomId(raw.data.custom_id);
      if (id?.kind === 'modal') {
        const t = { caseId: id.caseId, version: id.version };
        return id.verb === 'edit' ? submitEdit(i, this.deps, t, raw) : submitReject(i, this.deps, t, raw);
      }
    }
    if (raw.type === InteractionType.Ping) return;
    await i.replyEphemeral('This button is not (or no longer) understood by Glasshouse.');
  }
}
