/** Escalate: the case goes to brand managers (escalation log) and their role is pinged. */
import { Routes } from 'discord.js';
import { escalateCase } from '../../cases/actions.js';
import type { CaseRow } from '../../db/repos/cases.js';
import { caseWebUrl } from '../card-sync.js';
import { actionDeps, runOnCard, type CaseTarget, type HandlerDeps } from './context.js';
import type { InteractionReply } from '../interaction.js';

export async function runEscalate(i: InteractionReply, d: HandlerDeps, t: CaseTarget): Promise<void> {
  await runOnCard(i, d, t, async (actor) => {
    const r = await escalateCase(actionDeps(d), actor, t.caseId, t.version);
    await pingManagers(d, r.case, actor.id);
    return null;
  });
}

/** The escalation is committed; a failed ping is logged, not reported as a failed click. */
async function pingManagers(d: HandlerDeps, c: CaseRow, actorId: string): Promise<void> {
  try {
    const ids = d.brand.discord;
    const channel = ids.escalationsChannelId ?? ids.reviewChannelId;
    if (channel) {
      const ping = ids.managerRoleId ? `<@&${ids.managerRoleId}> ` : '';
      const cardLink = c.discordChannelId && c.discordMessageId && ids.guildId
        ? ` · card: https://discord.com/channels/${ids.guildId}/${c.discordChannelId}/${c.discordMessageId}` : '';
      // Only ids and our own words here, no public text; the one allowed ping is the manager role.
      await d.rest.post(Routes.channelMessages(channel), {
        body: {
          content: `${ping}Case \`${c.id}\` (risk ${c.risk ?? '?'}, ${c.band ?? '?'}) escalated by <@${actorId}>${cardLink} · escalation log: ${caseWebUrl(d.publicBaseUrl, c.id)}`,
          allowed_mentions: { parse: [], roles: ids.managerRoleId ? [ids.managerRoleId] : [] },
        },
      });
    }
  } catch (e) {
    d.logger.warn({ err: e, caseId: c.id }, 'escalation ping failed');
  }
}
