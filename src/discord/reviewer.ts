/** Discord review mode: cards in the review channel, the ranked queue in the queue channel. */
import { Routes, type REST } from 'discord.js';
import type { CaseView } from '../db/repos/case-views.js';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { BrandConfig } from '../config.js';
import type { Reviewer } from '../review/reviewer.js';
import { getCursor, setCursor } from '../db/repos/cursors.js';
import { CardService, caseWebUrl } from './card-sync.js';
import { buildQueueEmbed } from './cards/lists.js';
import { NO_PINGS } from './cards/review-card.js';

const QUEUE_MESSAGE_KEY = 'discord:queue-message';

export interface DiscordReviewerDeps {
  rest: REST;
  db: Db;
  logger: Logger;
  brand: BrandConfig;
  publicBaseUrl: string;
}

export class DiscordReviewer implements Reviewer {
  readonly kind = 'discord' as const;
  readonly cards: CardService;
  private lastQueue = '';

  constructor(readonly deps: DiscordReviewerDeps) {
    this.cards = new CardService({ rest: deps.rest, db: deps.db, logger: deps.logger, ids: deps.brand.discord, publicBaseUrl: deps.publicBaseUrl });
  }

  async caseUpdated(view: CaseView): Promise<void> {
    try {
      await this.cards.sync(view.case.id);
    } catch (e) {
      // The card sync stage retries; the pipeline must not stop because Discord is down.
      this.deps.logger.warn({ err: e, caseId: view.case.id }, 'posting the card failed; card sync will retry');
    }
  }

  /** One message in the queue channel, edited in place when the ranking changes. */
  async cycleDone(queue: CaseView[]): Promise<void> {
    const channel = this.deps.brand.discord.queueChannelId;
    if (!channel) return;
    const embed = buildQueueEmbed(queue, { guildId: this.deps.brand.discord.guildId, webUrl: (id) => caseWebUrl(this.deps.publicBaseUrl, id) });
    const body = { content: '', embeds: [embed], allowed_mentions: NO_PINGS };
    const key = JSON.stringify(embed);
    if (key === this.lastQueue) return;
    try {
      const saved = await getCursor(this.deps.db, QUEUE_MESSAGE_KEY);
      const [savedChannel, savedMessage] = saved?.split('/') ?? [];
      if (savedChannel === channel && savedMessage) {
        await this.deps.rest.patch(Routes.channelMessage(channel, savedMessage), { body });
      } else {
        const msg = (await this.deps.rest.post(Routes.channelMessages(channel), { body })) as { id: string };
        await setCursor(this.deps.db, QUEUE_MESSAGE_KEY, `${channel}/${msg.id}`);
      }
      this.lastQueue = key;
    } catch (e) {
      this.deps.logger.warn({ err: e }, 'queue channel update failed; will retry next cycle');
    }
  }
}
