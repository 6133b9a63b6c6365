/** X payloads -> normalized Mentions, plus the self-serve reply-eligibility rule. */
import type { Mention, Metrics } from '../../src/core/mention.js';
import type { XTweet, XUser } from './schema.js';

export function xMetrics(t: XTweet): Metrics | null {
  const m = t.public_metrics;
  if (!m) return null;
  return {
    likes: m.like_count,
    reposts: m.retweet_count,
    replies: m.reply_count,
    quotes: m.quote_count,
    views: m.impression_count,
  };
}

export interface Brand {
  id: string;
  username: string;
}

/**
 * Since February 2026 the self-serve API only accepts replies to posts that @mention
 * or quote the replying account; enterprise access is exempt.
 */
export function replyAllowed(t: XTweet, brand: Brand, quoted: Map<string, XTweet>, enterprise: boolean): boolean {
  if (enterprise) return true;
  const handle = brand.username.toLowerCase();
  const mentions = t.entities?.mentions ?? [];
  if (mentions.some((m) => m.id === brand.id || m.username.toLowerCase() === handle)) return true;
  return (t.referenced_tweets ?? []).some((r) => r.type === 'quoted' && quoted.get(r.id)?.author_id === brand.id);
}

export function toMention(t: XTweet, users: Map<string, XUser>, brand: Brand, quoted: Map<string, XTweet>, enterprise: boolean): Mention {
  const u = t.author_id ? users.get(t.author_id) : undefined;
  const handle = u?.username ?? t.author_id ?? 'unknown';
  const repliedTo = t.referenced_tweets?.find((r) => r.type === 'replied_to');
  const verified = u ? u.verified === true || (u.verified_type !== undefined && u.verified_type !== 'none') : undefined;
  return {
    id: `x:${t.id}`,
    platform: 'x',
    url: `https://x.com/${handle}/status/${t.id}`,
    text: t.note_tweet?.text ?? t.text,
    createdAt: t.created_at ?? null,
    // "und"/"zxx": X could not tell; let triage detect it.
    lang: t.lang && t.lang !== 'und' && t.lang !== 'zxx' ? t.lang : null,
    author: {
      id: t.author_id,
      handle,
      name: u?.name,
      followers: u?.public_metrics?.followers_count,
      verified,
    },
    metrics: xMetrics(t),
    inReplyToId: repliedTo ? `x:${repliedTo.id}` : null,
    conversationId: t.conversation_id ? `x:${t.conversation_id}` : null,
    replyAllowed: replyAllowed(t, brand, quoted, enterprise),
  };
}
