import { afterEach, describe, expect, it } from 'vitest';
import { createAdapters } from '../../adapters/index.js';
import { networkAdapterStatus } from '../../adapters/shared/index.js';
import { loadConfig } from '../../src/config.js';
import type { ChannelAdapter } from '../../src/core/channel.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { testRuntime } from './helpers.js';

const env = {
  REPLAY_FILE: 'off',
  X_BEARER_TOKEN: 'bearer',
  X_SEARCH_QUERY: 'kestrel',
  MASTODON_URL: 'https://social.example',
  MASTODON_ACCESS_TOKEN: 'tok',
  MASTODON_HASHTAGS: 'kestrelfail, #kestrel',
  BLUESKY_HANDLE: 'kestrel.bsky.social',
  BLUESKY_APP_PASSWORD: 'aaaa-bbbb-cccc-dddd',
};

let database: Database | null = null;
let adapters: Map<string, ChannelAdapter> | null = null;
afterEach(async () => {
  for (const a of adapters?.values() ?? []) await a.close?.();
  await database?.close();
  adapters = null;
  database = null;
});

describe('adapter registry', () => {
  it('turns on each network adapter whose credentials are set, keyed by platform', async () => {
    const config = loadConfig(env, { dotenv: false });
    database = await openDatabase({ url: null, dataDir: 'memory://' });
    const rt = testRuntime();
    adapters = createAdapters(config, { logger: rt.logger, clock: rt.clock, db: database.db });
    expect([...adapters.keys()].sort()).toEqual(['bluesky', 'mastodon', 'x']);
    expect(adapters.get('mastodon')?.replyLength('hi').max).toBe(500);
  });

  it('says what to set for the adapters that are off', () => {
    const config = loadConfig({ REPLAY_FILE: 'off', BLUESKY_HANDLE: 'k.bsky.social', BLUESKY_APP_PASSWORD: 'p' }, { dotenv: false });
    const status = networkAdapterStatus(config);
    expect(status.map((s) => [s.platform, s.enabled])).toEqual([
      ['x', false],
      ['mastodon', false],
      ['bluesky', true],
    ]);
    expect(status[0]!.detail).toContain('X_BEARER_TOKEN');
    expect(status[1]!.detail).toContain('MASTODON_ACCESS_TOKEN');
    expect(status[2]!.detail).toContain('https://bsky.social');
  });
});
