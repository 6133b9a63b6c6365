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

// ---------------------------------------------------------------------------------------
// Fast path for bulk input (`glasshouse triage` on large JSONL files): zod's general
// machinery costs more per line than the whole rest of reading. `isMention` answers
// "does MentionSchema accept this value?" by hand. It may only say yes when zod would;
// callers fall back to zod whenever it says no, so zod stays the single source of the
// accepted shape and of every error message (test/triage/mention-fast.test.ts checks the
// two agree).

type Json = Record<string, unknown>;

/** The createdAt pattern, taken from the schema itself so the two cannot drift. */
const DATETIME: RegExp = (() => {
  const inner = (MentionSchema.shape.createdAt.unwrap().unwrap() as unknown as { _zod: { pattern?: RegExp } })._zod.pattern;
  // Never accept on the fast path if zod's internals change: the zod fallback still validates.
  return inner instanceof RegExp ? inner : /(?!)/;
})();

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);
const isOptString = (v: unknown) => v === undefined || typeof v === 'string';
const isNullishString = (v: unknown) => v == null || typeof v === 'string';
const isNonEmptyString = (v: unknown) => typeof v === 'string' && v.length > 0;

function isMetrics(m: unknown): boolean {
  if (m == null) return true;
  if (!isObject(m)) return false;
  return isCount(m.likes) && isCount(m.reposts) && isCount(m.replies) && isCount(m.quotes) && isCount(m.views);
}

function isAuthor(a: unknown): boolean {
  if (!isObject(a)) return false;
  return (
    isNonEmptyString(a.handle) &&
    isOptString(a.id) &&
    isOptString(a.name) &&
    isCount(a.followers) &&
    (a.verified === undefined || typeof a.verified === 'boolean')
  );
}

/** True only if MentionSchema accepts `v` (it then equals MentionSchema's output bar unknown keys). */
export function isMention(v: unknown): v is Mention {
  if (!isObject(v)) return false;
  const c = v.createdAt;
  return (
    isNonEmptyString(v.id) &&
    isNonEmptyString(v.platform) &&
    typeof v.text === 'string' &&
    isNullishString(v.url) &&
    (c == null || (typeof c === 'string' && DATETIME.test(c))) &&
    isNullishString(v.lang) &&
    isAuthor(v.author) &&
    isMetrics(v.metrics) &&
    isNullishString(v.inReplyToId) &&
    isNullishString(v.conversationId) &&
    (v.replyAllowed == null || typeof v.replyAllowed === 'boolean')
  );
}
