/**
 * Registry: config -> enabled adapters, keyed by the source name stored with each
 * mention (`mentions.source`), so a reply goes back through the adapter that heard it.
 */
import { join } from 'node:path';
import type { ChannelAdapter } from '../src/core/channel.js';
import type { Clock } from '../src/core/clock.js';
import type { Config } from '../src/config.js';
import type { Logger } from '../src/logger.js';
import type { Db } from '../src/db/client.js';
import { ReplayAdapter } from './replay/index.js';
import { createLimiters, sharedLimiters } from './shared/index.js';
import { createXAdapter } from './x/index.js';
import { createMastodonAdapter } from './mastodon/index.js';
import { createBlueskyAdapter } from './bluesky/index.js';

export interface AdapterDeps {
  logger: Logger;
  clock: Clock;
  db: Db;
}

export function createAdapters(config: Config, deps: AdapterDeps): Map<string, ChannelAdapter> {
  const adapters = new Map<string, ChannelAdapter>();
  if (config.replay) {
    adapters.set(
      'replay',
      new ReplayAdapter({
        file: config.replay.file,
        batch: config.replay.batch,
        repliesFile: config.db.url ? null : join(config.db.dataDir, 'replay-replies.jsonl'),
        clock: deps.clock,
        shiftToNow: config.replay.shiftToNow,
      }),
    );
  } else {
    deps.logger.info('replay feed off (REPLAY_FILE=off)');
  }
  // Network adapters share one set of rate limiters (Redis-clustered when REDIS_URL is set).
  const limiters = sharedLimiters(createLimiters({ redisUrl: config.redisUrl, logger: deps.logger }));
  for (const create of [createXAdapter, createMastodonAdapter, createBlueskyAdapter]) {
    const release = limiters.acquire();
    const adapter = create(config, { ...deps, limiters: limiters.limiters, release });
    if (adapter) adapters.set(adapter.platform, adapter);
    else void release();
  }
  return adapters;
}
