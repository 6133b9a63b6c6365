import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BlueskyAdapter, type BlueskyConfig } from '../../adapters/bluesky/index.js';
import { ReplyTooLong } from '../../adapters/shared/index.js';
import { AuthFailed, Transient } from '../../src/core/errors.js';
import type { Mention } from '../../src/core/mention.js';
import { fixture, testRuntime } from './helpers.js';

// A self-hosted PDS: BLUESKY_SERVICE points the adapter anywhere.
const PDS = 'https://pds.acme.example';
const X = `${PDS}/xrpc`;
const BRAND = 'did:plc:ewvi7nxzyoun6zhxrhs64oiz';
const ANA = 'did:plc:4jb3re5tvklsvhuc3lkerj5q';
const M1 = 'at://did:plc:4jb3re5tvklsvhuc3lkerj5q/app.bsky.feed.post/3lcx5mention1';
const R1 = 'at://did:plc:vwzwgnygau7ed7b7wt5ux7y2/app.bsky.feed.post/3lcx5reply001';
const ROOT = 'at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.feed.post/3lbrandpost2a';

type Json = Record<string, unknown>;
const json = (name: string) => fixture<Json>('bluesky', name);
interface PostJson {
  uri: string;
  cid: string;
  record: Json;
}

let calls: Record<string, number> = {};
let seen: Array<{ nsid: string; query: URLSearchParams; auth: string | null; body?: unknown }> = [];
const hit = (nsid: string, req: Request, body?: unknown) => {
  calls[nsid] = (calls[nsid] ?? 0) + 1;
  seen.push({ nsid, query: new URL(req.url).searchParams, auth: req.headers.get('authorization'), body });
};
const rl = { 'ratelimit-limit': '3000', 'ratelimit-remaining': '2990', 'ratelimit-reset': String(Date.parse('2026-11-20T12:05:00Z') / 1000), 'ratelimit-policy': '3000;w=300' };

const server = setupServer(
  http.post(`${X}/com.atproto.server.createSession`, async ({ request }) => {
    hit('createSession', request, await request.json());
    return HttpResponse.json(json('create-session.json'));
  }),
  http.post(`${X}/com.atproto.server.refreshSession`, ({ request }) => {
    hit('refreshSession', request);
    return HttpResponse.json({ ...json('create-session.json'), accessJwt: 'eyJhbGciOiJFUzI1NksifQ.eyJzdWIiOiJyZWZyZXNoZWQifQ.c2lnLWFjY2Vzcy0y' });
  }),
  // After a refresh without didDoc the agent re-reads the session (as against a real PDS).
  http.get(`${X}/com.atproto.server.getSession`, ({ request }) => {
    hit('getSession', request);
    const { accessJwt: _a, refreshJwt: _r, ...session } = json('create-session.json');
    return HttpResponse.json(session);
  }),
  http.get(`${X}/app.bsky.notification.listNotifications`, ({ request }) => {
    hit('listNotifications', request);
    const cursor = new URL(request.url).searchParams.get('cursor');
    return HttpResponse.json(json(cursor ? 'notifications-page2.json' : 'notifications-page1.json'), { headers: rl });
  }),
  http.get(`${X}/app.bsky.feed.getPosts`, ({ request }) => {
    hit('getPosts', request);
    const uris = new URL(request.url).searchParams.getAll('uris');
    const all = json('get-posts.json').posts as PostJson[];
    return HttpResponse.json({ posts: all.filter((p) => uris.includes(p.uri)) }, { headers: rl });
  }),
  http.get(`${X}/app.bsky.actor.getProfiles`, ({ request }) => {
    hit('getProfiles', request);
    const actors = new URL(request.url).searchParams.getAll('actors');
    const all = json('get-profiles.json').profiles as Array<{ did: string }>;
    return HttpResponse.json({ profiles: all.filter((p) => actors.includes(p.did)) });
  }),
  http.get(`${X}/app.bsky.feed.searchPosts`, ({ request }) => {
    hit('searchPosts', request);
    return HttpResponse.json(json(new URL(request.url).searchParams.get('since') ? 'search-posts-later.json' : 'search-posts.json'));
  }),
  http.get(`${X}/com.atproto.identity.resolveHandle`, ({ request }) => {
    hit('resolveHandle', request);
    if (new URL(request.url).searchParams.get('handle') === 'ana.bsky.social') return HttpResponse.json(json('resolve-handle.json'));
    return HttpResponse.json({ error: 'InvalidRequest', message: 'Unable to resolve handle' }, { status: 400 });
  }),
  http.post(`${X}/com.atproto.repo.createRecord`, async ({ request }) => {
    hit('createRecord', request, await request.json());
    return HttpResponse.json(json('create-record.json'));
  }),
  http.get(`${X}/app.bsky.feed.getPostThread`, ({ request }) => {
    hit('getPostThread', request);
    return HttpResponse.json(json(new URL(request.url).searchParams.get('uri') === M1 ? 'get-post-thread.json' : 'get-post-thread-r1.json'));
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  calls = {};
  seen = [];
});
afterAll(() => server.close());

function makeBluesky(over: Partial<BlueskyConfig> = {}) {
  const rt = testRuntime();
  const config: BlueskyConfig = { service: PDS, handle: 'acme.bsky.social', appPassword: 'abcd-efgh-ijkl-mnop', searchTerms: ['acme'], ...over };
  return { adapter: new BlueskyAdapter({ ...rt, config }), rt };
}

describe('Bluesky adapter: ingest', () => {
  it('first poll: mention/reply notifications across pages plus search, own posts and likes dropped, oldest first', async () => {
    const { adapter } = makeBluesky();
    const { mentions, cursor } = await adapter.fetchMentions(null);
    expect(mentions.map((m) => m.id)).toEqual([
      'bluesky:at://did:plc:q6gjnaw2blty4crticxkmujt/app.bsky.feed.post/3lcx4mention0',
      `bluesky:${R1}`,
      'bluesky:at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lcx5search01',
      `bluesky:${M1}`,
    ]);
    expect(seen.find((s) => s.nsid === 'createSession')?.body).toEqual({ identifier: 'acme.bsky.social', password: 'abcd-efgh-ijkl-mnop' });
    const notes = seen.filter((s) => s.nsid === 'listNotifications');
    expect(notes).toHaveLength(2);
    expect(notes[0]!.query.getAll('reasons')).toEqual(['mention', 'reply', 'quote']);
    expect(notes[0]!.auth).toMatch(/^Bearer ey/);
    expect(seen.find((s) => s.nsid === 'searchPosts')?.query.get('q')).toBe('acme');
    // One batched profile lookup for all four authors.
    expect(calls.getProfiles).toBe(1);
    expect(await adapter.whoami()).toBe(`@acme.bsky.social (${BRAND}) on ${PDS}`);
    expect(JSON.parse(cursor!)).toEqual({ n: '2026-11-20T10:05:01.000Z', s: { acme: '2026-11-20T10:00:01.000Z' } });
  });

  it('maps authors, followers, verification, counts and thread refs', async () => {
    const { adapter } = makeBluesky();
    const { mentions } = await adapter.fetchMentions(null);
    const byId = new Map(mentions.map((m) => [m.id, m]));
    expect(byId.get(`bluesky:${M1}`)).toMatchObject({
      url: 'https://bsky.app/profile/ana.bsky.social/post/3lcx5mention1',
      text: '@acme.bsky.social my kettle leaks boiling water, please help',
      lang: 'en',
      author: { id: ANA, handle: 'ana.bsky.social', name: 'Ana', followers: 1520 },
      metrics: { likes: 2, reposts: 1, replies: 0, quotes: 0 },
      inReplyToId: null,
      conversationId: `bluesky:${M1}`,
      replyAllowed: true,
    });
    const reply = byId.get(`bluesky:${R1}`)!;
    expect(reply).toMatchObject({ lang: 'pt', inReplyToId: `bluesky:${ROOT}`, conversationId: `bluesky:${ROOT}` });
    expect(reply.author.followers).toBe(48000);
    expect(reply.metrics).toEqual({ likes: 5, reposts: 0, replies: 3, quotes: 1 });
    expect(byId.get('bluesky:at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lcx5search01')?.author.verified).toBe(true);
  });

  it('incremental poll: nothing ingested twice, search continues from its own cursor', async () => {
    const { adapter } = makeBluesky();
    const first = await adapter.fetchMentions(null);
    seen = [];
    const second = await adapter.fetchMentions(first.cursor);
    expect(second.mentions.map((m) => m.id)).toEqual(['bluesky:at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lcx5search02']);
    expect(seen.filter((s) => s.nsid === 'listNotifications')).toHaveLength(1); // stopped at what it had seen
    expect(seen.find((s) => s.nsid === 'searchPosts')?.query.get('since')).toBe('2026-11-20T10:00:01.000Z');
    expect(calls.createSession).toBe(1);
    expect((JSON.parse(second.cursor!) as { s: unknown }).s).toEqual({ acme: '2026-11-20T11:00:01.000Z' });
  });
});

describe('Bluesky adapter: metrics and replies', () => {
  it('refreshes like/repost/reply/quote counts with batched getPosts', async () => {
    server.use(
      http.get(`${X}/app.bsky.feed.getPosts`, ({ request }) => {
        hit('getPosts', request);
        return HttpResponse.json(json('get-posts-refreshed.json'));
      }),
    );
    const { adapter } = makeBluesky();
    const ids = [`bluesky:${M1}`, ...Array.from({ length: 30 }, (_, i) => `bluesky:at://${ANA}/app.bsky.feed.post/3lcx5other${String(i).padStart(3, '0')}`)];
    const updates = await adapter.refreshMetrics(ids);
    expect(seen.filter((s) => s.nsid === 'getPosts').map((s) => s.query.getAll('uris').length)).toEqual([25, 6]);
    expect(updates[0]).toMatchObject({ id: `bluesky:${M1}`, metrics: { likes: 120, reposts: 40, replies: 18, quotes: 6 } });
  });

  it('replies under the thread root with the post as parent, with mention and link facets', async () => {
    const { adapter } = makeBluesky();
    const to: Mention = { id: `bluesky:${R1}`, platform: 'bluesky', text: '…', author: { handle: 'ben.example.com' }, lang: 'pt' };
    const text = '@ana.bsky.social @nobody.invalid veja https://acme.com/ajuda';
    const posted = await adapter.postReply(to, text, 'key-1');
    expect(posted).toEqual({ id: 'bluesky:at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.feed.post/3lcx6reply0001', url: 'https://bsky.app/profile/acme.bsky.social/post/3lcx6reply0001' });
    const body = seen.find((s) => s.nsid === 'createRecord')!.body as { repo: string; collection: string; record: Json };
    expect(body.repo).toBe(BRAND);
    expect(body.collection).toBe('app.bsky.feed.post');
    const parent = (json('get-posts.json').posts as PostJson[]).find((p) => p.uri === R1)!;
    expect(body.record.reply).toEqual({ root: (parent.record.reply as Json).root, parent: { uri: R1, cid: parent.cid } });
    expect(body.record.langs).toEqual(['pt']);
    expect(body.record.text).toBe(text);
    const facets = body.record.facets as Array<{ index: { byteStart: number; byteEnd: number }; features: Json[] }>;
    // The unresolvable handle gets no facet; the resolvable one and the link do.
    expect(facets.map((f) => f.features[0])).toEqual([
      { $type: 'app.bsky.richtext.facet#mention', did: ANA },
      { $type: 'app.bsky.richtext.facet#link', uri: 'https://acme.com/ajuda' },
    ]);
    expect(facets[1]!.index).toEqual({ byteStart: 38, byteEnd: 60 });
  });

  it('a top-level post is its own root', async () => {
    const { adapter } = makeBluesky();
    await adapter.postReply({ id: `bluesky:${M1}`, platform: 'bluesky', text: '…', author: { handle: 'ana.bsky.social' } }, 'Sorry! Please unplug it.', 'k');
    const record = (seen.find((s) => s.nsid === 'createRecord')!.body as { record: Json }).record;
    const m1 = (json('get-posts.json').posts as PostJson[]).find((p) => p.uri === M1)!;
    expect(record.reply).toEqual({ root: { uri: M1, cid: m1.cid }, parent: { uri: M1, cid: m1.cid } });
    expect(record.facets).toBeUndefined();
  });

  it('300 graphemes: family emoji count once, too long is refused before posting', async () => {
    const { adapter } = makeBluesky();
    expect(adapter.replyLength('👨‍👩‍👧'.repeat(300))).toEqual({ length: 300, max: 300 });
    expect(adapter.replyLength('Ελλάδα 🇬🇷')).toEqual({ length: 8, max: 300 });
    await expect(adapter.postReply({ id: `bluesky:${M1}`, platform: 'bluesky', text: '', author: { handle: 'a' } }, 'é'.repeat(301), 'k')).rejects.toBeInstanceOf(ReplyTooLong);
    expect(calls.createRecord).toBeUndefined();
  });

  it('finds the brand reply in the thread by its DID and parent', async () => {
    const { adapter } = makeBluesky();
    expect(await adapter.findExistingReply({ id: `bluesky:${M1}`, platform: 'bluesky', text: '', author: { handle: 'ana' } }, 'k')).toEqual({
      id: 'bluesky:at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.feed.post/3lcx5ownpost1',
      url: 'https://bsky.app/profile/acme.bsky.social/post/3lcx5ownpost1',
    });
    expect(await adapter.findExistingReply({ id: `bluesky:${R1}`, platform: 'bluesky', text: '', author: { handle: 'ben' } }, 'k')).toBeNull();
  });
});

describe('Bluesky adapter: sessions and failures', () => {
  it('an expired access token is refreshed by the agent and the call goes through', async () => {
    let n = 0;
    server.use(
      http.get(`${X}/app.bsky.notification.listNotifications`, ({ request }) => {
        hit('listNotifications', request);
        if (++n === 1) return HttpResponse.json(json('error-expired.json'), { status: 400 });
        return HttpResponse.json(json('notifications-page2.json'));
      }),
    );
    const { adapter } = makeBluesky({ searchTerms: [] });
    const { mentions } = await adapter.fetchMentions(null);
    expect(mentions).toHaveLength(1);
    expect(calls.refreshSession).toBe(1);
    expect(calls.createSession).toBe(1);
    expect(seen.filter((s) => s.nsid === 'listNotifications').map((s) => s.auth)).toEqual([
      expect.stringMatching(/c2lnLWFjY2Vzcy0x$/),
      expect.stringMatching(/c2lnLWFjY2Vzcy0y$/),
    ]);
  });

  it('when the refresh token is gone too, it logs in again with the app password', async () => {
    let n = 0;
    server.use(
      http.get(`${X}/app.bsky.notification.listNotifications`, ({ request }) => {
        hit('listNotifications', request);
        if (++n === 1) return HttpResponse.json(json('error-expired.json'), { status: 400 });
        return HttpResponse.json(json('notifications-page2.json'));
      }),
      http.post(`${X}/com.atproto.server.refreshSession`, ({ request }) => {
        hit('refreshSession', request);
        return HttpResponse.json(json('error-expired.json'), { status: 400 });
      }),
    );
    const { adapter } = makeBluesky({ searchTerms: [] });
    const { mentions } = await adapter.fetchMentions(null);
    expect(mentions).toHaveLength(1);
    expect(calls.createSession).toBe(2);
  });

  it('a wrong app password is AuthFailed, logged once, not retried', async () => {
    server.use(
      http.post(`${X}/com.atproto.server.createSession`, ({ request }) => {
        hit('createSession', request);
        return HttpResponse.json(json('error-401.json'), { status: 401 });
      }),
    );
    const { adapter, rt } = makeBluesky();
    const errorLog = vi.spyOn(rt.logger, 'error');
    await expect(adapter.fetchMentions(null)).rejects.toBeInstanceOf(AuthFailed);
    await expect(adapter.fetchMentions(null)).rejects.toBeInstanceOf(AuthFailed);
    expect(calls.createSession).toBe(1);
    expect(errorLog).toHaveBeenCalledTimes(1);
  });

  it('429: waits until ratelimit-reset, then continues', async () => {
    let n = 0;
    server.use(
      http.get(`${X}/app.bsky.notification.listNotifications`, ({ request }) => {
        hit('listNotifications', request);
        if (++n === 1) return HttpResponse.json(json('error-429.json'), { status: 429, headers: { ...rl, 'ratelimit-remaining': '0', 'ratelimit-reset': String(Date.parse('2026-11-20T12:00:10Z') / 1000) } });
        return HttpResponse.json(json('notifications-page2.json'));
      }),
    );
    const { adapter, rt } = makeBluesky({ searchTerms: [] });
    const { mentions } = await adapter.fetchMentions(null);
    expect(mentions).toHaveLength(1);
    expect(rt.sleeps).toEqual([10_000]);
  });

  it('5xx: retried with backoff, then Transient', async () => {
    server.use(
      http.get(`${X}/app.bsky.feed.getPosts`, ({ request }) => {
        hit('getPosts', request);
        return HttpResponse.json(json('error-502.json'), { status: 502 });
      }),
    );
    const { adapter, rt } = makeBluesky();
    await expect(adapter.refreshMetrics([`bluesky:${M1}`])).rejects.toBeInstanceOf(Transient);
    expect(calls.getPosts).toBe(4);
    expect(rt.sleeps).toHaveLength(3);
  });
});
