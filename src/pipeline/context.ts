import type { Db } from '../db/client.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../logger.js';
import type { BrandConfig } from '../config.js';
import type { TriageEngine } from '../triage/index.js';
import type { LlmClassifier } from '../triage/llm.js';
import type { Drafter } from '../drafting/index.js';
import type { Reviewer } from '../review/reviewer.js';
import type { ChannelAdapter } from '../core/channel.js';

/** What every pipeline stage needs; built once in src/app. */
export interface PipelineContext {
  db: Db;
  clock: Clock;
  logger: Logger;
  brand: BrandConfig;
  adapters: Map<string, ChannelAdapter>;
  engine: TriageEngine;
  /** Refines triage when TRIAGE_LLM is on and an OpenAI key is set; null: offline only. */
  classifier?: LlmClassifier | null;
  drafter: Drafter;
  reviewer: Reviewer;
  /** Cases claimed per batch. */
  batchSize: number;
}
