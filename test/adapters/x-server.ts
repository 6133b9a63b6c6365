/** msw server for the X suites: handlers serving the fixtures, a request log, an adapter factory. */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { XAdapter, memorySpendLedger, type XConfig } from '../../adapters/x/index.js';
import { fixture, testBrand, testRuntime } from './helpers.js';

export const API = 'https://api.x.com/2';
export const BRAND_ID = '1500000000000000000';
export const json = (name: string) => fixture<Record<string, unknown>>('x', name);

export interface Seen {
  path: string;
  query: URLSearchParams;
  body?: unknown;
}
/** Requests the handlers saw since the last reset. */
export const log: { seen: Seen[] } = { seen: [] };
export const record = (req: Request, body?: unknown) => {
  const u = new URL(req.url);
  log.seen.push({ path: u.pathname, query: u.searchParams, body });
};
export const count = (path: string) => log.seen.filter((s) => s.path === path).length;

export const rateHeaders = (remaining = 449, reset = Date.parse('2026-11-20T12:15:00Z') / 1000) => ({
  'x-rate-limit-limit': '450',
  'x-rate-limit-remaining': String(remaining),
  'x-rate-limit-reset': String(reset),
});

const handlers = [
  http.get(`${API}/users/me`, ({ request }) => {
    record(request);
    return HttpResponse.json(json('users-me.json'), { headers: rateHeaders() });
  }),
  http.get(`${API}/users/:id/mentions`, ({ request }) => {
    record(request);
    const q = new URL(request.url).searchParams;
    // Caught up since the newest post; any older since_id walks both pages.
    if (q.get('since_id') === '1860000000000000400') return HttpResponse.json(json('mentions-empty.json'), { headers: rateHeaders() });
    const page = q.get('pagination_token') ? 'mentions-page2.json' : 'mentions-page1.json';
    return HttpResponse.json(json(page), { headers: rateHeaders() });
  }),
  http.get(`${API}/tweets/search/recent`, ({ request }) => {
    record(request);
    const q = new URL(request.url).searchParams;
    return HttpResponse.json(json(q.get('since_id') ? 'search-page2.json' : 'search-page1.json'), { headers: rateHeaders() });
  }),
  http.get(`${API}/tweets`, ({ request }) => {
    record(request);
    return HttpResponse.json(json('lookup.json'), { headers: rateHeaders() });
  }),
  http.post(`${API}/tweets`, async ({ request }) => {
    record(request, await request.json());
    return HttpResponse.json(json('create-tweet.json'), { status: 201, headers: rateHeaders() });
  }),
  http.get(`${API}/users/:id/tweets`, ({ request }) => {
    record(request);
    return HttpResponse.json(json('user-tweets.json'), { headers: rateHeaders() });
  }),
];

export const server = setupServer(...handlers);

/** Call once per test file: the real twitter-api-v2 runs against msw, unknown requests fail. */
export function useXServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    log.seen = [];
  });
  afterAll(() => server.close());
}

export const userCreds = { appKey: 'ck', appSecret: 'cs', accessToken: 'at-123', accessSecret: 'as' };

export function makeX(over: Partial<XConfig> = {}, brandOver: Record<string, unknown> = {}) {
  const rt = testRuntime();
  const spend = memorySpendLedger();
  const config: XConfig = { bearerToken: null, user: userCreds, searchQuery: 'acme OR akme', enterprise: false, apiBase: null, ...over };
  const adapter = new XAdapter({ ...rt, config, brand: testBrand(brandOver), spend, pollIntervalMs: 60_000 });
  return { adapter, rt, spend };
}
