/**
 * Cards stay true: one card per case in the review channel, posted when the case enters
 * review and edited in place whenever its version moves (here, on another instance, or
 * from the web page). The card records the version it shows; the sync stage catches up.
 */
import { DiscordAPIError, RESTJSONErrorCodes, Routes, type REST, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { BrandConfig } from '../config.js';
import { getCaseView, type CaseView } from '../db/repos/case-views.js';
import { caseTimeline } from '../db/repos/audit.js';
import { outboxForCase } from '../db/repos/outbox.js';
import { casesNeedingCardSync, clearCardMessage, markCardVersion, setCardMessage } from '../db/repos/case-locks.js';
import { REVIEW_QUEUE_STATES } from '../cases/states.js';
import { buildReviewCard, NO_PINGS, type CardContext } from './cards/review-card.js';
import type { InteractionReply } from './interaction.js';

const UNKNOWN_MESSAGE = RESTJSONErrorCodes.UnknownMessage;

/** States that get a card when they have none yet. */
export const CARD_STATES = REVIEW_QUEUE_STATES;

export interface CardServiceDeps {
  rest: REST;
  db: Db;
  logger: Logger;
  ids: BrandConfig['discord'];
  publicBaseUrl: string;
}

export const caseWebUrl = (base: string, caseId: string) => `${base.replace(/\/+$/, '')}/cases/${encodeURIComponent(caseId)}`;

export class CardService {
  /** Card writes per case, in order: an older render must not land after a newer one. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly d: CardServiceDeps) {}

  private serial<T>(caseId: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(caseId) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => undefined);
    this.queues.set(caseId, tail);
    void tail.then(() => {
      if (this.queues.get(caseId) === tail) this.queues.delete(caseId);
    });
    return next;
  }

  async render(caseId: string): Promise<{ view: CaseView; body: RESTPostAPIChannelMessageJSONBody } | null> {
    const view = await getCaseView(this.d.db, caseId);
    if (!view) return null;
    const timeline = await caseTimeline(this.d.db, caseId);
    const last = [...timeline].reverse().find((e) => e.actor !== 'system');
    const ctx: CardContext = {
      lastAction: last ? { actor: last.actor, action: last.action, at: last.at } : null,
      postError: view.case.state === 'failed' ? ((await outboxForCase(this.d.db, caseId))?.lastError ?? null) : null,
      webUrl: caseWebUrl(this.d.publicBaseUrl, caseId),
    };
    return { view, body: buildReviewCard(view, ctx) };
  }

  /** Posts the card if the case has none (and is reviewable), or edits it if it is behind. Returns true if Discord was called. */
  sync(caseId: string): Promise<boolean> {
    return this.serial(caseId, () => this.syncNow(caseId));
  }

  private async syncNow(caseId: string): Promise<boolean> {
    const r = await this.render(caseId);
    if (!r) return false;
    const c = r.view.case;
    if (c.discordMessageId && c.discordChannelId) {
      if (c.discordCardVersion !== null && c.discordCardVersion >= c.version) return false;
      try {
        await this.d.rest.patch(Routes.channelMessage(c.discordChannelId, c.discordMessageId), { body: r.body });
      } catch (e) {
        if (!(e instanceof DiscordAPIError && e.code === UNKNOWN_MESSAGE)) throw e;
        // Someone deleted the card: forget it; an open case gets a new one next time.
        await clearCardMessage(this.d.db, c.id, c.discordMessageId);
        return true;
      }
      await markCardVersion(this.d.db, c.id, c.version);
      return true;
    }
    const channel = this.d.ids.reviewChannelId;
    if (!channel || !CARD_STATES.includes(c.state)) return false;
    const body = { ...r.body };
    const manager = this.d.ids.managerRoleId;
    if (c.state === 'escalated' && manager) {
      // The one ping a card carries: brand managers, for a case triage escalated.
      body.content = `<@&${manager}> escalated by triage`;
      body.allowed_mentions = { parse: [], roles: [manager] };
    }
    const msg = (await this.d.rest.post(Routes.channelMessages(channel), { body })) as { id: string };
    if (!(await setCardMessage(this.d.db, c.id, channel, msg.id, c.version))) {
      // Another instance posted a card first: keep one card per case.
      await this.d.rest.delete(Routes.channelMessage(channel, msg.id));
    }
    return true;
  }

  /** After a button or modal on a card: the clicked message becomes the fresh card. */
  async refreshFromInteraction(i: InteractionReply, caseId: string): Promise<void> {
    const tracked = await this.serial(caseId, async () => {
      const r = await this.render(caseId);
      if (!r) return true;
      await i.editOriginal({ content: '', embeds: r.body.embeds ?? [], components: r.body.components ?? [], allowed_mentions: NO_PINGS });
      const c = r.view.case;
      if (c.discordMessageId && c.discordMessageId === i.messageId) {
        await markCardVersion(this.d.db, c.id, c.version);
        return true;
      }
      return false;
    });
    // Clicked elsewhere (an old duplicate): the case's own card follows too.
    if (!tracked) await this.sync(caseId);
  }

  /** The sync stage: every card that is missing or behind. */
  async syncAll(limit = 50): Promise<number> {
    const ids = await casesNeedingCardSync(this.d.db, CARD_STATES, limit);
    let n = 0;
    for (const id of ids) {
      try {
        if (await this.sync(id)) n++;
      } catch (e) {
        this.d.logger.warn({ err: e, caseId: id }, 'card sync failed; will retry next cycle');
      }
    }
    return n;
  }
}
