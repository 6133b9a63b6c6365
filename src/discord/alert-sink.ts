/** Alerts in Discord: src/alerts builds the card; this posts it with the one ping it intends. */
import { Routes, type REST } from 'discord.js';
import { buildAlertMessage, type AlertCardInput } from '../alerts/alert-card.js';
import type { AlertSink, DeliveredAlert } from '../alerts/sink.js';
import type { BrandConfig } from '../config.js';
import type { Reviewer } from '../review/reviewer.js';
import { DiscordReviewer } from './reviewer.js';

export class DiscordAlertSink implements AlertSink {
  readonly name = 'discord';

  constructor(
    private readonly rest: REST,
    private readonly ids: BrandConfig['discord'],
    private readonly publicBaseUrl: string,
  ) {}

  private body(alert: AlertCardInput) {
    const m = buildAlertMessage(alert, { roleId: this.ids.managerRoleId ?? null, pageUrl: this.publicBaseUrl });
    // Only the manager role may ping; public text in the card pings nobody.
    return { content: m.content, embeds: m.embeds, components: m.components, allowed_mentions: { parse: [], roles: m.allowedMentions.roles, users: [] } };
  }

  async deliver(alert: AlertCardInput): Promise<DeliveredAlert> {
    const channel = this.ids.alertsChannelId;
    if (!channel) throw new Error('brand.discord.alertsChannelId is not set: cannot deliver alerts to Discord');
    const msg = (await this.rest.post(Routes.channelMessages(channel), { body: this.body(alert) })) as { id: string };
    return { channel: `discord:${channel}/${msg.id}`, discordChannelId: channel, discordMessageId: msg.id };
  }

  /** Redraws the card after an acknowledgement made elsewhere (e.g. the web page). */
  async acknowledged(alert: AlertCardInput & { discordChannelId?: string | null; discordMessageId?: string | null }): Promise<void> {
    if (!alert.discordChannelId || !alert.discordMessageId) return;
    await this.rest.patch(Routes.channelMessage(alert.discordChannelId, alert.discordMessageId), { body: this.body(alert) });
  }
}

/**
 * The sink to hand to installAlerts: Discord when cases are reviewed in Discord and an
 * alerts channel is configured, undefined (console default) otherwise.
 */
export function discordAlertSinkFor(reviewer: Reviewer): AlertSink | undefined {
  if (!(reviewer instanceof DiscordReviewer) || !reviewer.deps.brand.discord.alertsChannelId) return undefined;
  return new DiscordAlertSink(reviewer.deps.rest, reviewer.deps.brand.discord, reviewer.deps.publicBaseUrl);
}
