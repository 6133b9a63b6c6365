/** Picks where cases are reviewed: Discord when a token is configured, the console otherwise. */
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Db } from '../db/client.js';
import type { Reviewer } from '../review/reviewer.js';
import { ConsoleReviewer } from '../review/console-reviewer.js';

export async function createReviewer(config: Config, deps: { logger: Logger; db: Db; dryRun: boolean }): Promise<Reviewer> {
  void deps.db;
  if (!config.discord) {
    deps.logger.info('Discord off (DISCORD_TOKEN unset): console review mode, cards are printed and nothing is posted');
    return Promise.resolve(new ConsoleReviewer());
  }
  deps.logger.warn('Discord review is not available in this build: console review mode');
  return Promise.resolve(new ConsoleReviewer());
}
