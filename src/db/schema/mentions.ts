import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Author, Metrics } from '../../core/mention.js';
import { createdAt, ts } from './columns.js';

/** Every public post we heard, stored as-is (rendered escaped, never trusted). */
export const mentions = pgTable(
  'mentions',
  {
    id: text('id').primaryKey(), // "<platform>:<external id>"
    platform: text('platform').notNull(),
    /** The adapter that heard it ("replay", "x", ...): replies go back through it. */
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    url: text('url'),
    text: text('text').notNull(),
    lang: text('lang'),
    postedAt: ts('posted_at'),
    author: jsonb('author').$type<Author>().notNull(),
    authorHandle: text('author_handle').notNull(),
    metrics: jsonb('metrics').$type<Metrics>(),
    engagement: integer('engagement').notNull().default(0),
    inReplyToId: text('in_reply_to_id'),
    conversationId: text('conversation_id'),
    replyAllowed: boolean('reply_allowed').notNull().default(true),
    /** Platform-specific extras an adapter needs later (e.g. Bluesky uri/cid/root). */
    extra: jsonb('extra').$type<Record<string, unknown>>(),
    ingestedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('mentions_platform_external_uq').on(t.platform, t.externalId),
    index('mentions_posted_at_idx').on(t.postedAt),
  ],
);
