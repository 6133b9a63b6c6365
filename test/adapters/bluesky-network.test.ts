/**
 * The Bluesky adapter against the real reference network (@atproto/dev-env: PLC, PDS
 * and AppView on the local PostgreSQL). One network for this file. Needs the test-only
 * package in test-env/ (`npm ci --prefix test-env`) and a reachable PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { AtpAgent, RichText } from '@atproto/api';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlueskyAdapter } from '../../adapters/bluesky/index.js';
import type { Mention } from '../../src/core/mention.js';
import { testRuntime } from './helpers.js';
import { runCli } from '../helpers/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TEST_ENV = resolve(ROOT, 'test-env');
const PG_URL = process.env.TEST_POSTGRES_URL ?? process.env.DB_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface SeedClient {
  createAccount(shortName: string, p: { handle: string; email: string; password: string }): Promise<{ did: string; handle: string }>;
  follow(from: string, to: string): Promise<unknown>;
}
interface DevNetwork {
  pds: { url: string };
  processAll(timeout?: number): Promise<void>;
  getSeedClient(): SeedClient;
  close(): Promise<void>;
}
interface DevEnv {
  TestNetwork: { create(p: { dbPostgresUrl: string; dbPostgresSchema: string }): Promise<DevNetwork> };
}

async function postgresReachable(): Promise<boolean> {
  const sql = postgres(PG_URL, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

const installed = existsSync(resolve(TEST_ENV, 'node_modules/@atproto/dev-env/package.json'));
const pgUp = installed && (await postgresReachable());
const skip = !installed
  ? 'test-env is not installed (run: npm ci --prefix test-env)'
  : !pgUp
    ? `no PostgreSQL reachable at ${PG_URL.replace(/\/\/[^@]*@/, '//')} (set TEST_POSTGRES_URL)`
    : null;
if (skip) console.info(`[bluesky network test] skipped: ${skip}`);

describe.skipIf(skip !== null)('Bluesky adapter on a local atproto network (dev-env)', () => {
  // Postgres schema names: letters and underscores only.
  const schema = `gh_bsky_${[...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
  const tmp = resolve(ROOT, 'test/.tmp', `bsky-${schema}`);
  const saved = { TMPDIR: process.env.TMPDIR, REDIS_HOST: process.env.REDIS_HOST };
  let network: DevNetwork;
  let brand: { did: string; handle: string };
  let customer: { did: string; handle: string };
  let customerAgent: AtpAgent;
  let appPassword: string;
  let brandPost: { uri: string; cid: string };
  let complaint: { uri: string; cid: string };
  let adapter: BlueskyAdapter;

  beforeAll(async () => {
    mkdirSync(tmp, { recursive: true });
    process.env.TMPDIR = tmp;
    // dev-env insists on it although nothing here uses Redis.
    process.env.REDIS_HOST ??= '127.0.0.1:6379';
    const devEnv = createRequire(resolve(TEST_ENV, 'package.json'))('@atproto/dev-env') as DevEnv;
    network = await devEnv.TestNetwork.create({ dbPostgresUrl: PG_URL, dbPostgresSchema: schema });
    const sc = network.getSeedClient();
    brand = await sc.createAccount('brand', { handle: 'brandcare.test', email: 'care@brandcare.test', password: 'brand-main-password' });
    customer = await sc.createAccount('customer', { handle: 'customer.test', email: 'c@customer.test', password: 'customer-password' });
    await sc.follow(brand.did, customer.did);

    // The bot signs in with an app password, as a brand would configure it.
    const brandAgent = new AtpAgent({ service: network.pds.url });
    await brandAgent.login({ identifier: brand.handle, password: 'brand-main-password' });
    appPassword = (await brandAgent.com.atproto.server.createAppPassword({ name: 'glasshouse' })).data.password;
    brandPost = await brandAgent.post({ text: 'Our new kettle is out today!', createdAt: new Date().toISOString() });

    // The customer answers the brand's post and @mentions it: one post, two notifications.
    customerAgent = new AtpAgent({ service: network.pds.url });
    await customerAgent.login({ identifier: customer.handle, password: 'customer-password' });
    const rt = new RichText({ text: '@brandcare.test mine leaks boiling water on the counter' });
    await rt.detectFacets(customerAgent);
    complaint = await customerAgent.post({
      text: rt.text,
      facets: rt.facets,
      langs: ['en'],
      reply: { root: brandPost, parent: brandPost },
      createdAt: new Date().toISOString(),
    });
    await network.processAll();

    const runtime = testRuntime(new Date().toISOString());
    adapter = new BlueskyAdapter({ ...runtime, config: { service: network.pds.url, handle: brand.handle, appPassword, searchTerms: [] } });
  });

  afterAll(async () => {
    await network?.close();
    const sql = postgres(PG_URL, { max: 1, onnotice: () => {} });
    await sql.unsafe(`DROP SCHEMA IF EXISTS appview_${schema} CASCADE`);
    await sql.unsafe(`DROP SCHEMA IF EXISTS ozone_${schema} CASCADE`);
    await sql.end();
    rmSync(tmp, { recursive: true, force: true });
    process.env.TMPDIR = saved.TMPDIR;
    if (saved.REDIS_HOST === undefined) delete process.env.REDIS_HOST;
    else process.env.REDIS_HOST = saved.REDIS_HOST;
  });

  let first: { mentions: Mention[]; cursor: string | null };

  it('ingests the mention from notifications, once, with author and thread', async () => {
    first = await adapter.fetchMentions(null);
    expect(first.mentions).toHaveLength(1);
    const m = first.mentions[0]!;
    expect(m).toMatchObject({
      id: `bluesky:${complaint.uri}`,
      platform: 'bluesky',
      text: '@brandcare.test mine leaks boiling water on the counter',
      lang: 'en',
      author: { id: customer.did, handle: 'customer.test', followers: 1 },
      inReplyToId: `bluesky:${brandPost.uri}`,
      conversationId: `bluesky:${brandPost.uri}`,
      replyAllowed: true,
    });
  });

  it('replies with a link facet; the thread shows it under the right root and parent', async () => {
    const posted = await adapter.postReply(first.mentions[0]!, 'So sorry! Please unplug it and see https://acme.com/kettle-recall', 'case-1:approve');
    await network.processAll();
    const uri = posted.id.replace(/^bluesky:/, '');
    const { data } = await customerAgent.app.bsky.feed.getPostThread({ uri, depth: 0 });
    const thread = data.thread as { post: { author: { did: string }; record: { reply?: { root: { uri: string }; parent: { uri: string } }; facets?: Array<{ features: Array<{ $type: string; uri?: string }> }> } } };
    expect(thread.post.author.did).toBe(brand.did);
    expect(thread.post.record.reply?.root.uri).toBe(brandPost.uri);
    expect(thread.post.record.reply?.parent.uri).toBe(complaint.uri);
    expect(thread.post.record.facets?.flatMap((f) => f.features)).toEqual([
      { $type: 'app.bsky.richtext.facet#link', uri: 'https://acme.com/kettle-recall' },
    ]);
    expect(posted.url).toMatch(/^https:\/\/bsky\.app\/profile\/brandcare\.test\/post\//);

    // The outbox's check before a retry sees the reply.
    expect(await adapter.findExistingReply(first.mentions[0]!, 'case-1:approve')).toEqual(posted);
  });

  it('a second poll ingests nothing twice (and never the brand reply)', async () => {
    await network.processAll();
    const second = await adapter.fetchMentions(first.cursor);
    expect(second.mentions).toEqual([]);
    expect(second.cursor).not.toBeNull();
  });

  it('finds brand terms through authenticated post search', async () => {
    const post = await customerAgent.post({ text: 'third kettle from brandcare and it broke again', createdAt: new Date().toISOString() });
    await network.processAll();
    const searching = new BlueskyAdapter({ ...testRuntime(new Date().toISOString()), config: { service: network.pds.url, handle: brand.handle, appPassword, searchTerms: ['kettle'] } });
    const polled = await searching.fetchMentions(first.cursor);
    expect(polled.mentions.map((m) => m.id)).toEqual([`bluesky:${post.uri}`]);
    await network.processAll();
    expect((await searching.fetchMentions(polled.cursor)).mentions).toEqual([]);
  });

  it('`glasshouse run --once` pointed at this network ingests the mention and prints its card', async () => {
    await network.processAll();
    const r = await runCli(['run', '--once'], {
      env: {
        NODE_ENV: 'test',
        BLUESKY_SERVICE: network.pds.url,
        BLUESKY_HANDLE: brand.handle,
        BLUESKY_APP_PASSWORD: appPassword,
        REPLAY_FILE: 'off',
        DATA_DIR: resolve(tmp, 'bot-data'),
      },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Review queue: 1 case\(s\)/);
    expect(r.stdout).toContain('@customer.test');
    expect(r.stdout).toContain('mine leaks boiling water on the counter');
    expect(r.stdout).toMatch(/│ draft \(offline template/);
    expect(r.stderr).not.toContain(appPassword);
  });

  it('refreshes the counts from the AppView', async () => {
    await network.processAll();
    const [update] = await adapter.refreshMetrics([`bluesky:${complaint.uri}`]);
    expect(update?.metrics).toMatchObject({ replies: 1, likes: 0 });
  });
});
