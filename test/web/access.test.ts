/** Web access rules and escaping: token by header or once by query (HttpOnly cookie), 401 without; public text escaped; CSV safe. */
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { describeDb } from '../helpers/db.js';
import type { Database } from '../../src/db/client.js';
import { ManualClock } from '../../src/core/clock.js';
import { startWebServer, type WebServer } from '../../src/web/server.js';
import { csvCell, toCsv } from '../../src/web/csv.js';
import { esc, safeHref } from '../../src/web/html.js';
import { computeFigures } from '../../src/web/figures.js';
import { seedEscalations, SEED_T0, XSS } from './seed.js';

const TOKEN = 'test-token-0123456789abcdef';

describe('escaping helpers', () => {
  it('escapes HTML and refuses non-http links', () => {
    expect(esc('<a href="x">\'&')).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('https://x.com/a')).toBe('https://x.com/a');
  });
  it('writes RFC 4180 CSV and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\nbye')).toBe('"say ""hi""\nbye"');
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+cmd')).toBe("'+cmd");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(toCsv(['a', 'b'], [[1, null]])).toBe('a,b\r\n1,\r\n');
  });
  it('computes response time and SLA compliance', () => {
    const t = (m: number) => new Date(SEED_T0 + m * 60_000);
    const f = computeFigures(
      [
        { postedAt: t(0), dueAt: t(15), firstResponseAt: t(9) },
        { postedAt: t(0), dueAt: t(60), firstResponseAt: t(90) },
        { postedAt: t(0), dueAt: t(30), firstResponseAt: null },
        { postedAt: t(0), dueAt: t(2000), firstResponseAt: null },
      ],
      t(100),
    );
    expect(f).toMatchObject({ cases: 4, answered: 2, judged: 3, withinSla: 1, breached: 2 });
    expect(f.slaCompliance).toBeCloseTo(1 / 3);
    expect(f.medianFirstResponseMs).toBe(90 * 60_000);
  });
});

describeDb('escalation log access', (backend) => {
  let database: Database;
  let web: WebServer;
  let open: WebServer;
  let caseIds: Map<string, string>;
  beforeAll(async () => {
    database = await backend.open();
    caseIds = await seedEscalations(database.db);
    const clock = new ManualClock(SEED_T0 + 3 * 3600_000);
    const logger = pino({ level: 'silent' });
    web = await startWebServer({ db: database.db, clock, logger, token: TOKEN, port: 0, host: '127.0.0.1' });
    open = await startWebServer({ db: database.db, clock, logger, token: null, port: 0 });
  });
  afterAll(async () => {
    await web.close();
    await open.close();
    await database.close();
  });

  it('answers 401 without the token', async () => {
    const r = await fetch(`${web.url}/escalations`);
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toContain('Bearer');
    expect((await fetch(`${web.url}/escalations.csv`)).status).toBe(401);
    expect((await fetch(`${web.url}/escalations`, { headers: { Authorization: 'Bearer wrong-token-000000000' } })).status).toBe(401);
  });

  it('accepts the token as a Bearer header', async () => {
    const r = await fetch(`${web.url}/escalations`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('accepts ?token= once: sets an HttpOnly cookie without the token in it, and redirects to the clean URL', async () => {
    const r = await fetch(`${web.url}/escalations?band=high&token=${TOKEN}`, { redirect: 'manual' });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/escalations?band=high');
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toContain(TOKEN);
    const session = cookie.split(';')[0]!;
    const again = await fetch(`${web.url}/escalations?band=high`, { headers: { Cookie: session } });
    expect(again.status).toBe(200);
    expect((await fetch(`${web.url}/escalations?token=nope`)).status).toBe(401);
  });

  it('escapes public text on the list and on the timeline', async () => {
    const h = { Authorization: `Bearer ${TOKEN}` };
    const list = await (await fetch(`${web.url}/escalations`, { headers: h })).text();
    expect(list).not.toContain('<script>alert');
    expect(list).not.toContain('<img src=x');
    expect(list).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    const page = await (await fetch(`${web.url}/cases/${caseIds.get('x:101')!}`, { headers: h })).text();
    expect(page).not.toContain(XSS);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('without a token binds to 127.0.0.1 only and asks for nothing', async () => {
    expect((open.server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect((await fetch(`${open.url}/escalations`)).status).toBe(200);
  });

  it('exports the filtered list as CSV with formulas defused', async () => {
    const r = await fetch(`${web.url}/escalations.csv?band=critical`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    const csv = await r.text();
    const rows = csv.trim().split('\r\n');
    expect(rows[0]!.startsWith('case_id,posted_at,platform')).toBe(true);
    expect(rows).toHaveLength(3);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain('viral:viral');
  });

  it('filters by platform, language, category and state', async () => {
    const h = { Authorization: `Bearer ${TOKEN}` };
    const get = async (q: string) => (await (await fetch(`${web.url}/escalations.csv?${q}`, { headers: h })).text()).trim().split('\r\n').length - 1;
    expect(await get('platform=mastodon')).toBe(1);
    expect(await get('language=de')).toBe(1);
    expect(await get('category=outage')).toBe(3);
    expect(await get('state=posted')).toBe(1);
    expect(await get('from=2026-11-21')).toBe(0);
  });
});
