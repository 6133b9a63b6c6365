/**
 * Bluesky through @atproto/api: notifications (mentions, replies, quotes) and
 * authenticated post search for the brand terms, batched profile lookups for follower
 * counts, replies with correct root/parent refs and facets for mentions and links.
 */
import { AtpAgent, RichText, XRPCError } from '@atproto/api';
import { z } from 'zod';
import type { Config } from '../../src/config.js';
import type { ChannelAdapter, MetricsUpdate, PostedReply } from '../../src/core/channel.js';
import { GlasshouseError, NotFound, Transient } from '../../src/core/errors.js';
import { splitMentionId, type Mention, type Metrics } from '../../src/core/mention.js';
import { blueskyLength } from '../../src/core/reply-length.js';
import { PlatformCaller, ReplyTooLong, chunk, classifyHttp, decodeCursor, readRateLimit, unexpectedShape, type AdapterRuntime } from '../shared/index.js';
import { GetPostThread, GetPosts, GetProfiles, ListNotifications, PostRecord, SearchPosts, type PostView } from './schema.js';

export type BlueskyConfig = NonNullable<Config['bluesky']>;

export interface BlueskyAdapterOptions extends AdapterRuntime {
  config: BlueskyConfig;
  /** Pages per source per poll (default 5). */
  maxPages?: number;
}

const CursorSchema = z.object({ n: z.string().nullish(), s: z.record(z.string(), z.string()).default({}) });
const REASONS = ['mention', 'reply', 'quote'];
const SESSION_ERRORS = new Set(['ExpiredToken', 'InvalidToken', 'AuthenticationRequired', 'AuthMissing']);

export function toBlueskyError(e: unknown, now: Date): GlasshouseError {
  if (e instanceof XRPCError) {
    // Status < 100: no HTTP answer (network) or an unparseable one.
    const code = Number(e.status);
    const status = code >= 100 ? code : 0;
    return classifyHttp({
      platform: 'bluesky',
      status,
      headers: e.headers,
      message: `${e.error}: ${e.message}`,
      rateLimitPrefix: 'ratelimit',
      now,
      cause: e,
    });
  }
  if (e instanceof TypeError) return new Transient('bluesky', `bluesky: ${e.message}`, { cause: e });
  return new GlasshouseError(`bluesky: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
}

/** at://did/app.bsky.feed.post/rkey -> https://bsky.app/profile/handle/post/rkey */
export function postUrl(uri: string, handle: string): string {
  const rkey = uri.split('/').pop() ?? '';
  return `https://bsky.app/profile/${handle}/post/${rkey}`;
}

export function postMetrics(p: PostView): Metrics {
  return { likes: p.likeCount, reposts: p.repostCount, replies: p.replyCount, quotes: p.quoteCount };
}

export function postToMention(p: PostView, followers: Map<string, number>): Mention | null {
  const rec = PostRecord.safeParse(p.record);
  if (!rec.success) return null;
  const r = rec.data;
  const created = Number.isNaN(Date.parse(r.createdAt)) ? p.indexedAt : new Date(r.createdAt).toISOString();
  return {
    id: `bluesky:${p.uri}`,
    platform: 'bluesky',
    url: postUrl(p.uri, p.author.handle),
    text: r.text,
    createdAt: created,
    lang: r.langs?.[0] ?? null,
    author: {
      id: p.author.did,
      handle: p.author.handle,
      name: p.author.displayName || undefined,
      followers: followers.get(p.author.did),
      verified: p.author.verification?.verifiedStatus === 'valid' ? true : undefined,
    },
    metrics: postMetrics(p),
    inReplyToId: r.reply ? `bluesky:${r.reply.parent.uri}` : null,
    conversationId: `bluesky:${r.reply?.root.uri ?? p.uri}`,
    // A threadgate can close replies; the AppView tells the viewer.
    replyAllowed: p.viewer?.replyDisabled !== true,
  };
}

const later = (a: string | null | undefined, b: string | null | undefined) => {
  if (!a) return b ?? null;
  if (!b) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
};

export class BlueskyAdapter implements ChannelAdapter {
  readonly platform = 'bluesky';
  readonly agent: AtpAgent;
  private readonly caller: PlatformCaller;
  private loggingIn: Promise<void> | null = null;

  constructor(private readonly o: BlueskyAdapterOptions) {
    this.agent = new AtpAgent({ service: o.config.service });
    this.caller = new PlatformCaller(
      {
        platform: 'bluesky',
        credential: `${o.config.service} ${o.config.handle}`,
        toError: (e) => toBlueskyError(e, o.clock.now()),
        // Bluesky's PDS: 3000 requests per 5 minutes per IP; stay well inside.
        limits: (ep) => (ep === 'session' ? { maxConcurrent: 1 } : { maxConcurrent: 3, reservoir: 1500, reservoirRefreshAmount: 1500, reservoirRefreshInterval: 5 * 60_000 }),
      },
      o,
    );
  }

  /** Logs in with the app password once; concurrent callers share the attempt. */
  private async session(): Promise<string> {
    if (!this.agent.session) {
      this.loggingIn ??= this.caller
        .call('session', () => this.agent.login({ identifier: this.o.config.handle, password: this.o.config.appPassword }))
        .then(() => undefined)
        .finally(() => {
          this.loggingIn = null;
        });
      await this.loggingIn;
    }
    return this.agent.session!.did;
  }

  /**
   * One XRPC call under the limiter. The agent refreshes an expired access token by
   * itself; when the refresh token is gone too, we log in again once and retry.
   */
  private async xrpc<S extends z.ZodType>(endpoint: string, schema: S, fn: () => Promise<{ data: unknown; headers: Record<string, string | undefined> }>, retries?: number): Promise<z.infer<S>> {
    await this.session();
    const res = await this.caller.call(
      endpoint,
      async () => {
        try {
          return await fn();
        } catch (e) {
          if (!(e instanceof XRPCError) || !(Number(e.status) === 401 || SESSION_ERRORS.has(e.error))) throw e;
          this.o.logger.info({ platform: 'bluesky' }, 'session expired: logging in again');
          await this.agent.login({ identifier: this.o.config.handle, password: this.o.config.appPassword });
          return await fn();
        }
      },
      retries === undefined ? {} : { retries },
    );
    this.caller.note(endpoint, readRateLimit(res.headers, 'ratelimit'));
    const parsed = schema.safeParse(res.data);
    if (!parsed.success) throw unexpectedShape('bluesky', endpoint, parsed.error.message);
    return parsed.data;
  }

  /** For `glasshouse doctor`: proves the app password works. */
  async whoami(): Promise<string> {
    const did = await this.session();
    return `@${this.agent.session?.handle ?? this.o.config.handle} (${did}) on ${this.o.config.service}`;
  }

  private async posts(uris: string[]): Promise<PostView[]> {
    const out: PostView[] = [];
    for (const batch of chunk(uris, 25)) {
      const r = await this.xrpc('getPosts', GetPosts, () => this.agent.app.bsky.feed.getPosts({ uris: batch }));
      out.push(...r.posts);
    }
    return out;
  }

  private async followers(dids: string[]): Promise<Map<string, number>> {
    const map = new Map<string, number>();
    for (const batch of chunk([...new Set(dids)], 25)) {
      const r = await this.xrpc('getProfiles', GetProfiles, () => this.agent.app.bsky.actor.getProfiles({ actors: batch }));
      for (const p of r.profiles) if (p.followersCount !== undefined) map.set(p.did, p.followersCount);
    }
    return map;
  }

  async fetchMentions(cursor: string | null): Promise<{ mentions: Mention[]; cursor: string | null }> {
    const me = await this.session();
    const saved = decodeCursor(CursorSchema, cursor) ?? { n: null, s: {} };
    const maxPages = this.o.maxPages ?? 5;
    const since = (iso: string | null | undefined, at: string) => !iso || Date.parse(at) > Date.parse(iso);

    // Notifications come newest first; walk back until what the last poll saw.
    const uris: string[] = [];
    let newestNote = saved.n ?? null;
    let page: string | undefined;
    for (let p = 0; p < maxPages; p++) {
      const r = await this.xrpc('notifications', ListNotifications, () =>
        this.agent.app.bsky.notification.listNotifications({ limit: 50, cursor: page, reasons: REASONS }),
      );
      let reachedOld = false;
      for (const n of r.notifications) {
        if (!since(saved.n, n.indexedAt)) {
          reachedOld = true;
          continue;
        }
        newestNote = later(newestNote, n.indexedAt);
        if (REASONS.includes(n.reason) && n.author.did !== me) uris.push(n.uri);
      }
      page = r.cursor;
      if (reachedOld || !page || r.notifications.length === 0) break;
    }

    const found: PostView[] = uris.length ? await this.posts([...new Set(uris)]) : [];
    const terms: Record<string, string> = {};
    for (const term of this.o.config.searchTerms) {
      const from = saved.s[term] ?? null;
      let newest = from;
      let sc: string | undefined;
      for (let p = 0; p < maxPages; p++) {
        const r = await this.xrpc('searchPosts', SearchPosts, () =>
          this.agent.app.bsky.feed.searchPosts({ q: term, sort: 'latest', limit: 50, cursor: sc, ...(from ? { since: from } : {}) }),
        );
        let reachedOld = false;
        for (const post of r.posts) {
          if (!since(from, post.indexedAt)) {
            reachedOld = true;
            continue;
          }
          newest = later(newest, post.indexedAt);
          found.push(post);
        }
        sc = r.cursor;
        if (reachedOld || !sc || r.posts.length === 0) break;
      }
      if (newest) terms[term] = newest;
    }

    const fresh = new Map<string, PostView>();
    // The brand's own posts (the bot's replies included) are never mentions.
    for (const p of found) if (p.author.did !== me && !fresh.has(p.uri)) fresh.set(p.uri, p);
    const followers = fresh.size ? await this.followers([...fresh.values()].map((p) => p.author.did)) : new Map<string, number>();
    const mentions = [...fresh.values()]
      .map((p) => postToMention(p, followers))
      .filter((m): m is Mention => m !== null)
      .sort((a, b) => Date.parse(a.createdAt ?? '') - Date.parse(b.createdAt ?? ''));
    return { mentions, cursor: JSON.stringify({ n: newestNote, s: terms }) };
  }

  async refreshMetrics(ids: string[]): Promise<MetricsUpdate[]> {
    const uris = ids.map((id) => splitMentionId(id).externalId).filter((u) => u.startsWith('at://'));
    const at = () => this.o.clock.now();
    return (await this.posts(uris)).map((p) => ({ id: `bluesky:${p.uri}`, metrics: postMetrics(p), at: at() }));
  }

  replyLength(text: string): { length: number; max: number } {
    return blueskyLength(text);
  }

  async postReply(to: Mention, text: string, idempotencyKey: string): Promise<PostedReply> {
    const len = blueskyLength(text);
    if (len.length > len.max) throw new ReplyTooLong('bluesky', len.length, len.max);
    const uri = splitMentionId(to.id).externalId;
    // Fresh refs from the AppView: the parent's current cid, and the thread root it points at.
    const [parent] = await this.posts([uri]);
    if (!parent) throw new NotFound('bluesky', `bluesky: ${uri} no longer exists`);
    const rec = PostRecord.safeParse(parent.record);
    if (!rec.success) throw unexpectedShape('bluesky', 'post record', rec.error.message);
    const parentRef = { uri: parent.uri, cid: parent.cid };
    const root = rec.data.reply?.root ?? parentRef;

    const rt = new RichText({ text });
    await rt.detectFacets(this.agent);
    // A mention whose handle did not resolve would be an invalid facet: drop it.
    const facets = rt.facets?.filter((f) => f.features.every((ft) => !('did' in ft) || (typeof ft.did === 'string' && ft.did !== '')));
    const langs = to.lang ? [to.lang] : rec.data.langs;
    // No automatic retry: the outbox checks findExistingReply before trying again.
    const created = await this.xrpc(
      'post',
      z.object({ uri: z.string(), cid: z.string() }),
      async () => {
        const r = await this.agent.post({
          text: rt.text,
          ...(facets?.length ? { facets } : {}),
          reply: { root, parent: parentRef },
          ...(langs?.length ? { langs } : {}),
          createdAt: this.o.clock.now().toISOString(),
        });
        return { data: r, headers: {} };
      },
      0,
    );
    this.o.logger.info({ platform: 'bluesky', to: to.id, reply: created.uri, key: idempotencyKey }, 'reply posted');
    return { id: `bluesky:${created.uri}`, url: postUrl(created.uri, this.agent.session?.handle ?? this.o.config.handle) };
  }

  async findExistingReply(to: Mention, _idempotencyKey: string): Promise<PostedReply | null> {
    const me = await this.session();
    const uri = splitMentionId(to.id).externalId;
    let thread: z.infer<typeof GetPostThread>;
    try {
      thread = await this.xrpc('getPostThread', GetPostThread, () => this.agent.app.bsky.feed.getPostThread({ uri, depth: 1, parentHeight: 0 }));
    } catch (e) {
      // NotFound arrives as 400 NotFound from the AppView.
      if (e instanceof NotFound || (e instanceof GlasshouseError && /NotFound/.test(e.message))) return null;
      throw e;
    }
    for (const r of thread.thread.replies ?? []) {
      const p = r.post;
      if (!p || p.author.did !== me) continue;
      const rec = PostRecord.safeParse(p.record);
      if (rec.success && rec.data.reply?.parent.uri === uri) return { id: `bluesky:${p.uri}`, url: postUrl(p.uri, p.author.handle) };
    }
    return null;
  }

  nextPollDelayMs(): number {
    return this.caller.nextDelayMs(this.o.pollIntervalMs ?? 60_000, ['notifications', 'searchPosts']);
  }

  async close(): Promise<void> {
    await this.o.release?.();
  }
}
