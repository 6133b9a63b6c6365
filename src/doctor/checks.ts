/**
 * `glasshouse doctor` checks: each says ok, off (not configured) or what to fix.
 * A check never throws; it reports.
 */
import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import { openDatabase, migrateDatabase, rowsOf } from '../db/client.js';
import { scrubSecrets } from '../logger.js';

export type CheckStatus = 'ok' | 'off' | 'fail' | 'warn';
export interface CheckResult {
  name: string;
  status: CheckStatus;
  detail: string;
  fix?: string;
}
export type Check = (config: Config, fetchImpl: typeof fetch) => Promise<CheckResult>;

/** The innermost cause says what actually went wrong (drizzle wraps driver errors in "Failed query"). */
function msg(e: unknown): string {
  let err = e;
  while (err instanceof Error && err.cause instanceof Error) err = err.cause;
  const text = err instanceof Error ? err.message || (err as NodeJS.ErrnoException).code || err.name : String(err);
  return scrubSecrets(text.split('\n')[0]!);
}

export const checkDatabase: Check = async (config) => {
  const name = config.db.url ? 'database (PostgreSQL)' : 'database (PGlite)';
  try {
    const database = await openDatabase({ url: config.db.url, dataDir: config.db.dataDir, max: 1 });
    try {
      await migrateDatabase(database);
      const counts = await database.db.execute(sql`select count(*)::int as n from cases`);
      const n = rowsOf<{ n: number }>(counts)[0]?.n ?? 0;
      return { name, status: 'ok', detail: `reachable, migrations applied, ${n} case(s)` };
    } finally {
      await database.close();
    }
  } catch (e) {
    return { name, status: 'fail', detail: msg(e), fix: config.db.url ? 'check DATABASE_URL (host, port, user, database) and that the server is running' : `check that ${config.db.dataDir} is writable (DATA_DIR)` };
  }
};

export const checkReplay: Check = (config) => {
  if (!config.replay) return Promise.resolve({ name: 'replay feed', status: 'off', detail: 'REPLAY_FILE=off' });
  return Promise.resolve(
    existsSync(config.replay.file)
      ? { name: 'replay feed', status: 'ok', detail: config.replay.file }
      : { name: 'replay feed', status: 'fail', detail: `${config.replay.file} not found`, fix: 'set REPLAY_FILE to a JSONL file of mentions, or REPLAY_FILE=off' },
  );
};

export const checkRedis: Check = async (config) => {
  if (!config.redisUrl) return { name: 'redis', status: 'off', detail: 'REDIS_URL unset: rate limits are per process' };
  const { Redis } = await import('ioredis');
  const r = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000 });
  try {
    await r.connect();
    const pong = await r.ping();
    return { name: 'redis', status: pong === 'PONG' ? 'ok' : 'fail', detail: `ping: ${pong}` };
  } catch (e) {
    return { name: 'redis', status: 'fail', detail: msg(e), fix: 'check REDIS_URL and that Redis is running' };
  } finally {
    r.disconnect();
  }
};

export const checkOpenAI: Check = async (config, fetchImpl) => {
  if (!config.openai) return { name: 'openai', status: 'off', detail: 'OPENAI_API_KEY unset: offline templates draft the replies' };
  const base = (config.openai.baseURL ?? 'https://api.openai.com/v1').replace(/\/$/, '');
  try {
    const res = await fetchImpl(`${base}/models`, { headers: { authorization: `Bearer ${config.openai.apiKey}` }, signal: AbortSignal.timeout(5000) });
    if (res.status === 401) return { name: 'openai', status: 'fail', detail: 'the API key was refused (401)', fix: 'set a valid OPENAI_API_KEY' };
    if (!res.ok) return { name: 'openai', status: 'warn', detail: `GET /models answered ${res.status}` };
    return { name: 'openai', status: 'ok', detail: `${base} reachable, model ${config.openai.model}` };
  } catch (e) {
    return { name: 'openai', status: 'fail', detail: msg(e), fix: 'check network access to the API or OPENAI_BASE_URL' };
  }
};

export const checkDiscord: Check = async (config, fetchImpl) => {
  if (!config.discord) return { name: 'discord', status: 'off', detail: 'DISCORD_TOKEN unset: console review mode' };
  try {
    const res = await fetchImpl('https://discord.com/api/v10/users/@me', { headers: { authorization: `Bot ${config.discord.token}` }, signal: AbortSignal.timeout(5000) });
    if (res.status === 401) return { name: 'discord', status: 'fail', detail: 'the bot token was refused (401)', fix: 'copy the token again from the Developer Portal (Bot > Reset Token) into DISCORD_TOKEN' };
    const me = (await res.json()) as { username?: string };
    const missing = (['guildId', 'reviewChannelId', 'responderRoleId'] as const).filter((k) => !config.brand.discord[k]);
    if (missing.length) return { name: 'discord', status: 'warn', detail: `logged in as ${me.username ?? '?'}`, fix: `set discord.${missing.join(', discord.')} in the brand config (${config.brandFile})` };
    return { name: 'discord', status: 'ok', detail: `logged in as ${me.username ?? '?'}` };
  } catch (e) {
    return { name: 'discord', status: 'fail', detail: msg(e) };
  }
};

/** Channel checks are contributed by the adapters (they know their own endpoints). */
export const CORE_CHECKS: Check[] = [checkDatabase, checkReplay, checkRedis, checkOpenAI, checkDiscord];
