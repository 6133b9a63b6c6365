/** Shared setup for alert tests: a pipeline context over a test database, and the demo feed's lines. */
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Db } from '../../src/db/client.js';
import type { Clock } from '../../src/core/clock.js';
import type { ChannelAdapter } from '../../src/core/channel.js';
import type { PipelineContext } from '../../src/pipeline/context.js';
import type { Reviewer } from '../../src/review/reviewer.js';
import { DEMO_FEED_FILE, loadEngineConfig } from '../../src/config.js';
import { createTriageEngine, triageOptionsFromBrand } from '../../src/triage/index.js';
import { alertSettingsFromBrand } from '../../src/alerts/settings.js';
import { MemoryAlertSink } from '../../src/alerts/sink.js';
import type { AlertStageContext } from '../../src/alerts/stages.js';

export const brand = loadEngineConfig().brand;
export const silent = pino({ level: 'silent' });

const noReviewer: Reviewer = { kind: 'console', caseUpdated: () => Promise.resolve() };

/** Ingest and triage need no drafter; the stub makes any use of it fail loudly. */
export function pipelineCtx(db: Db, clock: Clock, adapters: Map<string, ChannelAdapter>): PipelineContext {
  const drafter = new Proxy({}, { get: () => { throw new Error('drafter not available in alert tests'); } }) as PipelineContext['drafter'];
  return { db, clock, logger: silent, brand, adapters, engine: createTriageEngine(triageOptionsFromBrand(brand)), drafter, reviewer: noReviewer, batchSize: 50 };
}

export function alertCtx(db: Db, clock: Clock, adapters: Map<string, ChannelAdapter>): AlertStageContext & { sink: MemoryAlertSink } {
  return { db, clock, logger: silent, adapters, settings: alertSettingsFromBrand(brand), sink: new MemoryAlertSink() };
}

export interface DemoLine {
  id: string;
  createdAt: string;
  text: string;
  replay?: { metrics: Array<Record<string, number>> };
  [k: string]: unknown;
}

export function demoLines(): DemoLine[] {
  return readFileSync(DEMO_FEED_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DemoLine);
}

/** Writes some lines to a temp JSONL file (a feed for the replay adapter). */
export function feedFile(lines: readonly object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'gh-alerts-'));
  const file = join(dir, 'feed.jsonl');
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return file;
}
