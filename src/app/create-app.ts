/**
 * Wires the bot from config: database (migrated), adapters, engine, drafter, reviewer,
 * and the stages in order. Tests pass their own clock, database, adapters or reviewer.
 */
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { openDatabase, migrateDatabase, type Database } from '../db/client.js';
import { systemClock, type Clock } from '../core/clock.js';
import type { ChannelAdapter } from '../core/channel.js';
import { createAdapters } from '../../adapters/index.js';
import { createTriageEngine, triageOptionsFromBrand } from '../triage/index.js';
import { createDrafter } from '../drafting/index.js';
import { createOpenAiClient } from '../drafting/openai-drafter.js';
import { createLlmClassifier, type LlmClassifier } from '../triage/llm.js';
import { llmCacheRepo } from '../db/repos/llm-cache.js';
import type { Reviewer } from '../review/reviewer.js';
import { createReviewer } from './reviewer.js';
import { IngestScheduler } from '../pipeline/ingest.js';
import { triageNewCases } from '../pipeline/triage-stage.js';
import { draftTriagedCases } from '../pipeline/draft-stage.js';
import { sendDraftedToReview } from '../pipeline/review-stage.js';
import { listCaseViews } from '../db/repos/case-views.js';
import type { PipelineContext } from '../pipeline/context.js';
import { Bot } from './bot.js';
import { REVIEW_QUEUE_STATES } from '../cases/states.js';
import type { Stage } from './stage.js';
import type { Extension } from './extension.js';
import { installPosting } from './posting-extension.js';
import { installAlerts } from './alerts-extension.js';

export interface AppOptions {
  logger: Logger;
  clock?: Clock;
  database?: Database;
  adapters?: Map<string, ChannelAdapter>;
  reviewer?: Reviewer;
  dryRun?: boolean;
}

export interface App {
  ctx: PipelineContext;
  bot: Bot;
  database: Database;
  stages: Stage[];
  close(): Promise<void>;
}

/** Says once, at start, which optional subsystems are off and what turns them on. */
export function logSubsystems(config: Config, logger: Logger): void {
  if (!config.x) logger.info('X off: set X_BEARER_TOKEN and/or X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_SECRET');
  if (!config.mastodon) logger.info('Mastodon off: set MASTODON_URL and MASTODON_ACCESS_TOKEN');
  if (!config.bluesky) logger.info('Bluesky off: set BLUESKY_HANDLE and BLUESKY_APP_PASSWORD');
  if (!config.openai) logger.info('OpenAI off (OPENAI_API_KEY unset): replies are drafted from offline templates');
  if (!config.redisUrl) logger.info('Redis off (REDIS_URL unset): rate limits are kept in this process only');
  logger.info(config.db.url ? 'database: PostgreSQL (DATABASE_URL)' : `database: embedded PGlite in ${config.db.dataDir}`);
}

/** The optional LLM triage classifier (TRIAGE_LLM=true with an OpenAI key), cached in the database. */
function createTriageClassifier(config: Config, db: Database['db'], logger: Logger): LlmClassifier | null {
  if (!config.openai?.triage) {
    if (config.openai) logger.info('LLM triage classifier off (TRIAGE_LLM unset): the offline engine ranks alone');
    return null;
  }
  const { timeoutMs, maxRetries, model } = config.openai;
  return createLlmClassifier({ client: createOpenAiClient(config.openai), model, timeoutMs, maxRetries, cache: llmCacheRepo(db) });
}


export async function createApp(config: Config, opts: AppOptions): Promise<App> {
  const { logger } = opts;
  const clock = opts.clock ?? systemClock;
  const database = opts.database ?? (await openDatabase({ url: config.db.url, dataDir: config.db.dataDir }));
  await migrateDatabase(database);
  const db = database.db;
  const adapters = opts.adapters ?? createAdapters(config, { logger, clock, db });
  const reviewer = opts.reviewer ?? (await createReviewer(config, { logger, db, dryRun: opts.dryRun ?? false }));
  const ctx: PipelineContext = {
    db,
    clock,
    logger,
    brand: config.brand,
    adapters,
    engine: createTriageEngine(triageOptionsFromBrand(config.brand)),
    classifier: createTriageClassifier(config, db, logger),
    drafter: createDrafter({ openai: config.openai, logger, clock }),
    reviewer,
    batchSize: 50,
  };
  const ingest = new IngestScheduler(ctx);
  const stages: Stage[] = [
    { name: 'ingest', drains: true, run: () => ingest.run() },
    { name: 'triage', drains: true, run: () => triageNewCases(ctx) },
    { name: 'draft', drains: true, run: () => draftTriagedCases(ctx) },
    { name: 'review', drains: true, run: () => sendDraftedToReview(ctx) },
  ];
  const extensions: Extension[] = [];
  for (const install of [installPosting, installAlerts]) {
    const ext = await install({ config, ctx, database, dryRun: opts.dryRun ?? false });
    extensions.push(ext);
    stages.push(...ext.stages);
  }
  const bot = new Bot(stages, logger, async (report) => {
    // Show the queue once it has settled, not after every busy cycle.
    if (report.drained === 0) await reviewer.cycleDone?.(await listCaseViews(db, REVIEW_QUEUE_STATES, 100));
  });
  return {
    ctx,
    bot,
    database,
    stages,
    close: async () => {
      for (const ext of extensions.reverse()) await ext.close?.();
      await reviewer.close?.();
      for (const a of adapters.values()) await a.close?.();
      if (!opts.database) await database.close();
    },
  };
}
