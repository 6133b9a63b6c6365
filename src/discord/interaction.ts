/**
 * A raw Discord interaction (APIInteraction JSON, as the gateway delivers it) and the
 * few ways we answer it over REST. Discord wants a first answer within 3 seconds:
 * handlers defer first and finish by editing the original response.
 */
import {
  InteractionResponseType,
  MessageFlags,
  Routes,
  type APIInteraction,
  type APIModalInteractionResponseCallbackData,
  type REST,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
  type RESTPostAPIWebhookWithTokenJSONBody,
} from 'discord.js';
import { rolesFromIds, type Actor } from '../cases/permissions.js';
import type { BrandConfig } from '../config.js';
import { NO_PINGS } from './cards/review-card.js';

export class InteractionReply {
  private answered = false;

  constructor(
    readonly raw: APIInteraction,
    private readonly rest: REST,
  ) {}

  get userId(): string {
    return this.raw.member?.user.id ?? this.raw.user?.id ?? 'unknown';
  }

  /** Roles come from the member object Discord sends with the interaction (guild only; DMs get none). */
  actor(ids: BrandConfig['discord']): Actor {
    return { id: this.userId, roles: rolesFromIds(this.raw.member?.roles ?? [], ids) };
  }

  get messageId(): string | null {
    return 'message' in this.raw && this.raw.message ? this.raw.message.id : null;
  }

  private callback(body: unknown): Promise<unknown> {
    this.answered = true;
    return this.rest.post(Routes.interactionCallback(this.raw.id, this.raw.token), { body, auth: false });
  }

  /** Buttons and modals on a card: "working on it", the card is edited when done. */
  deferUpdate(): Promise<unknown> {
    return this.callback({ type: InteractionResponseType.DeferredMessageUpdate });
  }

  /** Slash commands: "thinking…", visible only to the caller when ephemeral. */
  deferReply(ephemeral: boolean): Promise<unknown> {
    return this.callback({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: ephemeral ? { flags: MessageFlags.Ephemeral } : {} });
  }

  showModal(data: APIModalInteractionResponseCallbackData): Promise<unknown> {
    return this.callback({ type: InteractionResponseType.Modal, data });
  }

  /** A first answer that is an ephemeral message (e.g. a refusal before a modal would open). */
  replyEphemeral(content: string): Promise<unknown> {
    return this.callback({ type: InteractionResponseType.ChannelMessageWithSource, data: { content, flags: MessageFlags.Ephemeral, allowed_mentions: NO_PINGS } });
  }

  get wasAnswered(): boolean {
    return this.answered;
  }

  editOriginal(body: RESTPatchAPIWebhookWithTokenMessageJSONBody): Promise<unknown> {
    return this.rest.patch(Routes.webhookMessage(this.raw.application_id, this.raw.token, '@original'), {
      body: { allowed_mentions: NO_PINGS, ...body },
      auth: false,
    });
  }

  followUp(body: RESTPostAPIWebhookWithTokenJSONBody & { flags?: number }): Promise<unknown> {
    return this.rest.post(Routes.webhook(this.raw.application_id, this.raw.token), { body: { allowed_mentions: NO_PINGS, ...body }, auth: false });
  }

  /** An explanation only the clicking member sees. */
  tell(content: string): Promise<unknown> {
    return this.followUp({ content, flags: MessageFlags.Ephemeral });
  }
}
