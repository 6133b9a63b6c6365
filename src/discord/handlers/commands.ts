/** Slash commands: /queue, /case <id>, /escalations, /stats. Answers are ephemeral (internal data). */
import { ApplicationCommandOptionType, type APIChatInputApplicationCommandInteraction, type APIApplicationCommandInteractionDataBasicOption } from 'discord.js';
import { can, explainRefusal } from '../../cases/permissions.js';
import { OPEN_STATES } from '../../cases/states.js';
import { appendAudit, caseTimeline } from '../../db/repos/audit.js';
import { listCaseViews } from '../../db/repos/case-views.js';
import { caseStats } from '../../db/repos/case-locks.js';
import { buildEscalationsEmbed, buildQueueEmbed, buildStatsEmbed, buildTimelineEmbed, type LinkOptions } from '../cards/lists.js';
import { caseWebUrl } from '../card-sync.js';
import type { HandlerDeps } from './context.js';
import type { InteractionReply } from '../interaction.js';

function option(raw: APIChatInputApplicationCommandInteraction, name: string): string | number | boolean | undefined {
  const o = (raw.data.options ?? []).find((x): x is APIApplicationCommandInteractionDataBasicOption => x.name === name && x.type !== ApplicationCommandOptionType.Subcommand && x.type !== ApplicationCommandOptionType.SubcommandGroup);
  return o?.value;
}

const links = (d: HandlerDeps): LinkOptions => ({ guildId: d.brand.discord.guildId, webUrl: (id) => caseWebUrl(d.publicBaseUrl, id) });

export async function runCommand(i: InteractionReply, d: HandlerDeps, raw: APIChatInputApplicationCommandInteraction): Promise<void> {
  await i.deferReply(true);
  const actor = i.actor(d.brand.discord);
  if (!can(actor, 'act')) {
    await appendAudit(d.db, { actor: actor.id, action: 'refused', detail: { attempted: `/${raw.data.name}`, code: 'permission', why: explainRefusal('act') }, at: d.clock.now() });
    await i.editOriginal({ content: `⛔ ${explainRefusal('act')}` });
    return;
  }
  switch (raw.data.name) {
    case 'queue': {
      const views = await listCaseViews(d.db, OPEN_STATES, 50);
      await i.editOriginal({ embeds: [buildQueueEmbed(views, links(d))] });
      return;
    }
    case 'escalations': {
      const views = await listCaseViews(d.db, ['escalated'], 50);
      await i.editOriginal({ embeds: [buildEscalationsEmbed(views, links(d))] });
      return;
    }
    case 'stats': {
      const days = Number(option(raw, 'days') ?? 7);
      const since = new Date(d.clock.now().getTime() - days * 86_400_000);
      await i.editOriginal({ embeds: [buildStatsEmbed(await caseStats(d.db, since), days)] });
      return;
    }
    case 'case': {
      const id = String(option(raw, 'id') ?? '').trim();
      const r = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await d.cards.render(id) : null;
      if (!r) {
        await i.editOriginal({ content: `No case with id \`${id.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64)}\`.` });
        return;
      }
      const web = caseWebUrl(d.publicBaseUrl, id);
      // The card without buttons: acting happens on the one card in the review channel.
      await i.editOriginal({ embeds: [...(r.body.embeds ?? []), buildTimelineEmbed(id, await caseTimeline(d.db, id), web)], components: [] });
      return;
    }
    default:
      await i.editOriginal({ content: `Unknown command /${raw.data.name.replace(/[^a-z0-9_-]/g, '')}.` });
  }
}
