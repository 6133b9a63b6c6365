/** Zod shapes of the X API v2 payloads we read (only the fields we use; the rest pass). */
import { z } from 'zod';

export const XPublicMetrics = z.object({
  retweet_count: z.number().int().nonnegative().optional(),
  reply_count: z.number().int().nonnegative().optional(),
  like_count: z.number().int().nonnegative().optional(),
  quote_count: z.number().int().nonnegative().optional(),
  bookmark_count: z.number().int().nonnegative().optional(),
  impression_count: z.number().int().nonnegative().optional(),
});

export const XTweet = z.object({
  id: z.string(),
  text: z.string(),
  author_id: z.string().optional(),
  created_at: z.string().optional(),
  lang: z.string().optional(),
  conversation_id: z.string().optional(),
  in_reply_to_user_id: z.string().optional(),
  public_metrics: XPublicMetrics.optional(),
  referenced_tweets: z.array(z.object({ type: z.enum(['retweeted', 'quoted', 'replied_to']), id: z.string() })).optional(),
  entities: z
    .object({
      mentions: z.array(z.object({ username: z.string(), id: z.string().optional() })).optional(),
    })
    .optional(),
  /** Long posts: the full text lives here when requested. */
  note_tweet: z.object({ text: z.string() }).optional(),
});
export type XTweet = z.infer<typeof XTweet>;

export const XUser = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string().optional(),
  verified: z.boolean().optional(),
  verified_type: z.string().optional(),
  public_metrics: z.object({ followers_count: z.number().int().nonnegative().optional() }).optional(),
});
export type XUser = z.infer<typeof XUser>;

const XApiError = z.object({ title: z.string().optional(), detail: z.string().optional(), resource_id: z.string().optional() });

export const XTweetsPage = z.object({
  data: z.array(XTweet).default([]),
  includes: z.object({ users: z.array(XUser).default([]), tweets: z.array(XTweet).default([]) }).partial().optional(),
  meta: z
    .object({
      result_count: z.number().optional(),
      newest_id: z.string().optional(),
      oldest_id: z.string().optional(),
      next_token: z.string().optional(),
    })
    .optional(),
  /** Partial errors (deleted or protected posts in a lookup). */
  errors: z.array(XApiError).optional(),
});
export type XTweetsPage = z.infer<typeof XTweetsPage>;

export const XUserResponse = z.object({ data: XUser });
export const XCreateTweetResponse = z.object({ data: z.object({ id: z.string(), text: z.string().optional() }) });
