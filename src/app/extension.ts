import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { PipelineContext } from '../pipeline/context.js';
import type { Stage } from './stage.js';

/** What an extension (posting, alerts, web) adds to the bot: stages to run and resources to close. */
export interface Extension {
  stages: Stage[];
  close?(): Promise<void>;
}

export interface ExtensionInput {
  config: Config;
  ctx: PipelineContext;
  database: Database;
  dryRun: boolean;
}
