import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../helpers/db.js';
import { buildTestApp } from '../helpers/pipeline.js';
import { ReplayAdapter } from '../../adapters/replay/index.js';
import { IngestScheduler } from '../../src/pipeline/ingest.js';
import { AuthFailed } from '../../src/core/errors.js';
import { createLogger } from '../../src/logger.js';
import type { ChannelAdapter } from '../../src/core/channel.js';
import type { Database } from '../../src/db/client.js';

/** A channel whose credentials were revoked: every poll is refused. */
function refusingAdapter(): ChannelAdapter & { polls: number } {
  const a = {
    platform: 'mastodon',
    polls: 0,
    fetchMentions() {
      a.polls++;
      return Promise.reject(new AuthFailed('mastodon', 'mastodon: 401 The access token is invalid'));
    },
    refreshMetrics: () => Promise.resolve([]),
    postReply: () => Promise.reject(new Error('unused')),
    findExistingReply: () => Promise.resolve(null),
    replyLength: (t: string) => ({ length: t.length, max: 500 }),
    nextPollDelayMs: () => 60_000,
  };
  return a;
}

describeDb('ingest scheduler', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it('logs refused credentials once, paces the failing channel, and keeps ingesting the others', async () => {
    const bad = refusingAdapter();
    const replay = new ReplayAdapter({ file: 'test/fixtures/feeds/small.jsonl', batch: 2 });
    const app = await buildTestApp(database, { adapters: new Map<string, ChannelAdapter>([['mastodon', bad], ['replay', replay]]) });
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', format: 'json', destination: new Writable({ write: (c: Buffer, _e, cb) => (lines.push(c.toString()), cb()) }) });
    const scheduler = new IngestScheduler({ ...app.ctx, logger });

    expect(await scheduler.run()).toBe(2);
    expect(bad.polls).toBe(1);
    // Within its delay the failing channel is not asked again; replay keeps going.
    expect(await scheduler.run()).toBe(1);
    expect(bad.polls).toBe(1);
    app.clock.advance(61_000);
    await scheduler.run();
    expect(bad.polls).toBe(2);
    const refused = lines.filter((l) => l.includes('credentials refused'));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain('"source":"mastodon"');
    await app.close();
  });
});
