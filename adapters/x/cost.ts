/**
 * X pay-per-use cost tracking: every call's estimated spend goes to a ledger (the
 * api_usage table in production), repeat reads of one post or user within a UTC day are
 * billed once, and the daily budget turns into "slow down" then "pause".
 */
import twitterText from 'twitter-text';
import type { BrandConfig } from '../../src/config.js';
import type { Clock } from '../../src/core/clock.js';
import type { DbOrTx } from '../../src/db/client.js';
import { apiUsageForDay, recordApiUsage } from '../../src/db/repos/api-usage.js';
import { utcDay } from '../shared/index.js';

export type XRates = BrandConfig['costs']['x'];
export type XBillable = 'ownMentionRead' | 'postRead' | 'userRead' | 'createPost' | 'createPostWithLink';

export interface SpendRecord {
  day: string;
  endpoint: string;
  requests: number;
  items: number;
  usd: number;
}

/** Where estimated spend is written; the adapter only needs these two operations. */
export interface SpendLedger {
  record(r: SpendRecord): Promise<void>;
  /** Total USD recorded for the platform on that UTC day. */
  spentOn(day: string): Promise<number>;
}

export function dbSpendLedger(db: DbOrTx, platform = 'x'): SpendLedger {
  return {
    record: (r) => recordApiUsage(db, { platform, ...r }),
    spentOn: async (day) => (await apiUsageForDay(db, platform, day)).reduce((s, r) => s + r.usd, 0),
  };
}

/** For tests and for running without a database; forgets on restart. */
export function memorySpendLedger(): SpendLedger & { records: SpendRecord[] } {
  const records: SpendRecord[] = [];
  return {
    records,
    record: (r) => {
      records.push(r);
      return Promise.resolve();
    },
    spentOn: (day) => Promise.resolve(records.filter((r) => r.day === day).reduce((s, r) => s + r.usd, 0)),
  };
}

/**
 * What posting this reply will cost: X bills a post with a link far more than one
 * without (the reply lint shows it). twitter-text misses unknown TLDs, so a bare
 * scheme counts as a link too.
 */
export function xPostCost(text: string, rates: XRates): { usd: number; withLink: boolean } {
  const withLink = twitterText.extractUrls(text).length > 0 || /https?:\/\//i.test(text);
  return { usd: withLink ? rates.createPostWithLink : rates.createPost, withLink };
}

export type BudgetState = 'ok' | 'slow' | 'paused';
/** Share of the daily budget after which polling slows down. */
export const SLOW_AT = 0.8;
/** How much slower polling gets past SLOW_AT. */
export const SLOW_FACTOR = 4;

export class XCostMeter {
  private day = '';
  private seen = new Set<string>();
  private spent = 0;
  private loaded = false;

  constructor(
    private readonly rates: XRates,
    private readonly ledger: SpendLedger,
    private readonly clock: Clock,
  ) {}

  private rollDay(): string {
    const today = utcDay(this.clock.now());
    if (today !== this.day) {
      this.day = today;
      this.seen = new Set();
      this.spent = 0;
      this.loaded = false;
    }
    return today;
  }

  /** Re-reads today's total (other instances spend too). */
  async refresh(): Promise<number> {
    const day = this.rollDay();
    this.spent = await this.ledger.spentOn(day);
    this.loaded = true;
    return this.spent;
  }

  /**
   * Records one request that returned `ids` of kind `what`; ids already billed today are
   * free. Posts (no ids) pass `count` instead.
   */
  async bill(endpoint: string, what: XBillable, ids: readonly string[] | number): Promise<number> {
    const day = this.rollDay();
    let items: number;
    if (typeof ids === 'number') {
      items = ids;
    } else {
      items = 0;
      for (const id of ids) {
        const key = `${what === 'userRead' ? 'u' : 'p'}:${id}`;
        if (this.seen.has(key)) continue;
        this.seen.add(key);
        items++;
      }
    }
    const usd = Math.round(items * this.rates[what] * 1e6) / 1e6;
    await this.ledger.record({ day, endpoint, requests: 1, items, usd });
    this.spent += usd;
    return usd;
  }

  async state(): Promise<BudgetState> {
    this.rollDay();
    if (!this.loaded) await this.refresh();
    return this.stateNow();
  }

  /** Synchronous view from the last known total. */
  stateNow(): BudgetState {
    const budget = this.rates.dailyBudgetUsd;
    if (budget <= 0) return 'ok';
    if (this.spent >= budget) return 'paused';
    if (this.spent >= budget * SLOW_AT) return 'slow';
    return 'ok';
  }

  spentToday(): number {
    return this.spent;
  }

  /** Milliseconds until the next UTC midnight, when the budget starts over. */
  msUntilNextDay(): number {
    const now = this.clock.now();
    const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
    return next - now.getTime();
  }
}

export interface XSpendReport {
  day: string;
  usd: number;
  budgetUsd: number;
  state: BudgetState;
  byEndpoint: Array<{ endpoint: string; requests: number; items: number; usd: number }>;
}

/** For `glasshouse doctor`: today's estimated X spend against the budget. */
export async function xSpendToday(db: DbOrTx, brand: BrandConfig, clock: Clock): Promise<XSpendReport> {
  const day = utcDay(clock.now());
  const rows = await apiUsageForDay(db, 'x', day);
  const usd = Math.round(rows.reduce((s, r) => s + r.usd, 0) * 1e6) / 1e6;
  const budgetUsd = brand.costs.x.dailyBudgetUsd;
  const state: BudgetState = budgetUsd > 0 && usd >= budgetUsd ? 'paused' : budgetUsd > 0 && usd >= budgetUsd * SLOW_AT ? 'slow' : 'ok';
  return {
    day,
    usd,
    budgetUsd,
    state,
    byEndpoint: rows.map((r) => ({ endpoint: r.endpoint, requests: r.requests, items: r.items, usd: r.usd })),
  };
}
