/**
 * The only reader of the environment. Parses env (and `.env`) plus the brand config
 * file once, with zod; optional subsystems are `null` when their credentials are unset.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { ConfigError } from './core/errors.js';
import { RISK_BANDS } from './core/triage.js';

/** The folder holding package.json: works from src/ (tsx) and from dist/src/ (compiled). */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(resolve(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return start;
    dir = up;
  }
  return dir;
}
export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const DEMO_BRAND_FILE = resolve(PROJECT_ROOT, 'brands/demo.json');
export const DEMO_FEED_FILE = resolve(PROJECT_ROOT, 'adapters/replay/demo-feed.jsonl');

// ---------------------------------------------------------------- brand config

const minutes = z.number().positive();
const lang = z.string().min(2).max(8);

export const BrandSchema = z.object({
  name: z.string().min(1),
  handles: z
    .object({ x: z.string().optional(), mastodon: z.string().optional(), bluesky: z.string().optional() })
    .default({}),
  /** Domains replies may link to; anything else is flagged by the lint. */
  domains: z.array(z.string().min(3)).default([]),
  /** Languages the team answers in; the customer's language is used when listed. */
  languages: z.array(lang).default(['en', 'el', 'hi', 'hu', 'es', 'de', 'fr', 'pt']),
  defaultLanguage: lang.default('en'),
  voice: z
    .object({
      tone: z.string().default('warm, plain, brief; never defensive'),
      signOff: z.string().default(''),
      useEmoji: z.boolean().default(false),
      addressCustomerByHandle: z.boolean().default(true),
    })
    .prefault({}),
  policies: z
    .object({
      /** Response-time policy by band, in minutes (SLA). */
      responseMinutes: z
        .object({ critical: minutes.default(15), high: minutes.default(60), medium: minutes.default(1440), low: minutes.default(1440) })
        .prefault({}),
      /** What a public reply may offer. Everything false by default: offers go to private messages. */
      mayOffer: z
        .object({
          refund: z.boolean().default(false),
          compensation: z.boolean().default(false),
          freeProduct: z.boolean().default(false),
          fixDate: z.boolean().default(false),
        })
        .prefault({}),
      /** Where to move personal details, per platform ("send us a DM", a support URL...). */
      privateChannel: z.record(z.string(), z.string()).default({}),
      /** Cases at or above this band need two approvers. */
      fourEyesBand: z.enum(RISK_BANDS).default('high'),
      /** Praise: reply with a thank-you draft ("acknowledge") or just log it. */
      praise: z.enum(['acknowledge', 'log']).default('acknowledge'),
    })
    .prefault({}),
  thresholds: z
    .object({
      bands: z
        .object({ medium: z.number().default(40), high: z.number().default(65), critical: z.number().default(85) })
        .prefault({}),
      viral: z
        .object({ watch: z.number().default(200), viral: z.number().default(1000), critical: z.number().default(10000) })
        .prefault({}),
      incident: z
        .object({ minComplaints: z.number().int().default(5), minAuthors: z.number().int().default(5), windowMinutes: z.number().default(30) })
        .prefault({}),
    })
    .prefault({}),
  discord: z
    .object({
      guildId: z.string().optional(),
      reviewChannelId: z.string().optional(),
      queueChannelId: z.string().optional(),
      alertsChannelId: z.string().optional(),
      escalationsChannelId: z.string().optional(),
      responderRoleId: z.string().optional(),
      managerRoleId: z.string().optional(),
    })
    .prefault({}),
  /** X pay-per-use rates in USD (documented at the time of writing) and the daily budget. */
  costs: z
    .object({
      x: z
        .object({
          ownMentionRead: z.number().default(0.001),
          postRead: z.number().default(0.005),
          userRead: z.number().default(0.01),
          createPost: z.number().default(0.015),
          createPostWithLink: z.number().default(0.2),
          dailyBudgetUsd: z.number().default(5),
        })
        .prefault({}),
    })
    .prefault({}),
});
export type BrandConfig = z.infer<typeof BrandSchema>;

// ---------------------------------------------------------------- environment

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const url = z.url();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
  BRAND_CONFIG: z.string().default(DEMO_BRAND_FILE),
  DATABASE_URL: url.optional(),
  DATA_DIR: z.string().default('./data'),
  POLL_INTERVAL_SECONDS: int(1, 86_400).default(60),
  REPLAY_FILE: z.string().default(DEMO_FEED_FILE),
  REPLAY_BATCH: int(1, 10_000).default(25),
  REPLAY_SHIFT_TO_NOW: bool.default(false),
  REDIS_URL: url.optional(),

  X_BEARER_TOKEN: z.string().min(1).optional(),
  X_API_KEY: z.string().min(1).optional(),
  X_API_SECRET: z.string().min(1).optional(),
  X_ACCESS_TOKEN: z.string().min(1).optional(),
  X_ACCESS_SECRET: z.string().min(1).optional(),
  X_SEARCH_QUERY: z.string().optional(),
  X_ENTERPRISE: bool.default(false),
  X_API_BASE: url.optional(),

  MASTODON_URL: url.optional(),
  MASTODON_ACCESS_TOKEN: z.string().min(1).optional(),
  MASTODON_HASHTAGS: z.string().optional(),
  MASTODON_VISIBILITY: z.enum(['public', 'unlisted', 'private', 'direct']).default('public'),

  BLUESKY_SERVICE: url.default('https://bsky.social'),
  BLUESKY_HANDLE: z.string().min(1).optional(),
  BLUESKY_APP_PASSWORD: z.string().min(1).optional(),
  BLUESKY_SEARCH_TERMS: z.string().optional(),

  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: url.optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: int(100, 600_000).default(20_000),
  OPENAI_MAX_RETRIES: int(0, 10).default(2),
  OPENAI_MAX_CONCURRENT: int(1, 100).default(4),
  TRIAGE_LLM: bool.default(false),

  DISCORD_TOKEN: z.string().min(1).optional(),
  DISCORD_APPLICATION_ID: z.string().min(1).optional(),

  WEB_PORT: int(0, 65_535).default(8787),
  WEB_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  PUBLIC_BASE_URL: url.optional(),
});
type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  log: { level: Env['LOG_LEVEL']; format: Env['LOG_FORMAT'] };
  brand: BrandConfig;
  brandFile: string;
  db: { url: string | null; dataDir: string };
  pollIntervalMs: number;
  redisUrl: string | null;
  /** `shiftToNow`: move the feed's post times so its last post is "now" (demos). */
  replay: { file: string; batch: number; shiftToNow: boolean } | null;
  x: {
    bearerToken: string | null;
    user: { appKey: string; appSecret: string; accessToken: string; accessSecret: string } | null;
    searchQuery: string | null;
    enterprise: boolean;
    apiBase: string | null;
  } | null;
  mastodon: { url: string; accessToken: string; hashtags: string[]; visibility: Env['MASTODON_VISIBILITY'] } | null;
  bluesky: { service: string; handle: string; appPassword: string; searchTerms: string[] } | null;
  openai: { apiKey: string; baseURL: string | null; model: string; timeoutMs: number; maxRetries: number; maxConcurrent: number; triage: boolean } | null;
  discord: { token: string; applicationId: string | null } | null;
  web: { port: number; token: string | null; publicBaseUrl: string };
}

/** Names of settings whose values never reach a log line. */
export const SECRET_SETTINGS = [
  'X_BEARER_TOKEN',
  'X_API_KEY',
  'X_API_SECRET',
  'X_ACCESS_TOKEN',
  'X_ACCESS_SECRET',
  'MASTODON_ACCESS_TOKEN',
  'BLUESKY_APP_PASSWORD',
  'OPENAI_API_KEY',
  'DISCORD_TOKEN',
  'WEB_TOKEN',
  'DATABASE_URL',
  'REDIS_URL',
] as const;

function describeIssue(prefix: string, issue: z.core.$ZodIssue, input: unknown): string {
  const path = issue.path.map(String).join('.');
  const where = prefix ? (path ? `${prefix}: ${path}` : prefix) : path || '(root)';
  let got = '';
  if (input && typeof input === 'object' && issue.path.length > 0) {
    let v: unknown = input;
    for (const k of issue.path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
    const secret = (SECRET_SETTINGS as readonly string[]).includes(String(issue.path[0]));
    if (v !== undefined && !secret) got = ` (got ${JSON.stringify(v).slice(0, 60)})`;
  }
  return `${where}: ${issue.message}${got}`;
}

/** Reads `.env` in the working directory, if any; real environment variables win. */
function withDotenv(env: NodeJS.ProcessEnv, cwd: string): Record<string, string | undefined> {
  const file = resolve(cwd, '.env');
  if (!existsSync(file)) return { ...env };
  const fromFile = parseDotenv(readFileSync(file));
  return { ...fromFile, ...env };
}

export function loadBrand(file: string): BrandConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (e as Error).message;
    throw new ConfigError(`BRAND_CONFIG: cannot read brand config ${file}: ${why}`);
  }
  const parsed = BrandSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => describeIssue(`brand config ${file}`, i, raw)).join('\n'));
  }
  return parsed.data;
}

const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** Parse and validate everything once. Throws ConfigError with one line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, opts: { cwd?: string; dotenv?: boolean } = {}): Config {
  const cwd = opts.cwd ?? process.cwd();
  const merged = opts.dotenv === false ? { ...env } : withDotenv(env, cwd);
  // An empty variable means "unset" (as in a copied .env.example).
  for (const k of Object.keys(merged)) if (merged[k] === '') delete merged[k];
  const parsed = EnvSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => describeIssue('', i, merged)).join('\n'));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const need = (group: string, names: (keyof Env)[]) => {
    const set = names.filter((n) => e[n] !== undefined);
    if (set.length > 0 && set.length < names.length) {
      const missing = names.filter((n) => e[n] === undefined);
      problems.push(`${missing.join(', ')}: required for ${group} because ${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} set`);
    }
    return set.length === names.length;
  };

  const xUser = need('posting and mentions on X (user context)', ['X_API_KEY', 'X_API_SECRET', 'X_ACCESS_TOKEN', 'X_ACCESS_SECRET']);
  const mastodon = need('Mastodon', ['MASTODON_URL', 'MASTODON_ACCESS_TOKEN']);
  const bluesky = need('Bluesky', ['BLUESKY_HANDLE', 'BLUESKY_APP_PASSWORD']);
  if (problems.length) throw new ConfigError(problems.join('\n'));

  const brandFile = resolve(cwd, e.BRAND_CONFIG);
  const brand = loadBrand(brandFile);
  const replayOff = ['off', 'none', 'false'].includes(e.REPLAY_FILE.toLowerCase());

  return {
    env: e.NODE_ENV,
    log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT },
    brand,
    brandFile,
    db: { url: e.DATABASE_URL ?? null, dataDir: resolve(cwd, e.DATA_DIR) },
    pollIntervalMs: e.POLL_INTERVAL_SECONDS * 1000,
    redisUrl: e.REDIS_URL ?? null,
    replay: replayOff ? null : { file: resolve(cwd, e.REPLAY_FILE), batch: e.REPLAY_BATCH, shiftToNow: e.REPLAY_SHIFT_TO_NOW },
    x:
      e.X_BEARER_TOKEN || xUser
        ? {
            bearerToken: e.X_BEARER_TOKEN ?? null,
            user: xUser
              ? { appKey: e.X_API_KEY!, appSecret: e.X_API_SECRET!, accessToken: e.X_ACCESS_TOKEN!, accessSecret: e.X_ACCESS_SECRET! }
              : null,
            searchQuery: e.X_SEARCH_QUERY ?? null,
            enterprise: e.X_ENTERPRISE,
            apiBase: e.X_API_BASE ?? null,
          }
        : null,
    mastodon: mastodon
      ? { url: e.MASTODON_URL!, accessToken: e.MASTODON_ACCESS_TOKEN!, hashtags: list(e.MASTODON_HASHTAGS), visibility: e.MASTODON_VISIBILITY }
      : null,
    bluesky: bluesky
      ? { service: e.BLUESKY_SERVICE, handle: e.BLUESKY_HANDLE!, appPassword: e.BLUESKY_APP_PASSWORD!, searchTerms: list(e.BLUESKY_SEARCH_TERMS) }
      : null,
    openai: e.OPENAI_API_KEY
      ? {
          apiKey: e.OPENAI_API_KEY,
          baseURL: e.OPENAI_BASE_URL ?? null,
          model: e.OPENAI_MODEL,
          timeoutMs: e.OPENAI_TIMEOUT_MS,
          maxRetries: e.OPENAI_MAX_RETRIES,
          maxConcurrent: e.OPENAI_MAX_CONCURRENT,
          triage: e.TRIAGE_LLM,
        }
      : null,
    discord: e.DISCORD_TOKEN ? { token: e.DISCORD_TOKEN, applicationId: e.DISCORD_APPLICATION_ID ?? null } : null,
    web: { port: e.WEB_PORT, token: e.WEB_TOKEN ?? null, publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://127.0.0.1:${e.WEB_PORT}` },
  };
}

/** Config for the engine-only CLI commands (triage, lint, draft, alerts): no env needed beyond an optional brand. */
export function loadEngineConfig(brandFile?: string): { brand: BrandConfig } {
  return { brand: loadBrand(brandFile ? resolve(brandFile) : DEMO_BRAND_FILE) };
}
