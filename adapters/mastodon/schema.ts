/** Zod shapes of the Mastodon REST entities we read (Account, Status, Notification, Instance). */
import { z } from 'zod';

export const MAccount = z.object({
  id: z.string(),
  username: z.string(),
  acct: z.string(),
  display_name: z.string().optional(),
  url: z.string().optional(),
  bot: z.boolean().optional(),
  followers_count: z.number().int().nonnegative().optional(),
});
export type MAccount = z.infer<typeof MAccount>;

export const Visibility = z.enum(['public', 'unlisted', 'private', 'direct']);
export type Visibility = z.infer<typeof Visibility>;

const MStatusBase = z.object({
  id: z.string(),
  uri: z.string(),
  url: z.string().nullish(),
  created_at: z.string(),
  account: MAccount,
  content: z.string(),
  spoiler_text: z.string().optional(),
  visibility: Visibility.or(z.string()),
  language: z.string().nullish(),
  in_reply_to_id: z.string().nullish(),
  in_reply_to_account_id: z.string().nullish(),
  replies_count: z.number().int().nonnegative().optional(),
  reblogs_count: z.number().int().nonnegative().optional(),
  favourites_count: z.number().int().nonnegative().optional(),
  mentions: z.array(z.object({ id: z.string(), username: z.string(), acct: z.string(), url: z.string().optional() })).optional(),
});
export const MStatus = MStatusBase.extend({ reblog: MStatusBase.nullish() });
export type MStatus = z.infer<typeof MStatus>;

export const MNotification = z.object({
  id: z.string(),
  type: z.string(),
  created_at: z.string(),
  account: MAccount,
  status: MStatus.nullish(),
});

export const MNotifications = z.array(MNotification);
export const MStatuses = z.array(MStatus);
export const MContext = z.object({ ancestors: z.array(MStatus), descendants: z.array(MStatus) });

/** /api/v2/instance (Mastodon 4.0+); /api/v1/instance shapes are accepted too. */
export const MInstance = z.object({
  configuration: z
    .object({ statuses: z.object({ max_characters: z.number().int().positive().optional() }).optional() })
    .optional(),
  max_toot_chars: z.number().int().positive().optional(),
});
