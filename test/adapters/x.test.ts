import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { xPostCost } from '../../adapters/x/index.js';
import { AuthFailed, RateLimited, ReplyNotAllowed, Transient } from '../../src/core/errors.js';
import type { Mention } from '../../src/core/mention.js';
import { ReplyTooLong } from '../../adapters/shared/index.js';
import { testBrand } from './helpers.js';
import { API, BRAND_ID, count, json, log, makeX, rateHeaders, record, server, useXServer } from './x-server.js';

useXServer();

describe('X adapter: ingest', () => {
  it('first poll: newest page only (no billed backfill), adds search, drops own posts and duplicates, maps authors and metrics', async () => {
    const { adapter } = makeX();
    const { mentions, cursor } = await adapter.fetchMentions(null);
    expect(mentions.map((m) => m.id)).toEqual(['x:1860000000000000200', 'x:1860000000000000350', 'x:1860000000000000380', 'x:1860000000000000400']);
    expect(count(`/2/users/${BRAND_ID}/mentions`)).toBe(1);
    const search = log.seen.find((s) => s.path === '/2/tweets/search/recent');
    expect(search?.query.get('query')).toBe('(acme OR akme) -from:AcmeCare -is:retweet');
    expect(search?.query.get('expansions')).toContain('author_id');

    const fire = mentions.find((m) => m.id === 'x:1860000000000000400')!;
    expect(fire.author).toEqual({ id: '201', handle: 'jane_doe', name: 'Jane Doe', followers: 48000, verified: true });
    expect(fire.metrics).toEqual({ likes: 3, reposts: 1, replies: 0, quotes: 0, views: 420 });
    expect(fire.url).toBe('https://x.com/jane_doe/status/1860000000000000400');
    expect(fire.replyAllowed).toBe(true);

    const greek = mentions.find((m) => m.id === 'x:1860000000000000200')!;
    expect(greek.lang).toBe('el');
    expect(greek.inReplyToId).toBe('x:1850000000000000001');
    expect(greek.conversationId).toBe('x:1850000000000000001');
    expect(greek.author.followers).toBe(1520);
    expect(greek.author.verified).toBe(false);

    expect(JSON.parse(cursor!)).toEqual({ m: '1860000000000000400', s: '1860000000000000400', q: 'acme OR akme' });
    expect(await adapter.whoami()).toBe('@AcmeCare (id 1500000000000000000, can post)');
  });

  it('incremental poll follows pagination_token down to since_id', async () => {
    const { adapter } = makeX({ searchQuery: null });
    const { mentions, cursor } = await adapter.fetchMentions(JSON.stringify({ m: '1860000000000000050' }));
    expect(mentions.map((m) => m.id)).toEqual(['x:1860000000000000100', 'x:1860000000000000200', 'x:1860000000000000400']);
    const reqs = log.seen.filter((s) => s.path.endsWith('/mentions'));
    expect(reqs.map((s) => s.query.get('since_id'))).toEqual(['1860000000000000050', '1860000000000000050']);
    expect(reqs[1]!.query.get('pagination_token')).toBe('7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i');
    expect(JSON.parse(cursor!)).toMatchObject({ m: '1860000000000000400' });
  });

  it('marks posts that neither mention nor quote the brand as not repliable (self-serve rule)', async () => {
    const { adapter } = makeX();
    const { mentions } = await adapter.fetchMentions(null);
    const byId = new Map(mentions.map((m) => [m.id, m]));
    expect(byId.get('x:1860000000000000350')?.replyAllowed).toBe(false); // search hit, no @mention
    expect(byId.get('x:1860000000000000380')?.replyAllowed).toBe(true); // quotes the brand's post
    expect(byId.get('x:1860000000000000380')?.lang).toBeNull(); // "und"
  });

  it('enterprise access may reply to everything', async () => {
    const { adapter } = makeX({ enterprise: true });
    const { mentions } = await adapter.fetchMentions(null);
    expect(mentions.every((m) => m.replyAllowed === true)).toBe(true);
  });

  it('incremental poll sends since_id per source and ingests nothing twice', async () => {
    const { adapter } = makeX();
    const first = await adapter.fetchMentions(null);
    log.seen = [];
    const second = await adapter.fetchMentions(first.cursor);
    const mentionsReq = log.seen.find((s) => s.path.endsWith('/mentions'));
    expect(mentionsReq?.query.get('since_id')).toBe('1860000000000000400');
    expect(log.seen.find((s) => s.path.endsWith('/search/recent'))?.query.get('since_id')).toBe('1860000000000000400');
    expect(count('/2/users/me')).toBe(0); // brand id cached
    expect(second.mentions.map((m) => m.id)).toEqual(['x:1860000000000000500']);
    const firstIds = new Set(first.mentions.map((m) => m.id));
    expect(second.mentions.some((m) => firstIds.has(m.id))).toBe(false);
    expect(JSON.parse(second.cursor!)).toMatchObject({ m: '1860000000000000400', s: '1860000000000000500' });
  });

  it('X_API_BASE (https) sends every call to a proxy', async () => {
    server.use(
      http.get('https://x-proxy.internal:8443/2/users/me', ({ request }) => {
        record(request);
        return HttpResponse.json(json('users-me.json'));
      }),
    );
    const { adapter } = makeX({ apiBase: 'https://x-proxy.internal:8443' });
    expect(await adapter.whoami()).toContain('@AcmeCare');
    expect(count('/2/users/me')).toBe(1);
  });

  it('app-only bearer resolves the brand from handles.x and cannot post', async () => {
    server.use(
      http.get(`${API}/users/by/username/:name`, ({ request, params }) => {
        record(request);
        expect(params.name).toBe('AcmeCare');
        return HttpResponse.json(json('users-me.json'));
      }),
    );
    const { adapter } = makeX({ bearerToken: 'bearer-abc', user: null, searchQuery: null });
    const { mentions } = await adapter.fetchMentions(null);
    expect(mentions).toHaveLength(2);
    await expect(adapter.postReply(mentions[0]!, 'hi', 'k1')).rejects.toBeInstanceOf(AuthFailed);
    expect(count('/2/tweets')).toBe(0);
  });
});

describe('X adapter: metrics and replies', () => {
  it('refreshes metrics in batches of 100 ids', async () => {
    const { adapter } = makeX();
    const ids = Array.from({ length: 150 }, (_, i) => `x:${1860000000000000000n + BigInt(i)}`);
    const updates = await adapter.refreshMetrics(ids);
    const lookups = log.seen.filter((s) => s.path === '/2/tweets');
    expect(lookups.map((s) => s.query.get('ids')!.split(',').length)).toEqual([100, 50]);
    expect(lookups[0]!.query.get('tweet.fields')).toBe('public_metrics');
    expect(updates.find((u) => u.id === 'x:1860000000000000400')?.metrics).toEqual({ likes: 250, reposts: 90, replies: 40, quotes: 12, views: 98000 });
  });

  const target: Mention = {
    id: 'x:1860000000000000400',
    platform: 'x',
    text: '@AcmeCare my charger caught fire',
    author: { handle: 'jane_doe' },
    replyAllowed: true,
  };

  it('posts a threaded reply with reply.in_reply_to_tweet_id', async () => {
    const { adapter, spend } = makeX();
    const posted = await adapter.postReply(target, "@jane_doe We're so sorry. Please DM us.", 'key-1');
    expect(posted).toEqual({ id: 'x:1860000000000000600', url: 'https://x.com/AcmeCare/status/1860000000000000600' });
    const post = log.seen.find((s) => s.path === '/2/tweets' && s.body);
    expect(post?.body).toEqual({ text: "@jane_doe We're so sorry. Please DM us.", reply: { in_reply_to_tweet_id: '1860000000000000400' } });
    expect(spend.records.find((r) => r.endpoint === 'post')?.usd).toBe(0.015);
    await adapter.postReply(target, 'Details: https://acme.com/help', 'key-2');
    expect(spend.records.filter((r) => r.endpoint === 'post').map((r) => r.usd)).toEqual([0.015, 0.2]);
  });

  it('refuses ineligible posts and over-long replies before calling X (weighted length)', async () => {
    const { adapter } = makeX();
    await expect(adapter.postReply({ ...target, replyAllowed: false }, 'hi', 'k')).rejects.toBeInstanceOf(ReplyNotAllowed);
    // Emoji and CJK weigh 2: 141 emoji = 282 > 280; 140 CJK characters = 280 fits.
    await expect(adapter.postReply(target, '🔥'.repeat(141), 'k')).rejects.toBeInstanceOf(ReplyTooLong);
    expect(adapter.replyLength('こんにちは'.repeat(28))).toEqual({ length: 280, max: 280 });
    expect(adapter.replyLength('Ελπίζουμε να βοηθήσαμε')).toEqual({ length: 22, max: 280 });
    expect(adapter.replyLength('see https://acme.com/a/very/long/path/that/is/shortened')).toEqual({ length: 27, max: 280 });
    expect(count('/2/tweets')).toBe(0);
  });

  it('maps X refusing a reply (403, not mentioned) to ReplyNotAllowed, not AuthFailed', async () => {
    server.use(http.post(`${API}/tweets`, () => HttpResponse.json(json('error-reply-not-allowed.json'), { status: 403 })));
    const { adapter } = makeX();
    await expect(adapter.postReply(target, 'hello', 'k')).rejects.toBeInstanceOf(ReplyNotAllowed);
  });

  it('finds an existing brand reply among its recent posts', async () => {
    const { adapter } = makeX();
    expect(await adapter.findExistingReply(target, 'k')).toEqual({ id: 'x:1860000000000000600', url: 'https://x.com/AcmeCare/status/1860000000000000600' });
    expect(log.seen.find((s) => s.path.endsWith('/tweets') && s.path.includes('/users/'))?.query.get('since_id')).toBe('1860000000000000400');
    expect(await adapter.findExistingReply({ ...target, id: 'x:1860000000000000200' }, 'k')).toBeNull();
  });
});

describe('X adapter: adaptive polling', () => {
  it('stretches the poll interval so the remaining budget lasts until the window resets', async () => {
    server.use(
      http.get(`${API}/users/:id/mentions`, () =>
        HttpResponse.json(json('mentions-page2.json'), { headers: rateHeaders(2, Date.parse('2026-11-20T12:10:00Z') / 1000) }),
      ),
    );
    const { adapter } = makeX({ searchQuery: null });
    expect(adapter.nextPollDelayMs()).toBe(60_000);
    await adapter.fetchMentions(null);
    // 2 requests left for 10 minutes: one every 5 minutes.
    expect(adapter.nextPollDelayMs()).toBe(300_000);
  });

  it('prices replies: a link costs the link rate', () => {
    const rates = testBrand().costs.x;
    expect(xPostCost('Thanks for your patience!', rates)).toEqual({ usd: 0.015, withLink: false });
    expect(xPostCost('See acme.com/help', rates)).toEqual({ usd: 0.2, withLink: true });
  });
});

describe('X adapter: failures', () => {
  it('429: waits until x-rate-limit-reset, then succeeds', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/users/:id/mentions`, ({ request }) => {
        record(request);
        calls++;
        if (calls === 1) return HttpResponse.json(json('error-429.json'), { status: 429, headers: rateHeaders(0, Date.parse('2026-11-20T12:00:30Z') / 1000) });
        return HttpResponse.json(json('mentions-page2.json'), { headers: rateHeaders() });
      }),
    );
    const { adapter, rt } = makeX({ searchQuery: null });
    const { mentions } = await adapter.fetchMentions(null);
    expect(mentions.map((m) => m.id)).toEqual(['x:1860000000000000100']);
    expect(rt.sleeps).toEqual([30_000]);
    expect(calls).toBe(2);
  });

  it('429 with a distant reset: RateLimited carrying the reset, and no hammering until then', async () => {
    let calls = 0;
    const reset = Date.parse('2026-11-20T12:14:00Z');
    server.use(
      http.get(`${API}/users/:id/mentions`, () => {
        calls++;
        return HttpResponse.json(json('error-429.json'), { status: 429, headers: rateHeaders(0, reset / 1000) });
      }),
    );
    const { adapter, rt } = makeX({ searchQuery: null });
    const err = await adapter.fetchMentions(null).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimited);
    expect((err as RateLimited).resetAt.getTime()).toBe(reset);
    await expect(adapter.fetchMentions(null)).rejects.toBeInstanceOf(RateLimited);
    expect(calls).toBe(1);
    expect(rt.sleeps).toEqual([]);
    expect(adapter.nextPollDelayMs()).toBe(reset - rt.clock.now().getTime());
  });

  it('401: AuthFailed, logged once, not retried', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/users/me`, () => {
        calls++;
        return HttpResponse.json(json('error-401.json'), { status: 401 });
      }),
    );
    const { adapter, rt } = makeX();
    const errorLog = vi.spyOn(rt.logger, 'error');
    await expect(adapter.fetchMentions(null)).rejects.toBeInstanceOf(AuthFailed);
    await expect(adapter.fetchMentions(null)).rejects.toBeInstanceOf(AuthFailed);
    expect(calls).toBe(1);
    expect(errorLog).toHaveBeenCalledTimes(1);
  });

  it('5xx: retried with growing backoff, then given up as Transient', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/users/me`, () => {
        calls++;
        return HttpResponse.json(json('error-503.json'), { status: 503 });
      }),
    );
    const { adapter, rt } = makeX();
    await expect(adapter.fetchMentions(null)).rejects.toBeInstanceOf(Transient);
    expect(calls).toBe(4);
    expect(rt.sleeps).toHaveLength(3);
    expect(rt.sleeps[0]!).toBeLessThan(rt.sleeps[1]!);
    expect(rt.sleeps[1]!).toBeLessThan(rt.sleeps[2]!);
  });

  it('5xx once then success: the caller never sees it', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/users/me`, () => {
        calls++;
        return calls === 1 ? HttpResponse.json(json('error-503.json'), { status: 503 }) : HttpResponse.json(json('users-me.json'));
      }),
    );
    const { adapter } = makeX({ searchQuery: null });
    const { mentions } = await adapter.fetchMentions(null);
    expect(mentions).toHaveLength(2);
  });

  it('a failed post is not retried automatically (the outbox checks findExistingReply first)', async () => {
    let calls = 0;
    server.use(
      http.post(`${API}/tweets`, () => {
        calls++;
        return HttpResponse.json(json('error-503.json'), { status: 503 });
      }),
    );
    const { adapter } = makeX();
    await expect(adapter.postReply({ id: 'x:1', platform: 'x', text: '@AcmeCare', author: { handle: 'a' } }, 'hi', 'k')).rejects.toBeInstanceOf(Transient);
    expect(calls).toBe(1);
  });
});
