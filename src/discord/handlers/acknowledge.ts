/** Acknowledge on an alert card (`gh:ack:<alertId>`): recorded by src/alerts, then the card is redrawn. */
import { acknowledgeAlert } from '../../alerts/acknowledge.js';
import { buildAlertMessage } from '../../alerts/alert-card.js';
import { can, explainRefusal } from '../../cases/permissions.js';
import { appendAudit } from '../../db/repos/audit.js';
import { NotFound } from '../../core/errors.js';
import type { HandlerDeps } from './context.js';
import type { InteractionReply } from '../interaction.js';

export async function runAcknowledge(i: InteractionReply, d: HandlerDeps, alertId: string): Promise<void> {
  await i.deferUpdate();
  const actor = i.actor(d.brand.discord);
  if (!can(actor, 'act')) {
    await appendAudit(d.db, { alertId, actor: actor.id, action: 'refused', detail: { attempted: 'acknowledge', code: 'permission', why: explainRefusal('act') }, at: d.clock.now() });
    await i.tell(`⛔ ${explainRefusal('act')}`);
    return;
  }
  try {
    const r = await acknowledgeAlert(d.db, alertId, actor.id, d.clock.now());
    const msg = buildAlertMessage(r.alert, { roleId: d.brand.discord.managerRoleId ?? null, pageUrl: d.publicBaseUrl });
    await i.editOriginal({ content: msg.content, embeds: msg.embeds, components: msg.components, allowed_mentions: { parse: [] } });
    if (!r.changed) await i.tell(`Already acknowledged by <@${r.alert.acknowledgedBy ?? '?'}>.`);
  } catch (e) {
    if (e instanceof NotFound) {
      await i.tell('⛔ This alert no longer exists.');
      return;
    }
    throw e;
  }
}
