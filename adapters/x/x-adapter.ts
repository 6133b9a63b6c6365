/**
 * X (Twitter) API v2 through twitter-api-v2: mentions timeline + recent search,
 * tweet lookup for metrics, threaded replies; pay-per-use cost tracked per call.
 */
import { ApiPartialResponseError, ApiRequestError, ApiResponseError, TwitterApi } from 'twitter-api-v2';
import { z } from 'zod';
import type { BrandConfig, Config } from '../../src/config.js';
import type { ChannelAdapter, MetricsUpdate, PostedReply } from '../../src/core/channel.js';
import { AuthFailed, GlasshouseError, ReplyNotAllowed, Transient } from '../../src/core/errors.js';
import { splitMentionId, type Mention } from '../../src/core/mention.js';
import { xLength } from '../../src/core/reply-length.js';
import {
  PlatformCaller,
  ReplyTooLong,
  chunk,
  classifyHttp,
  decodeCursor,
  maxId,
  readRateLimit,
  unexpectedShape,
  type AdapterRuntime,
  type LimiterSettings,
} from '../shared/index.js';
import { memorySpendLedger, SLOW_FACTOR, XCostMeter, xPostCost, type BudgetState, type SpendLedger } from './cost.js';
import { toMention, xMetrics, type Brand } from './map.js';
import { XCreateTweetResponse, XTweetsPage, XUserResponse, type XTweet, type XUser } from './schema.js';

export type XConfig = NonNullable<Config['x']>;

export interface XAdapterOptions extends AdapterRuntime {
  config: XConfig;
  brand: BrandConfig;
  /** Spend ledger (api_usage in production); in memory when absent. */
  spend?: SpendLedger;
  /** Pages per source per poll, so a backlog cannot empty the budget in one go (default 5). */
  maxPages?: number;
  /** Pages per source on the very first poll: no history backfill, every read is billed (default 1). */
  firstPollPages?: number;
}

const TWEET_FIELDS = 'created_at,lang,conversation_id,public_metrics,author_id,referenced_tweets,entities,in_reply_to_user_id,note_tweet';
const EXPANSIONS = 'author_id,referenced_tweets.id,referenced_tweets.id.author_id';
const USER_FIELDS = 'public_metrics,verified,verified_type,username,name';
const DEFAULT_PREFIX = 'https://api.x.com/2/';

/** Documented per-15-minute quotas (per app or user); Bottleneck spreads them out. */
const LIMITS: Record<string, LimiterSettings> = {
  mentions: { maxConcurrent: 1, reservoir: 450, reservoirRefreshAmount: 450, reservoirRefreshInterval: 15 * 60_000 },
  search: { maxConcurrent: 1, reservoir: 450, reservoirRefreshAmount: 450, reservoirRefreshInterval: 15 * 60_000 },
  lookup: { maxConcurrent: 1, reservoir: 300, reservoirRefreshAmount: 300, reservoirRefreshInterval: 15 * 60_000 },
  post: { maxConcurrent: 1 },
};

const CursorSchema = z.object({ m: z.string().nullish(), s: z.string().nullish(), q: z.string().nullish() });

/** X_API_BASE may name the host ("https://api.x.com") or the v2 root ("…/2"). */
export function apiPrefix(base: string): string {
  const b = base.replace(/\/+$/, '');
  return /\/2$/.test(b) ? `${b}/` : `${b}/2/`;
}

export function toXError(e: unknown, now: Date): GlasshouseError {
  if (e instanceof ApiResponseError) {
    const data = e.data as { detail?: string; title?: string } | undefined;
    const detail = data?.detail ?? data?.title ?? e.message;
    // X answers an ineligible reply with 403; that is a rule, not bad credentials.
    if (e.code === 403 && /reply to this conversation is not allowed|not been mentioned/i.test(detail)) {
      return new ReplyNotAllowed('x', `x: ${detail}`);
    }
    return classifyHttp({ platform: 'x', status: e.code, headers: e.headers, message: detail, rateLimitPrefix: 'x-rate-limit', now, cause: e });
  }
  if (e instanceof ApiRequestError || e instanceof ApiPartialResponseError) return new Transient('x', `x: ${e.message}`, { cause: e });
  return new GlasshouseError(`x: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
}

export class XAdapter implements ChannelAdapter {
  readonly platform = 'x';
  private readonly reader: TwitterApi;
  private readonly writer: TwitterApi | null;
  private readonly caller: PlatformCaller;
  private readonly cost: XCostMeter;
  private readonly prefix: string;
  private me: Brand | null = null;
  private loggedBudget: { day: string; state: BudgetState } | null = null;

  constructor(private readonly o: XAdapterOptions) {
    const c = o.config;
    this.writer = c.user ? new TwitterApi({ ...c.user }) : null;
    // App-only bearer for reads when present (its quotas are separate from the user's).
    this.reader = c.bearerToken ? new TwitterApi(c.bearerToken) : this.writer!;
    if (!this.reader) throw new AuthFailed('x', 'x: set X_BEARER_TOKEN or the four X_API_*/X_ACCESS_* user-context settings');
    this.prefix = c.apiBase ? apiPrefix(c.apiBase) : DEFAULT_PREFIX;
    const credential = c.bearerToken ?? c.user?.accessToken ?? '';
    this.caller = new PlatformCaller(
      { platform: 'x', credential, toError: (e) => toXError(e, o.clock.now()), limits: (ep) => LIMITS[ep] ?? { maxConcurrent: 1 } },
      o,
    );
    this.cost = new XCostMeter(o.brand.costs.x, o.spend ?? memorySpendLedger(), o.clock);
  }

  private async get<S extends z.ZodType>(endpoint: string, client: TwitterApi, path: string, query: Record<string, string | number>, schema: S): Promise<z.infer<S>> {
    const res = await this.caller.call(endpoint, () => client.get<unknown>(path, query, { fullResponse: true, prefix: this.prefix }));
    this.caller.note(endpoint, readRateLimit(res.headers, 'x-rate-limit'));
    const parsed = schema.safeParse(res.data);
    if (!parsed.success) throw unexpectedShape('x', path, parsed.error.message);
    return parsed.data;
  }

  /** The brand account: from the user context when there is one, else from the configured handle. */
  private async brand(): Promise<Brand> {
    if (this.me) return this.me;
    let u: XUser;
    if (this.writer) {
      u = (await this.get('users/me', this.writer, 'users/me', {}, XUserResponse)).data;
    } else {
      const handle = (this.o.brand.handles.x ?? '').replace(/^@/, '');
      if (!handle) throw new AuthFailed('x', 'x: app-only access needs the brand handle (brand config handles.x)');
      u = (await this.get('users/by', this.reader, `users/by/username/${encodeURIComponent(handle)}`, {}, XUserResponse)).data;
    }
    this.me = { id: u.id, username: u.username };
    return this.me;
  }

  /** For `glasshouse doctor`: proves the credentials work and names the account. */
  async whoami(): Promise<string> {
    const me = await this.brand();
    return `@${me.username} (id ${me.id}${this.writer ? ', can post' : ', read-only: app bearer token'})`;
  }

  /** Walks one source newest-first down to `sinceId`, at most `maxPages` pages. */
  private async collect(source: 'mentions' | 'search', path: string, query: Record<string, string | number>): Promise<{ pages: XTweetsPage[]; newest: string | null }> {
    const out: XTweetsPage[] = [];
    let newest: string | null = null;
    let token: string | undefined;
    const tokenParam = source === 'search' ? 'next_token' : 'pagination_token';
    const pages = query.since_id === undefined ? (this.o.firstPollPages ?? 1) : (this.o.maxPages ?? 5);
    for (let p = 0; p < pages; p++) {
      const page = await this.get(source, this.reader, path, token ? { ...query, [tokenParam]: token } : query, XTweetsPage);
      out.push(page);
      newest = maxId(newest, page.meta?.newest_id);
      await this.cost.bill(source, source === 'mentions' ? 'ownMentionRead' : 'postRead', page.data.map((t) => t.id));
      const users = page.includes?.users ?? [];
      if (users.length) await this.cost.bill(`${source}:users`, 'userRead', users.map((u) => u.id));
      token = page.meta?.next_token;
      if (!token) break;
    }
    return { pages: out, newest };
  }

  async fetchMentions(cursor: string | null): Promise<{ mentions: Mention[]; cursor: string | null }> {
    // Other instances spend the same budget: re-read the day's total once per poll.
    await this.cost.refresh();
    const budget = this.cost.stateNow();
    this.logBudget(budget);
    if (budget === 'paused') return { mentions: [], cursor };
    const me = await this.brand();
    const saved = decodeCursor(CursorSchema, cursor);
    const query = this.o.config.searchQuery;
    const common = { 'tweet.fields': TWEET_FIELDS, expansions: EXPANSIONS, 'user.fields': USER_FIELDS, max_results: 100 };

    const sources: Array<Promise<{ pages: XTweetsPage[]; newest: string | null }>> = [];
    const m = this.collect('mentions', `users/${me.id}/mentions`, { ...common, ...(saved?.m ? { since_id: saved.m } : {}) });
    sources.push(m);
    // A changed query starts its own history: the old since_id belongs to other results.
    const searchSince = saved?.q === query ? saved?.s : null;
    if (query) {
      const q = `(${query}) -from:${me.username} -is:retweet`;
      sources.push(this.collect('search', 'tweets/search/recent', { ...common, query: q, ...(searchSince ? { since_id: searchSince } : {}) }));
    }
    const [mentions, search] = await Promise.all(sources);

    const users = new Map<string, XUser>();
    const included = new Map<string, XTweet>();
    const tweets: XTweet[] = [];
    for (const page of [...mentions!.pages, ...(search?.pages ?? [])]) {
      for (const u of page.includes?.users ?? []) users.set(u.id, u);
      for (const t of page.includes?.tweets ?? []) included.set(t.id, t);
      tweets.push(...page.data);
    }
    const seen = new Set<string>();
    const out: Mention[] = [];
    // Oldest first, so cases open in the order people spoke.
    tweets.sort((a, b) => (maxId(a.id, b.id) === a.id ? 1 : -1));
    for (const t of tweets) {
      if (seen.has(t.id)) continue;
      seen.add(t.id);
      // The brand's own posts (including the bot's replies) and retweets are not mentions.
      if (t.author_id === me.id) continue;
      if (t.referenced_tweets?.some((r) => r.type === 'retweeted')) continue;
      out.push(toMention(t, users, me, included, this.o.config.enterprise));
    }
    const next = {
      m: maxId(saved?.m, mentions!.newest),
      s: query ? maxId(searchSince, search?.newest) : null,
      q: query ?? null,
    };
    this.logBudget(this.cost.stateNow());
    return { mentions: out, cursor: JSON.stringify(next) };
  }

  async refreshMetrics(ids: string[]): Promise<MetricsUpdate[]> {
    const budget = await this.cost.state();
    this.logBudget(budget);
    if (budget === 'paused') return [];
    const ext = ids.map((id) => splitMentionId(id).externalId).filter(Boolean);
    const out: MetricsUpdate[] = [];
    for (const batch of chunk(ext, 100)) {
      const page = await this.get('lookup', this.reader, 'tweets', { ids: batch.join(','), 'tweet.fields': 'public_metrics' }, XTweetsPage);
      await this.cost.bill('lookup', 'postRead', page.data.map((t) => t.id));
      const at = this.o.clock.now();
      for (const t of page.data) {
        const metrics = xMetrics(t);
        if (metrics) out.push({ id: `x:${t.id}`, metrics, at });
      }
    }
    return out;
  }

  replyLength(text: string): { length: number; max: number } {
    return xLength(text);
  }

  async postReply(to: Mention, text: string, idempotencyKey: string): Promise<PostedReply> {
    if (to.replyAllowed === false && !this.o.config.enterprise) {
      throw new ReplyNotAllowed('x', `x: the API may not reply to ${to.id} (it neither mentions nor quotes the brand); reply by hand`);
    }
    const len = xLength(text);
    if (len.length > len.max) throw new ReplyTooLong('x', len.length, len.max);
    if (!this.writer) throw new AuthFailed('x', 'x: posting needs user context: set X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_SECRET');
    const writer = this.writer;
    const target = splitMentionId(to.id).externalId;
    const me = await this.brand();
    // No automatic retry: a timeout may still have posted. The outbox decides, after findExistingReply.
    const res = await this.caller.call(
      'post',
      () => writer.post<unknown>('tweets', { text, reply: { in_reply_to_tweet_id: target } }, { fullResponse: true, prefix: this.prefix }),
      { retries: 0 },
    );
    this.caller.note('post', readRateLimit(res.headers, 'x-rate-limit'));
    const parsed = XCreateTweetResponse.safeParse(res.data);
    if (!parsed.success) throw unexpectedShape('x', 'POST tweets', parsed.error.message);
    await this.cost.bill('post', xPostCost(text, this.o.brand.costs.x).withLink ? 'createPostWithLink' : 'createPost', 1);
    this.o.logger.info({ platform: 'x', to: to.id, reply: parsed.data.data.id, key: idempotencyKey }, 'reply posted');
    return { id: `x:${parsed.data.data.id}`, url: `https://x.com/${me.username}/status/${parsed.data.data.id}` };
  }

  /** The brand's posts newer than the mention, looking for one that replies to it. */
  async findExistingReply(to: Mention, _idempotencyKey: string): Promise<PostedReply | null> {
    const me = await this.brand();
    const target = splitMentionId(to.id).externalId;
    let token: string | undefined;
    for (let p = 0; p < 3; p++) {
      const query: Record<string, string | number> = { since_id: target, max_results: 100, 'tweet.fields': 'referenced_tweets,conversation_id' };
      if (token) query.pagination_token = token;
      const page = await this.get('timeline', this.reader, `users/${me.id}/tweets`, query, XTweetsPage);
      await this.cost.bill('timeline', 'postRead', page.data.map((t) => t.id));
      const hit = page.data.find((t) => t.referenced_tweets?.some((r) => r.type === 'replied_to' && r.id === target));
      if (hit) return { id: `x:${hit.id}`, url: `https://x.com/${me.username}/status/${hit.id}` };
      token = page.meta?.next_token;
      if (!token) break;
    }
    return null;
  }

  /**
   * When to poll next: the base interval, stretched so the mentions/search budget lasts
   * until its reset, slowed past 80 % of the daily spend budget, and paused until the
   * next UTC day once it is spent.
   */
  nextPollDelayMs(): number {
    const base = this.o.pollIntervalMs ?? 60_000;
    const delay = this.caller.nextDelayMs(base, ['mentions', 'search']);
    const state = this.cost.stateNow();
    if (state === 'paused') return Math.max(delay, this.cost.msUntilNextDay());
    if (state === 'slow') return delay * SLOW_FACTOR;
    return delay;
  }

  /** Estimated USD spent today (this process's view, refreshed at every poll). */
  spentTodayUsd(): number {
    return this.cost.spentToday();
  }

  private logBudget(state: BudgetState): void {
    const day = this.o.clock.now().toISOString().slice(0, 10);
    if (this.loggedBudget?.day === day && this.loggedBudget.state === state) return;
    const first = this.loggedBudget === null;
    this.loggedBudget = { day, state };
    const info = { platform: 'x', spentUsd: this.cost.spentToday(), budgetUsd: this.o.brand.costs.x.dailyBudgetUsd };
    if (state === 'paused') this.o.logger.warn(info, 'X daily budget spent: polling paused until 00:00 UTC');
    else if (state === 'slow') this.o.logger.warn(info, `X daily budget over 80%: polling ${SLOW_FACTOR}x slower`);
    else if (!first) this.o.logger.info(info, 'X budget back to normal polling');
  }

  async close(): Promise<void> {
    await this.o.release?.();
  }
}
