/**
 * `glasshouse doctor` checks for the network adapters: off (and what to set), or one
 * authenticated call that names the account; for X also today's estimated spend.
 * A check never throws and never waits for a rate-limit window.
 */
import type { Config } from '../../src/config.js';
import { systemClock } from '../../src/core/clock.js';
import { AuthFailed, RateLimited, Transient } from '../../src/core/errors.js';
import { migrateDatabase, openDatabase } from '../../src/db/client.js';
import type { Check, CheckResult } from '../../src/doctor/checks.js';
import { createLogger, scrubSecrets } from '../../src/logger.js';
import type { AdapterRuntime } from './caller.js';
import { createLimiters } from './limiter.js';
import { networkAdapterStatus, type AdapterStatus } from './status.js';

interface Probe {
  whoami(): Promise<string>;
  close?(): Promise<void>;
}

const FIX: Record<AdapterStatus['platform'], string> = {
  x: 'check X_BEARER_TOKEN / X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_SECRET (and the app permissions: read and write)',
  mastodon: 'check MASTODON_URL and MASTODON_ACCESS_TOKEN (scopes read:accounts read:notifications read:statuses write:statuses)',
  bluesky: 'check BLUESKY_HANDLE, BLUESKY_APP_PASSWORD and BLUESKY_SERVICE',
};

/** Quiet, impatient runtime: one attempt, no waiting, no log lines in the doctor's output. */
export function doctorRuntime(): AdapterRuntime {
  const limiters = createLimiters();
  return { logger: createLogger({ level: 'silent' }), clock: systemClock, limiters, release: () => limiters.close(), retries: 0, maxRateLimitWaitMs: 0 };
}

export async function probeAdapter(platform: AdapterStatus['platform'], status: AdapterStatus, make: () => Promise<Probe>): Promise<CheckResult> {
  const name = `channel ${platform}`;
  if (!status.enabled) return { name, status: 'off', detail: status.detail.replace(/^off: /, 'off — ') };
  let adapter: Probe | null = null;
  try {
    adapter = await make();
    const who = await adapter.whoami();
    return { name, status: 'ok', detail: `${who}; ${status.detail}` };
  } catch (e) {
    const m = scrubSecrets(e instanceof Error ? e.message : String(e));
    if (e instanceof AuthFailed) return { name, status: 'fail', detail: `credentials refused: ${m}`, fix: FIX[platform] };
    if (e instanceof RateLimited) return { name, status: 'warn', detail: `rate limited until ${e.resetAt.toISOString()}` };
    if (e instanceof Transient) return { name, status: 'fail', detail: `unreachable: ${m}`, fix: 'check the network and the service URL' };
    return { name, status: 'fail', detail: m, fix: FIX[platform] };
  } finally {
    await adapter?.close?.().catch(() => undefined);
  }
}

const statusOf = (config: Config, p: AdapterStatus['platform']) => networkAdapterStatus(config).find((s) => s.platform === p)!;

export const checkX: Check = (config) =>
  probeAdapter('x', statusOf(config, 'x'), async () => {
    const { XAdapter } = await import('../x/index.js');
    return new XAdapter({ ...doctorRuntime(), config: config.x!, brand: config.brand });
  });

export const checkMastodon: Check = (config) =>
  probeAdapter('mastodon', statusOf(config, 'mastodon'), async () => {
    const { MastodonAdapter } = await import('../mastodon/index.js');
    return new MastodonAdapter({ ...doctorRuntime(), config: config.mastodon!, timeoutMs: 10_000 });
  });

export const checkBluesky: Check = (config) =>
  probeAdapter('bluesky', statusOf(config, 'bluesky'), async () => {
    const { BlueskyAdapter } = await import('../bluesky/index.js');
    return new BlueskyAdapter({ ...doctorRuntime(), config: config.bluesky! });
  });

/** Today's estimated X spend from the api_usage ledger, against the daily budget. */
export const checkXSpend: Check = async (config) => {
  const name = 'X spend today';
  if (!config.x) return { name, status: 'off', detail: 'X is off' };
  try {
    const database = await openDatabase({ url: config.db.url, dataDir: config.db.dataDir, max: 1 });
    try {
      await migrateDatabase(database);
      const { xSpendToday } = await import('../x/index.js');
      const r = await xSpendToday(database.db, config.brand, systemClock);
      const top = r.byEndpoint
        .filter((e) => e.usd > 0)
        .sort((a, b) => b.usd - a.usd)
        .slice(0, 3)
        .map((e) => `${e.endpoint} $${e.usd.toFixed(3)}`)
        .join(', ');
      const detail = `$${r.usd.toFixed(3)} of $${r.budgetUsd.toFixed(2)} (${r.day} UTC)${top ? `: ${top}` : ''}`;
      if (r.state === 'paused') return { name, status: 'warn', detail: `${detail} — budget spent, polling paused until 00:00 UTC`, fix: 'raise costs.x.dailyBudgetUsd in the brand config' };
      if (r.state === 'slow') return { name, status: 'warn', detail: `${detail} — over 80%, polling slowed` };
      return { name, status: 'ok', detail };
    } finally {
      await database.close();
    }
  } catch (e) {
    return { name, status: 'fail', detail: scrubSecrets(e instanceof Error ? e.message : String(e)) };
  }
};

export const NETWORK_CHECKS: Check[] = [checkX, checkXSpend, checkMastodon, checkBluesky];
