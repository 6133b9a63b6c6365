/** Picks where cases are reviewed: Discord when a token is configured (and not a dry run), the console otherwise. */
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Db } from '../db/client.js';
import type { Reviewer } from '../review/reviewer.js';
import { ConsoleReviewer } from '../review/console-reviewer.js';
import { DiscordReviewer } from '../discord/reviewer.js';
import { createRest } from '../discord/rest.js';

export function createReviewer(config: Config, deps: { logger: Logger; db: Db; dryRun: boolean }): Promise<Reviewer> {
  if (!config.discord) {
    deps.logger.info('Discord off (DISCORD_TOKEN unset): console review mode, cards are printed and nothing is posted');
    return Promise.resolve(new ConsoleReviewer());
  }
  if (deps.dryRun) {
    deps.logger.info('dry run: console review mode, nothing is sent to Discord');
    return Promise.resolve(new ConsoleReviewer());
  }
  const missing = (['guildId', 'reviewChannelId', 'responderRoleId', 'managerRoleId'] as const).filter((k) => !config.brand.discord[k]);
  if (missing.length) deps.logger.warn({ missing }, `brand config discord.${missing.join(', discord.')} unset: cards or permissions will not work (see docs/discord.md)`);
  return Promise.resolve(
    new DiscordReviewer({ rest: createRest(config.discord.token), db: deps.db, logger: deps.logger, brand: config.brand, publicBaseUrl: config.web.publicBaseUrl }),
  );
}
