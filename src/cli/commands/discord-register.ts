/**
 * `glasshouse discord:register`: registers /queue, /case, /escalations and /stats.
 * With brand.discord.guildId set they are guild commands (available at once); without,
 * global commands (Discord may take up to an hour to show them everywhere).
 */
import { Routes, type REST } from 'discord.js';
import { loadConfig } from '../../config.js';
import { ConfigError } from '../../core/errors.js';
import { SLASH_COMMANDS } from '../../discord/commands.js';
import { createRest } from '../../discord/rest.js';

export async function discordRegisterCommand(_argv: string[]): Promise<number> {
  const config = loadConfig();
  if (!config.discord) throw new ConfigError('DISCORD_TOKEN: required to register slash commands');
  const appId = config.discord.applicationId;
  if (!appId) throw new ConfigError('DISCORD_APPLICATION_ID: required to register slash commands (Developer Portal > General Information > Application ID)');
  const guildId = config.brand.discord.guildId;
  const names = await registerSlashCommands(createRest(config.discord.token), appId, guildId);
  process.stdout.write(`registered ${names.map((n) => `/${n}`).join(', ')} ${guildId ? `in guild ${guildId}` : 'globally'}\n`);
  return 0;
}

/** Overwrites the application's commands with ours (idempotent); returns their names. */
export async function registerSlashCommands(rest: REST, appId: string, guildId: string | undefined): Promise<string[]> {
  const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
  const done = (await rest.put(route, { body: SLASH_COMMANDS })) as Array<{ name: string }>;
  return done.map((c) => c.name);
}
