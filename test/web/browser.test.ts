/**
 * The escalation log in a real browser (playwright-core driving Debian's Chromium):
 * log in once with ?token=, filter, open a timeline, download the CSV, screenshot.
 * Skipped with one line when /usr/bin/chromium is missing (CI installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import pino from 'pino';
import type { BrowserContext } from 'playwright-core';
import { BACKENDS } from '../helpers/db.js';
import type { Database } from '../../src/db/client.js';
import { ManualClock } from '../../src/core/clock.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { startWebServer, type WebServer } from '../../src/web/server.js';
import { seedEscalations, SEED_T0 } from './seed.js';

const CHROMIUM = '/usr/bin/chromium';
const TOKEN = 'browser-token-0123456789abcdef';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.info(`[browser test] skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('escalation log in Chromium', () => {
  let database: Database;
  let web: WebServer;
  let context: BrowserContext;
  let caseIds: Map<string, string>;

  beforeAll(async () => {
    database = await BACKENDS[0]!.open();
    caseIds = await seedEscalations(database.db);
    web = await startWebServer({ db: database.db, clock: new ManualClock(SEED_T0 + 3 * 3600_000), logger: pino({ level: 'silent' }), token: TOKEN, port: 0, host: '127.0.0.1' });
    const { chromium } = await import('playwright-core');
    // A fresh profile directory per run (launchPersistentContext owns --user-data-dir).
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gh-chromium-')), {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      acceptDownloads: true,
      viewport: { width: 1360, height: 900 },
    });
  });
  afterAll(async () => {
    await context?.close();
    await web?.close();
    await database?.close();
  });

  it('loads, filters, opens a timeline, downloads the CSV and saves a screenshot', async () => {
    const page = await context.newPage();
    // ?token= once: the server sets the cookie and redirects to the clean URL.
    await page.goto(`${web.url}/escalations?token=${TOKEN}`);
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'gh_session')?.httpOnly).toBe(true);
    await expect.poll(() => page.locator('#escalations tbody tr').count()).toBe(6);
    expect(await page.locator('#incidents tbody tr').count()).toBe(1);
    expect(await page.locator('svg[role="img"]').count()).toBe(1);
    // Hostile text is shown as text, never run.
    expect(await page.locator('td.text', { hasText: '<script>alert("pwned")</script>' }).count()).toBe(1);

    const shotDir = resolve(PROJECT_ROOT, 'test/.tmp');
    mkdirSync(shotDir, { recursive: true });
    await page.screenshot({ path: join(shotDir, 'escalation-log.png'), fullPage: true });

    await page.selectOption('#f-band', 'critical');
    await page.click('#apply');
    await page.waitForURL(/band=critical/);
    expect(await page.locator('#escalations tbody tr').count()).toBe(2);
    expect(await page.locator('#fig-cases').textContent()).toBe('2');

    const download = page.waitForEvent('download');
    await page.click('#csv');
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('case_id');
    expect(csv.trim().split('\r\n')).toHaveLength(3);

    await page.click(`a.case-link[href="/cases/${caseIds.get('x:100')!}"]`);
    await page.waitForURL(/\/cases\//);
    const actions: Array<string | null> = [];
    for (const li of await page.locator('#timeline li').all()) actions.push(await li.getAttribute('data-action'));
    for (const a of ['detected', 'triaged', 'drafted', 'edited', 'approved', 'posted', 'alerted', 'alert_acknowledged']) expect(actions).toContain(a);
    expect(await page.locator('#timeline li[data-action="posted"] a').getAttribute('href')).toBe('https://x.com/KestrelMobile/status/999');
    expect(await page.locator('#ttfr').textContent()).toBe('9 min');
    expect(await page.locator('#timeline', { hasText: 'by u-ben' }).count()).toBe(1);
    await page.screenshot({ path: join(shotDir, 'case-timeline.png'), fullPage: true });
  });
});
