/** discord.js's REST client; tests pass a fetch-based `makeRequest` so msw sees every call. */
import { REST, type RESTOptions } from 'discord.js';

export function createRest(token: string, opts: Partial<RESTOptions> = {}): REST {
  return new REST({ version: '10', ...opts }).setToken(token);
}
