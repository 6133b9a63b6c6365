import { z } from 'zod';

/** Engagement counters as the platforms report them. Any may be missing. */
export const MetricsSchema = z.object({
  likes: z.number().int().nonnegative().optional(),
  reposts: z.number().int().nonnegative().optional(),
  replies: z.number().int().nonnegative().optional(),
  quotes: z.number().int().nonnegative().optional(),
  views: z.number().int().nonnegative().optional(),
});
export type Metrics = z.infer<typeof MetricsSchema>;

export const AuthorSchema = z.object({
  id: z.string().optional(),
  handle: z.string().min(1),
  name: z.string().optional(),
  followers: z.number().int().nonnegative().optional(),
  verified: z.boolean().optional(),
});
export type Author = z.infer<typeof AuthorSchema>;

/**
 * The normalized mention (DESIGN.md "Mention"). Also the JSONL line format of
 * `glasshouse triage` and of the replay adapter. Unknown fields are ignored
 * (labeled data carries a `gold` object, the demo feed a `replay` block).
 */
export const MentionSchema = z.object({
  id: z.string().min(1),
  platform: z.string().min(1),
  url: z.string().nullish(),
  text: z.string(),
  createdAt: z.iso.datetime({ offset: true }).nullish(),
  lang: z.string().nullish(),
  author: AuthorSchema,
  metrics: MetricsSchema.nullish(),
  inReplyToId: z.string().nullish(),
  conversationId: z.string().nullish(),
  /** False when the platform will not accept an API reply to this post (X self-serve rules). */
  replyAllowed: z.boolean().nullish(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** Sum of the counters that spread a post (views excluded: they are a consequence, not an action). */
export function engagementOf(m: Metrics | null | undefined): number {
  if (!m) return 0;
  return (m.likes ?? 0) + (m.reposts ?? 0) + (m.quotes ?? 0) + (m.replies ?? 0);
}

/** "x:123" -> { platform: "x", externalId: "123" } */
export function splitMentionId(id: string): { platform: string; externalId: string } {
  const i = id.indexOf(':');
  if (i <= 0) return { platform: '', externalId: id };
  return { platform: id.slice(0, i), externalId: id.slice(i + 1) };
}
