/**
 * Mastodon over its REST API with fetch: mention notifications (the reliable source:
 * full-text search only covers opted-in posts) plus hashtag timelines, since_id
 * cursors with Link-header paging, replies threaded by in_reply_to_id.
 */
import { z } from 'zod';
import type { Config } from '../../src/config.js';
import type { ChannelAdapter, MetricsUpdate, PostedReply } from '../../src/core/channel.js';
import { GlasshouseError, NotFound, Transient } from '../../src/core/errors.js';
import { splitMentionId, type Mention, type Metrics } from '../../src/core/mention.js';
import { mastodonLength } from '../../src/core/reply-length.js';
import {
  PlatformCaller,
  ReplyTooLong,
  classifyHttp,
  decodeCursor,
  header,
  htmlToText,
  maxId,
  readRateLimit,
  unexpectedShape,
  type AdapterRuntime,
} from '../shared/index.js';
import { MAccount, MContext, MInstance, MNotifications, MStatus, MStatuses, type Visibility } from './schema.js';

export type MastodonConfig = NonNullable<Config['mastodon']>;

export interface MastodonAdapterOptions extends AdapterRuntime {
  config: MastodonConfig;
  /** Pages per source per poll (default 5). */
  maxPages?: number;
  /** Per-request timeout (default 20 s). */
  timeoutMs?: number;
}

const DEFAULT_MAX_CHARS = 500;
const PAGE = 40;
const VISIBILITY_ORDER: Visibility[] = ['public', 'unlisted', 'private', 'direct'];
const CursorSchema = z.object({ n: z.string().nullish(), t: z.record(z.string(), z.string()).default({}) });

/** rel="next" of a Link header: `<https://…?max_id=1>; rel="next", <…>; rel="prev"`. */
export function nextMaxId(link: string | undefined): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
    if (m?.[1]) return new URL(m[1]).searchParams.get('max_id');
  }
  return null;
}

/** The stricter of two visibilities: never answer a followers-only post in public. */
export function stricter(a: Visibility, b: string): Visibility {
  const ib = VISIBILITY_ORDER.indexOf(b as Visibility);
  return ib > VISIBILITY_ORDER.indexOf(a) ? (b as Visibility) : a;
}

export function statusMetrics(s: MStatus): Metrics {
  return { likes: s.favourites_count, reposts: s.reblogs_count, replies: s.replies_count };
}

export function statusToMention(s: MStatus): Mention {
  const body = htmlToText(s.content);
  return {
    id: `mastodon:${s.id}`,
    platform: 'mastodon',
    url: s.url ?? s.uri,
    // A content warning is part of what the public sees first.
    text: s.spoiler_text ? `${s.spoiler_text}\n\n${body}` : body,
    createdAt: s.created_at,
    lang: s.language ?? null,
    author: {
      id: s.account.id,
      handle: s.account.acct,
      name: s.account.display_name || s.account.username,
      followers: s.account.followers_count,
    },
    metrics: statusMetrics(s),
    inReplyToId: s.in_reply_to_id ? `mastodon:${s.in_reply_to_id}` : null,
    conversationId: null,
    replyAllowed: true,
  };
}

export class MastodonAdapter implements ChannelAdapter {
  readonly platform = 'mastodon';
  private readonly caller: PlatformCaller;
  private readonly base: string;
  private me: MAccount | null = null;
  private maxChars: number | null = null;

  constructor(private readonly o: MastodonAdapterOptions) {
    this.base = o.config.url.replace(/\/+$/, '');
    this.caller = new PlatformCaller(
      {
        platform: 'mastodon',
        credential: `${this.base} ${o.config.accessToken}`,
        toError: (e) => new GlasshouseError(`mastodon: ${e instanceof Error ? e.message : String(e)}`, { cause: e }),
        // Mastodon's default: 300 requests per 5 minutes per account.
        limits: () => ({ maxConcurrent: 2, reservoir: 300, reservoirRefreshAmount: 300, reservoirRefreshInterval: 5 * 60_000 }),
      },
      o,
    );
  }

  private async request<S extends z.ZodType>(
    endpoint: string,
    path: string,
    schema: S,
    init: { method?: string; query?: URLSearchParams; body?: unknown; headers?: Record<string, string>; retries?: number } = {},
  ): Promise<{ data: z.infer<S>; headers: Headers }> {
    const url = `${this.base}${path}${init.query && [...init.query].length ? `?${init.query.toString()}` : ''}`;
    const res = await this.caller.call(
      endpoint,
      async () => {
        let r: Response;
        try {
          r = await fetch(url, {
            method: init.method ?? 'GET',
            headers: {
              authorization: `Bearer ${this.o.config.accessToken}`,
              accept: 'application/json',
              ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
              ...init.headers,
            },
            body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
            signal: AbortSignal.timeout(this.o.timeoutMs ?? 20_000),
          });
        } catch (e) {
          throw new Transient('mastodon', `mastodon: ${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
        }
        if (!r.ok) {
          const text = await r.text().catch(() => '');
          let message = text.slice(0, 200) || r.statusText;
          try {
            message = (JSON.parse(text) as { error?: string }).error ?? message;
          } catch {
            // not JSON: keep the text
          }
          throw classifyHttp({ platform: 'mastodon', status: r.status, headers: r.headers, message: `${path}: ${message}`, rateLimitPrefix: 'x-ratelimit', now: this.o.clock.now() });
        }
        const json: unknown = await r.json();
        return { json, headers: r.headers };
      },
      init.retries === undefined ? {} : { retries: init.retries },
    );
    this.caller.note(endpoint, readRateLimit(res.headers, 'x-ratelimit'));
    const parsed = schema.safeParse(res.json);
    if (!parsed.success) throw unexpectedShape('mastodon', path, parsed.error.message);
    return { data: parsed.data, headers: res.headers };
  }

  private async account(): Promise<MAccount> {
    this.me ??= (await this.request('account', '/api/v1/accounts/verify_credentials', MAccount)).data;
    return this.me;
  }

  /** The instance's real limit, read once; 500 (Mastodon's default) when it does not say. */
  async characterLimit(): Promise<number> {
    if (this.maxChars !== null) return this.maxChars;
    try {
      const { data } = await this.request('instance', '/api/v2/instance', MInstance);
      this.maxChars = data.configuration?.statuses?.max_characters ?? data.max_toot_chars ?? DEFAULT_MAX_CHARS;
    } catch (e) {
      if (!(e instanceof NotFound)) throw e;
      // Servers older than 4.0 only have v1.
      const { data } = await this.request('instance', '/api/v1/instance', MInstance);
      this.maxChars = data.configuration?.statuses?.max_characters ?? data.max_toot_chars ?? DEFAULT_MAX_CHARS;
    }
    return this.maxChars;
  }

  /** For `glasshouse doctor`: proves the token works and shows the instance limit. */
  async whoami(): Promise<string> {
    const me = await this.account();
    return `@${me.acct} on ${this.base} (replies up to ${await this.characterLimit()} characters)`;
  }

  /** Newest-first pages above `sinceId`, following rel="next" (max_id) down to it. */
  private async pages<T extends { id: string }>(
    endpoint: string,
    path: string,
    schema: z.ZodType<T[]>,
    query: URLSearchParams,
    sinceId: string | null,
  ): Promise<{ items: T[]; newest: string | null }> {
    const items: T[] = [];
    let newest: string | null = null;
    let maxIdParam: string | null = null;
    for (let p = 0; p < (this.o.maxPages ?? 5); p++) {
      const q = new URLSearchParams(query);
      q.set('limit', String(PAGE));
      if (sinceId) q.set('since_id', sinceId);
      if (maxIdParam) q.set('max_id', maxIdParam);
      const { data, headers } = await this.request(endpoint, path, schema, { query: q });
      for (const it of data) newest = maxId(newest, it.id);
      items.push(...data);
      maxIdParam = nextMaxId(header(headers, 'link'));
      if (!maxIdParam || data.length === 0) break;
    }
    return { items, newest };
  }

  async fetchMentions(cursor: string | null): Promise<{ mentions: Mention[]; cursor: string | null }> {
    const me = await this.account();
    await this.characterLimit();
    const saved = decodeCursor(CursorSchema, cursor) ?? { n: null, t: {} };
    const statuses: MStatus[] = [];

    const nq = new URLSearchParams();
    nq.append('types[]', 'mention');
    const notes = await this.pages('notifications', '/api/v1/notifications', MNotifications, nq, saved.n ?? null);
    for (const n of notes.items) if (n.type === 'mention' && n.status) statuses.push(n.status);

    const tags: Record<string, string> = {};
    for (const tag of this.o.config.hashtags) {
      const name = tag.replace(/^#/, '');
      const since = saved.t[name] ?? null;
      const r = await this.pages('tag', `/api/v1/timelines/tag/${encodeURIComponent(name)}`, MStatuses, new URLSearchParams(), since);
      statuses.push(...r.items);
      const newest = maxId(since, r.newest);
      if (newest) tags[name] = newest;
    }

    const seen = new Set<string>();
    const out: Mention[] = [];
    statuses.sort((a, b) => (maxId(a.id, b.id) === a.id ? 1 : -1));
    for (const s of statuses) {
      // Boosts are someone else's post passing by; our own posts are not mentions.
      if (s.reblog || s.account.id === me.id || seen.has(s.id)) continue;
      seen.add(s.id);
      out.push(statusToMention(s));
    }
    return { mentions: out, cursor: JSON.stringify({ n: maxId(saved.n, notes.newest), t: tags }) };
  }

  async refreshMetrics(ids: string[]): Promise<MetricsUpdate[]> {
    const out: MetricsUpdate[] = [];
    for (const id of ids) {
      const ext = splitMentionId(id).externalId;
      try {
        const { data } = await this.request('status', `/api/v1/statuses/${encodeURIComponent(ext)}`, MStatus);
        out.push({ id: `mastodon:${data.id}`, metrics: statusMetrics(data), at: this.o.clock.now() });
      } catch (e) {
        // Deleted posts simply stop having metrics.
        if (!(e instanceof NotFound)) throw e;
      }
    }
    return out;
  }

  replyLength(text: string): { length: number; max: number } {
    return mastodonLength(text, this.maxChars ?? DEFAULT_MAX_CHARS);
  }

  async postReply(to: Mention, text: string, idempotencyKey: string): Promise<PostedReply> {
    const max = await this.characterLimit();
    const ext = splitMentionId(to.id).externalId;
    const { data: original } = await this.request('status', `/api/v1/statuses/${encodeURIComponent(ext)}`, MStatus);
    // Mastodon only notifies people who are @mentioned; threading alone is silent.
    const acct = original.account.acct;
    const mentioned = new RegExp(`(^|\\s)@${acct.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\b|$)`, 'i').test(text);
    const withMention = mentioned ? text : `@${acct} ${text}`;
    const status = mastodonLength(withMention, max).length <= max ? withMention : text;
    const len = mastodonLength(status, max);
    if (len.length > max) throw new ReplyTooLong('mastodon', len.length, max);
    const visibility = stricter(this.o.config.visibility, original.visibility);
    // Idempotency-Key makes a retried POST return the first status instead of a second one.
    const { data } = await this.request('post', '/api/v1/statuses', MStatus, {
      method: 'POST',
      body: { status, in_reply_to_id: ext, visibility, ...(original.language ? { language: original.language } : {}) },
      headers: { 'idempotency-key': idempotencyKey },
    });
    this.o.logger.info({ platform: 'mastodon', to: to.id, reply: data.id }, 'reply posted');
    return { id: `mastodon:${data.id}`, url: data.url ?? data.uri };
  }

  async findExistingReply(to: Mention, _idempotencyKey: string): Promise<PostedReply | null> {
    const me = await this.account();
    const ext = splitMentionId(to.id).externalId;
    const { data } = await this.request('context', `/api/v1/statuses/${encodeURIComponent(ext)}/context`, MContext);
    const hit = data.descendants.find((s) => s.account.id === me.id && s.in_reply_to_id === ext);
    return hit ? { id: `mastodon:${hit.id}`, url: hit.url ?? hit.uri } : null;
  }

  nextPollDelayMs(): number {
    return this.caller.nextDelayMs(this.o.pollIntervalMs ?? 60_000, ['notifications', 'tag']);
  }

  async close(): Promise<void> {
    await this.o.release?.();
  }
}
