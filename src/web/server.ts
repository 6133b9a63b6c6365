/**
 * The escalation log over node:http: /escalations, /cases/<id>, /escalations.csv.
 * With a token it listens on all interfaces and requires it; without one it binds to
 * 127.0.0.1 only. Read-only: GET and HEAD.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DbOrTx } from '../db/client.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../logger.js';
import { getCaseView } from '../db/repos/case-views.js';
import { alertsForCase } from '../db/repos/alerts.js';
import { listIncidents } from '../db/repos/incidents.js';
import { caseDrafts, filterOptions, fullTimeline, listEscalations } from '../db/repos/reports.js';
import { authorize } from './auth.js';
import { toCsv } from './csv.js';
import { computeFigures } from './figures.js';
import { esc, page } from './html.js';
import { filtersFrom, renderEscalations } from './pages/escalations.js';
import { renderCase } from './pages/case.js';

export interface WebOptions {
  db: DbOrTx;
  clock: Clock;
  logger: Logger;
  token: string | null;
  port: number;
  /** Defaults: 0.0.0.0 with a token, 127.0.0.1 without. */
  host?: string;
}

export interface WebServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

const HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  // The ?token= URL must not leak through Referer.
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...HEADERS, 'Content-Type': type, ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

export const CSV_HEADER = ['case_id', 'posted_at', 'platform', 'language', 'author', 'url', 'text', 'kind', 'risk', 'band', 'categories', 'state', 'escalate', 'incident_id', 'due_at', 'first_response_at', 'minutes_to_first_response', 'sla', 'alerts', 'acknowledged_by'];

export async function handle(o: WebOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed', { Allow: 'GET, HEAD' });
  const auth = authorize(req, url, o.token);
  if (!auth.ok) return send(res, 401, 'text/html; charset=utf-8', page('Unauthorized', '<h1>401</h1><p>This page needs the WEB_TOKEN: send <code>Authorization: Bearer &lt;token&gt;</code>, or open it once with <code>?token=</code>.</p>'), { 'WWW-Authenticate': 'Bearer realm="glasshouse"' });
  if ('redirect' in auth) return send(res, 303, 'text/plain; charset=utf-8', 'see other', { Location: auth.redirect, 'Set-Cookie': auth.setCookie });
  const now = o.clock.now();
  if (url.pathname === '/') return send(res, 302, 'text/plain; charset=utf-8', '', { Location: '/escalations' });
  if (url.pathname === '/healthz') return send(res, 200, 'text/plain; charset=utf-8', 'ok');
  if (url.pathname === '/escalations' || url.pathname === '/escalations.csv') {
    const filters = filtersFrom(url);
    const rows = await listEscalations(o.db, filters);
    if (url.pathname.endsWith('.csv')) {
      const data = rows.map((r) => {
        const posted = r.mention.postedAt ?? r.case.createdAt;
        const fr = r.case.firstResponseAt;
        const sla = !r.case.dueAt ? '' : fr ? (fr <= r.case.dueAt ? 'met' : 'breached') : now >= r.case.dueAt ? 'breached' : 'open';
        return [r.case.id, posted, r.case.platform, r.triage?.lang ?? r.mention.lang ?? '', r.mention.authorHandle, r.mention.url ?? '', r.mention.text, r.case.kind ?? '', r.case.risk ?? '', r.case.band ?? '', r.case.categories.join(' '), r.case.state, r.case.escalate, r.case.incidentId ?? '', r.case.dueAt, fr, fr ? Math.round((fr.getTime() - posted.getTime()) / 60_000) : '', sla, r.alerts.map((a) => `${a.kind}${a.level ? ':' + a.level : ''}`).join(' '), r.alerts.map((a) => a.acknowledgedBy).filter(Boolean).join(' ')];
      });
      return send(res, 200, 'text/csv; charset=utf-8', toCsv(CSV_HEADER, data), { 'Content-Disposition': `attachment; filename="escalations-${now.toISOString().slice(0, 10)}.csv"` });
    }
    const [incidents, options] = await Promise.all([listIncidents(o.db, 50), filterOptions(o.db)]);
    const figures = computeFigures(rows.map((r) => ({ postedAt: r.mention.postedAt ?? r.case.createdAt, dueAt: r.case.dueAt, firstResponseAt: r.case.firstResponseAt })), now);
    return send(res, 200, 'text/html; charset=utf-8', renderEscalations({ rows, incidents, filters, options, figures, now }));
  }
  const m = /^\/cases\/([A-Za-z0-9_-]{1,64})$/.exec(url.pathname);
  if (m) {
    const view = await getCaseView(o.db, m[1]!);
    if (!view) return send(res, 404, 'text/html; charset=utf-8', page('Not found', `<h1>No case ${esc(m[1])}</h1>`));
    const alerts = await alertsForCase(o.db, view.case.id);
    const [timeline, drafts] = await Promise.all([fullTimeline(o.db, view.case.id, alerts.map((a) => a.id)), caseDrafts(o.db, view.case.id)]);
    return send(res, 200, 'text/html; charset=utf-8', renderCase({ view, timeline, alerts, drafts }));
  }
  return send(res, 404, 'text/html; charset=utf-8', page('Not found', '<h1>Not found</h1><p><a href="/escalations">escalations</a></p>'));
}

export function accessMode(token: string | null): string {
  return token ? 'token required (WEB_TOKEN): listening on all interfaces' : 'no WEB_TOKEN set: bound to 127.0.0.1 only, no token asked';
}

export async function startWebServer(o: WebOptions): Promise<WebServer> {
  const host = o.host ?? (o.token ? '0.0.0.0' : '127.0.0.1');
  const server = createServer((req, res) => {
    handle(o, req, res).catch((e: unknown) => {
      o.logger.error({ err: e, url: req.url }, 'escalation log request failed');
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${addr.port}`;
  o.logger.info({ url, host, port: addr.port }, `escalation log at ${url}/escalations — ${accessMode(o.token)}`);
  return {
    server,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
