import { and, asc, count, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from '../client.js';
import { mentions, metricSnapshots } from '../schema/index.js';
import { engagementOf, splitMentionId, type Mention } from '../../core/mention.js';

export type MentionRow = typeof mentions.$inferSelect;

/** Inserts new mentions (dedupe by platform + external id) and their first metric snapshot. Returns the ids inserted. */
export async function insertMentions(db: DbOrTx, source: string, list: Mention[], at: Date): Promise<string[]> {
  if (list.length === 0) return [];
  const rows = list.map((m) => ({
    id: m.id,
    platform: m.platform,
    source,
    externalId: splitMentionId(m.id).externalId,
    url: m.url ?? null,
    text: m.text,
    lang: m.lang ?? null,
    postedAt: m.createdAt ? new Date(m.createdAt) : null,
    author: m.author,
    authorHandle: m.author.handle,
    metrics: m.metrics ?? null,
    engagement: engagementOf(m.metrics),
    inReplyToId: m.inReplyToId ?? null,
    conversationId: m.conversationId ?? null,
    replyAllowed: m.replyAllowed ?? true,
    extra: (m as Mention & { extra?: Record<string, unknown> }).extra ?? null,
  }));
  const inserted = await db.insert(mentions).values(rows).onConflictDoNothing().returning({ id: mentions.id });
  const ids = inserted.map((r) => r.id);
  const byId = new Map(list.map((m) => [m.id, m]));
  const snaps = ids
    .map((id) => byId.get(id)!)
    .filter((m) => m.metrics)
    .map((m) => ({ mentionId: m.id, at: m.createdAt ? new Date(m.createdAt) : at, metrics: m.metrics!, engagement: engagementOf(m.metrics) }));
  if (snaps.length) await db.insert(metricSnapshots).values(snaps);
  return ids;
}

export function rowToMention(r: MentionRow): Mention & { extra?: Record<string, unknown> } {
  return {
    id: r.id,
    platform: r.platform,
    url: r.url,
    text: r.text,
    createdAt: r.postedAt?.toISOString() ?? null,
    lang: r.lang,
    author: r.author,
    metrics: r.metrics,
    inReplyToId: r.inReplyToId,
    conversationId: r.conversationId,
    replyAllowed: r.replyAllowed,
    ...(r.extra ? { extra: r.extra } : {}),
  };
}

export async function getMention(db: DbOrTx, id: string): Promise<MentionRow | undefined> {
  const [row] = await db.select().from(mentions).where(eq(mentions.id, id));
  return row;
}

export async function getMentions(db: DbOrTx, ids: string[]): Promise<MentionRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(mentions).where(inArray(mentions.id, ids));
}

/** How many posts of a conversation we have heard (thread size, an exposure factor). */
export async function conversationSize(db: DbOrTx, platform: string, conversationId: string | null): Promise<number> {
  if (!conversationId) return 1;
  const [row] = await db
    .select({ n: count() })
    .from(mentions)
    .where(and(eq(mentions.platform, platform), eq(mentions.conversationId, conversationId)));
  return Number(row?.n ?? 1);
}

/** The other posts of a mention's conversation, oldest first (context for drafting). */
export async function conversationOf(db: DbOrTx, m: MentionRow, limit = 10): Promise<MentionRow[]> {
  if (!m.conversationId) return [];
  return db
    .select()
    .from(mentions)
    .where(and(eq(mentions.platform, m.platform), eq(mentions.conversationId, m.conversationId), ne(mentions.id, m.id)))
    .orderBy(asc(mentions.postedAt))
    .limit(limit);
}
