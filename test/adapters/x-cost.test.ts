import { describe, expect, it, vi } from 'vitest';
import { XAdapter, dbSpendLedger, xSpendToday } from '../../adapters/x/index.js';
import { openDatabase, migrateDatabase } from '../../src/db/client.js';
import { testBrand, testRuntime } from './helpers.js';
import { log, makeX, useXServer, userCreds } from './x-server.js';

useXServer();

describe('X adapter: cost', () => {
  it('bills own-mention, search and user reads; repeat reads of a post within a UTC day are billed once', async () => {
    const { adapter, spend } = makeX();
    await adapter.fetchMentions(null);
    const byEndpoint = (ep: string) => spend.records.filter((r) => r.endpoint === ep).reduce((s, r) => s + r.usd, 0);
    expect(byEndpoint('mentions')).toBeCloseTo(3 * 0.001);
    // Search returns 3 posts; all are new to search-priced reads.
    expect(byEndpoint('search')).toBeCloseTo(3 * 0.005);
    // Already read today through the mentions timeline: a lookup of them is a repeat read.
    await adapter.refreshMetrics(['x:1860000000000000400', 'x:1860000000000000200']);
    const fresh = makeX();
    await fresh.adapter.refreshMetrics(['x:1860000000000000400', 'x:1860000000000000200']);
    await fresh.adapter.refreshMetrics(['x:1860000000000000400', 'x:1860000000000000200']);
    expect(spend.records.filter((r) => r.endpoint === 'lookup').map((r) => r.items)).toEqual([0]);
    expect(fresh.spend.records.filter((r) => r.endpoint === 'lookup').map((r) => r.items)).toEqual([2, 0]);
    expect(fresh.spend.records[0]!.usd).toBeCloseTo(2 * 0.005);
    expect(adapter.spentTodayUsd()).toBeGreaterThan(0);
  });

  it('slows past 80% of the daily budget and pauses when it is spent, with a log line', async () => {
    const { adapter, spend, rt } = makeX({ searchQuery: null }, { costs: { x: { dailyBudgetUsd: 1 } } });
    const warn = vi.spyOn(rt.logger, 'warn');
    await spend.record({ day: '2026-11-20', endpoint: 'mentions', requests: 1, items: 1, usd: 0.79 });
    await adapter.fetchMentions(null);
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ platform: 'x' }), expect.stringContaining('slower'));
    expect(adapter.nextPollDelayMs()).toBe(4 * 60_000);
    await spend.record({ day: '2026-11-20', endpoint: 'mentions', requests: 1, items: 1, usd: 0.2 });
    log.seen = [];
    const r = await adapter.fetchMentions(null);
    expect(r.mentions).toEqual([]);
    expect(log.seen).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.anything(), expect.stringContaining('paused'));
    expect(adapter.nextPollDelayMs()).toBe(12 * 3_600_000); // until 00:00 UTC
  });

  it('records spend in api_usage for the doctor command', async () => {
    const database = await openDatabase({ url: null, dataDir: 'memory://' });
    try {
      await migrateDatabase(database);
      const rt = testRuntime();
      const brand = testBrand();
      const adapter = new XAdapter({ ...rt, brand, spend: dbSpendLedger(database.db), config: { bearerToken: null, user: userCreds, searchQuery: null, enterprise: false, apiBase: null } });
      await adapter.fetchMentions(null);
      await adapter.fetchMentions(null); // different process view, same day: repeat reads billed once
      const report = await xSpendToday(database.db, brand, rt.clock);
      expect(report.day).toBe('2026-11-20');
      expect(report.budgetUsd).toBe(5);
      expect(report.state).toBe('ok');
      expect(report.byEndpoint.find((e) => e.endpoint === 'mentions')).toMatchObject({ requests: 2, items: 3 });
      expect(report.usd).toBeCloseTo(3 * 0.001 + 3 * 0.01);
    } finally {
      await database.close();
    }
  });
});
