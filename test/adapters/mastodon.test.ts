import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MastodonAdapter, type MastodonConfig } from '../../adapters/mastodon/index.js';
import { ReplyTooLong } from '../../adapters/shared/index.js';
import { AuthFailed, RateLimited, Transient } from '../../src/core/errors.js';
import type { Mention } from '../../src/core/mention.js';
import { fixture, testRuntime } from './helpers.js';

const BASE = 'https://social.example';
const json = (name: string) => fixture<unknown>('mastodon', name) as Record<string, unknown>;

interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body?: unknown;
}
let seen: Seen[] = [];
const record = (req: Request, body?: unknown) => {
  const u = new URL(req.url);
  seen.push({ method: req.method, path: u.pathname, query: u.searchParams, headers: req.headers, body });
};
const count = (path: string) => seen.filter((s) => s.path === path).length;
const rl = (remaining = 299) => ({
  'X-RateLimit-Limit': '300',
  'X-RateLimit-Remaining': String(remaining),
  'X-RateLimit-Reset': '2026-11-20T12:05:00.000Z',
});

const server = setupServer(
  http.get(`${BASE}/api/v1/accounts/verify_credentials`, ({ request }) => {
    record(request);
    return HttpResponse.json(json('verify-credentials.json'), { headers: rl() });
  }),
  http.get(`${BASE}/api/v2/instance`, ({ request }) => {
    record(request);
    return HttpResponse.json(json('instance-v2.json'));
  }),
  http.get(`${BASE}/api/v1/notifications`, ({ request }) => {
    record(request);
    const q = new URL(request.url).searchParams;
    if (q.get('since_id') === '900003') return HttpResponse.json(json('notifications-page3.json'), { headers: rl() });
    if (q.get('max_id') === '900002') return HttpResponse.json(json('notifications-page2.json'), { headers: rl() });
    return HttpResponse.json(json('notifications-page1.json'), {
      headers: {
        ...rl(),
        Link: `<${BASE}/api/v1/notifications?max_id=900002&types%5B%5D=mention>; rel="next", <${BASE}/api/v1/notifications?min_id=900003&types%5B%5D=mention>; rel="prev"`,
      },
    });
  }),
  http.get(`${BASE}/api/v1/timelines/tag/:tag`, ({ request }) => {
    record(request);
    const q = new URL(request.url).searchParams;
    return HttpResponse.json(q.get('since_id') ? [] : json('tag-acmefail.json'), { headers: rl() });
  }),
  http.get(`${BASE}/api/v1/statuses/:id/context`, ({ request, params }) => {
    record(request);
    return HttpResponse.json(params.id === '113500000000000100' ? json('context-s1.json') : { ancestors: [], descendants: [] });
  }),
  http.get(`${BASE}/api/v1/statuses/:id`, ({ request, params }) => {
    record(request);
    if (params.id === '113500000000000100') return HttpResponse.json(json('status-s1-refreshed.json'));
    if (params.id === '113500000000000200') return HttpResponse.json(json('status-s2.json'));
    return HttpResponse.json({ error: 'Record not found' }, { status: 404 });
  }),
  http.post(`${BASE}/api/v1/statuses`, async ({ request }) => {
    record(request, await request.json());
    return HttpResponse.json(json('posted-reply.json'));
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen = [];
});
afterAll(() => server.close());

function makeMastodon(over: Partial<MastodonConfig> = {}) {
  const rt = testRuntime();
  const config: MastodonConfig = { url: `${BASE}/`, accessToken: 'tok-abc', hashtags: ['#acmefail'], visibility: 'public', ...over };
  return { adapter: new MastodonAdapter({ ...rt, config }), rt };
}

const s1: Mention = { id: 'mastodon:113500000000000100', platform: 'mastodon', text: '@acme my blender…', author: { handle: 'anna@mastodon.example' } };
const s2: Mention = { id: 'mastodon:113500000000000200', platform: 'mastodon', text: '@acme Rechnung', author: { handle: 'lukas' } };

describe('Mastodon adapter: ingest', () => {
  it('first poll: mention notifications across pages plus hashtag timelines, own posts and boosts dropped', async () => {
    const { adapter } = makeMastodon();
    const { mentions, cursor } = await adapter.fetchMentions(null);
    expect(mentions.map((m) => m.id)).toEqual([
      'mastodon:113500000000000100',
      'mastodon:113500000000000150',
      'mastodon:113500000000000200',
      'mastodon:113500000000000300',
    ]);
    const notes = seen.filter((s) => s.path === '/api/v1/notifications');
    expect(notes).toHaveLength(2);
    expect(notes[0]!.query.getAll('types[]')).toEqual(['mention']);
    expect(notes[0]!.query.get('limit')).toBe('40');
    expect(notes[1]!.query.get('max_id')).toBe('900002');
    expect(JSON.parse(cursor!)).toEqual({ n: '900003', t: { acmefail: '113500000000000160' } });
  });

  it('maps text from HTML, author, followers and favourites/reblogs/replies', async () => {
    const { adapter } = makeMastodon();
    const { mentions } = await adapter.fetchMentions(null);
    const [blender, tag, german, cw] = mentions;
    expect(blender).toMatchObject({
      text: '@acme my blender smells like burning plastic & sparks. Is it safe?',
      url: 'https://social.example/@anna@mastodon.example/113500000000000100',
      lang: 'en',
      author: { id: '109000000000000010', handle: 'anna@mastodon.example', name: 'Anna 🌻', followers: 830 },
      metrics: { likes: 4, reposts: 2, replies: 1 },
      inReplyToId: null,
    });
    expect(tag!.text).toBe('Anyone else had the #acmefail outage today?');
    expect(german!.text).toBe('@acme Meine Rechnung ist doppelt abgebucht worden.\n\nBitte helfen!');
    expect(german!.lang).toBe('de');
    expect(cw!.text.startsWith('billing\n\n')).toBe(true);
    expect(cw!.inReplyToId).toBe('mastodon:113400000000000001');
  });

  it('incremental poll: since_id per source, the instance read once, nothing ingested twice', async () => {
    const { adapter } = makeMastodon();
    const first = await adapter.fetchMentions(null);
    const second = await adapter.fetchMentions(first.cursor);
    expect(second.mentions).toEqual([]); // the only new notification is the brand's own post
    const incremental = seen.filter((s) => s.query.get('since_id'));
    expect(incremental.map((s) => [s.path, s.query.get('since_id')])).toEqual([
      ['/api/v1/notifications', '900003'],
      ['/api/v1/timelines/tag/acmefail', '113500000000000160'],
    ]);
    expect(count('/api/v2/instance')).toBe(1);
    expect(count('/api/v1/accounts/verify_credentials')).toBe(1);
    expect(adapter.replyLength('x').max).toBe(1000);
    expect(await adapter.whoami()).toBe('@acme on https://social.example (replies up to 1000 characters)');
  });

  it('falls back to 500 characters when the instance does not say', async () => {
    server.use(http.get(`${BASE}/api/v2/instance`, () => HttpResponse.json({ domain: 'social.example' })));
    const { adapter } = makeMastodon();
    await adapter.fetchMentions(null);
    expect(adapter.replyLength('hello').max).toBe(500);
  });
});

describe('Mastodon adapter: metrics and replies', () => {
  it('refreshes metrics per status and skips deleted ones', async () => {
    const { adapter } = makeMastodon();
    const updates = await adapter.refreshMetrics(['mastodon:113500000000000100', 'mastodon:999']);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ id: 'mastodon:113500000000000100', metrics: { likes: 250, reposts: 80, replies: 31 } });
  });

  it('replies with in_reply_to_id, the configured visibility, a mention of the author and an Idempotency-Key', async () => {
    const { adapter } = makeMastodon({ visibility: 'unlisted' });
    const posted = await adapter.postReply(s1, 'Please unplug it.', 'idem-1');
    expect(posted).toEqual({ id: 'mastodon:113500000000000400', url: 'https://social.example/@acme/113500000000000400' });
    const post = seen.find((s) => s.method === 'POST')!;
    expect(post.body).toEqual({ status: '@anna@mastodon.example Please unplug it.', in_reply_to_id: '113500000000000100', visibility: 'unlisted', language: 'en' });
    expect(post.headers.get('idempotency-key')).toBe('idem-1');
    expect(post.headers.get('authorization')).toBe('Bearer tok-abc');
  });

  it('never widens visibility: a followers-only post gets a followers-only reply', async () => {
    const { adapter } = makeMastodon({ visibility: 'public' });
    await adapter.postReply(s2, '@lukas Das tut uns leid, bitte schreib uns eine DM.', 'idem-2');
    const post = seen.find((s) => s.method === 'POST')!;
    expect(post.body).toMatchObject({ visibility: 'private', status: '@lukas Das tut uns leid, bitte schreib uns eine DM.', language: 'de' });
  });

  it('length rules: the instance limit, URLs count 23, remote mentions count the username only', async () => {
    const { adapter } = makeMastodon();
    await adapter.fetchMentions(null);
    expect(adapter.replyLength('Δες https://acme.example/' + 'a'.repeat(100))).toEqual({ length: 27, max: 1000 });
    expect(adapter.replyLength('@anna@mastodon.example 🙏 ありがとう')).toEqual({ length: 13, max: 1000 });
    await expect(adapter.postReply(s1, 'ñ'.repeat(1001), 'k')).rejects.toBeInstanceOf(ReplyTooLong);
    expect(seen.some((s) => s.method === 'POST')).toBe(false);
  });

  it('finds the brand reply among the context descendants', async () => {
    const { adapter } = makeMastodon();
    expect(await adapter.findExistingReply(s1, 'k')).toEqual({ id: 'mastodon:113500000000000400', url: 'https://social.example/@acme/113500000000000400' });
    expect(await adapter.findExistingReply(s2, 'k')).toBeNull();
  });
});

describe('Mastodon adapter: failures', () => {
  it('429: waits until X-RateLimit-Reset, then continues', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/api/v1/accounts/verify_credentials`, () => {
        calls++;
        if (calls === 1) return HttpResponse.json(json('error-429.json'), { status: 429, headers: { ...rl(0), 'X-RateLimit-Reset': '2026-11-20T12:00:20.000Z' } });
        return HttpResponse.json(json('verify-credentials.json'), { headers: rl() });
      }),
    );
    const { adapter, rt } = makeMastodon();
    const { mentions } = await adapter.fetchMentions(null);
    expect(mentions).toHaveLength(4);
    expect(rt.sleeps).toEqual([20_000]);
    expect(calls).toBe(2);
  });

  it('429 far from reset: RateLimited with the reset time', async () => {
    server.use(
      http.get(`${BASE}/api/v1/accounts/verify_credentials`, () =>
        HttpResponse.json(json('error-429.json'), { status: 429, headers: { ...rl(0), 'X-RateLimit-Reset': '2026-11-20T12:04:00.000Z' } }),
      ),
    );
    const { adapter } = makeMastodon();
    const err = await adapter.fetchMentions(null).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimited);
    expect((err as RateLimited).resetAt.toISOString()).toBe('2026-11-20T12:04:00.000Z');
  });

  it('401: AuthFailed, logged once, asked once', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/api/v1/accounts/verify_credentials`, () => {
        calls++;
        return HttpResponse.json(json('error-401.json'), { status: 401 });
      }),
    );
    const { adapter, rt } = makeMastodon();
    const errorLog = vi.spyOn(rt.logger, 'error');
    await expect(adapter.fetchMentions(null)).rejects.toBeInstanceOf(AuthFailed);
    await expect(adapter.fetchMentions(null)).rejects.toThrow(/access token is invalid/);
    expect(calls).toBe(1);
    expect(errorLog).toHaveBeenCalledTimes(1);
  });

  it('403 (missing scope) is AuthFailed too', async () => {
    server.use(http.post(`${BASE}/api/v1/statuses`, () => HttpResponse.json({ error: 'This action is outside the authorized scopes' }, { status: 403 })));
    const { adapter } = makeMastodon();
    await expect(adapter.postReply(s1, 'hi', 'k')).rejects.toBeInstanceOf(AuthFailed);
  });

  it('5xx: retried with backoff, then Transient', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/api/v1/notifications`, () => {
        calls++;
        return HttpResponse.json(json('error-503.json'), { status: 503 });
      }),
    );
    const { adapter, rt } = makeMastodon();
    await expect(adapter.fetchMentions(null)).rejects.toBeInstanceOf(Transient);
    expect(calls).toBe(4);
    expect(rt.sleeps).toHaveLength(3);
  });

  it('a post retried after a 502 carries the same Idempotency-Key', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${BASE}/api/v1/statuses`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return keys.length === 1 ? HttpResponse.json({ error: 'Bad Gateway' }, { status: 502 }) : HttpResponse.json(json('posted-reply.json'));
      }),
    );
    const { adapter } = makeMastodon();
    await adapter.postReply(s1, 'Please unplug it.', 'idem-9');
    expect(keys).toEqual(['idem-9', 'idem-9']);
  });
});
