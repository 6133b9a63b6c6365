import type { Mention, Metrics } from './mention.js';

export interface MetricsUpdate {
  id: string;
  metrics: Metrics;
  at: Date;
}

export interface PostedReply {
  id: string;
  url: string;
}

/**
 * The contract every channel adapter implements (DESIGN.md "ChannelAdapter").
 * Adapters own platform quirks and throw the typed errors from ./errors.ts.
 */
export interface ChannelAdapter {
  readonly platform: string;
  fetchMentions(cursor: string | null): Promise<{ mentions: Mention[]; cursor: string | null }>;
  refreshMetrics(ids: string[]): Promise<MetricsUpdate[]>;
  postReply(to: Mention, text: string, idempotencyKey: string): Promise<PostedReply>;
  replyLength(text: string): { length: number; max: number };
  /**
   * Has the brand account already replied to this post? Used by the outbox before it
   * retries an attempt whose outcome is unknown (crash or timeout mid-post).
   */
  findExistingReply(to: Mention, idempotencyKey: string): Promise<PostedReply | null>;
  /**
   * How long to wait before the next poll: stretched to fit the remaining rate-limit
   * (and, for X, the daily budget); past a 429, the time until its reset.
   */
  nextPollDelayMs?(): number;
  /** Release connections and timers. */
  close?(): Promise<void>;
}
