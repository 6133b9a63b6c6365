/** /escalations: filters, figures, chart, incidents, and the list (server-rendered). */
import { CATEGORIES, RISK_BANDS } from '../../core/triage.js';
import type { EscalationFilters, EscalationRow } from '../../db/repos/reports.js';
import type { IncidentRow } from '../../db/repos/incidents.js';
import { chartSvg } from '../chart.js';
import type { Figures } from '../figures.js';
import { esc, isoMinute, link, minutes, page } from '../html.js';

export const FILTER_KEYS = ['band', 'category', 'platform', 'language', 'state', 'from', 'to'] as const;

export function filtersFrom(url: URL): EscalationFilters {
  const f: EscalationFilters = {};
  for (const k of FILTER_KEYS) {
    const v = url.searchParams.get(k)?.trim();
    if (!v) continue;
    if ((k === 'from' || k === 'to') && !/^\d{4}-\d{2}-\d{2}$/.test(v)) continue;
    f[k] = v.slice(0, 64);
  }
  return f;
}

export function filterQuery(f: EscalationFilters): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = f[k];
    if (v) p.set(k, v);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

function select(name: string, label: string, values: readonly string[], current: string | undefined): string {
  const opts = ['', ...values].map((v) => `<option value="${esc(v)}"${v === (current ?? '') ? ' selected' : ''}>${esc(v || 'any')}</option>`).join('');
  return `<label>${esc(label)}<select name="${esc(name)}" id="f-${esc(name)}">${opts}</select></label>`;
}

export interface EscalationsPageInput {
  rows: EscalationRow[];
  incidents: IncidentRow[];
  filters: EscalationFilters;
  options: { platforms: string[]; languages: string[]; states: string[] };
  figures: Figures;
  now: Date;
}

function alertPills(r: EscalationRow): string {
  return r.alerts
    .map((a) => `<span class="pill ${a.acknowledgedBy ? 'ack' : 'unack'}" title="${esc(a.acknowledgedBy ? `acknowledged by ${a.acknowledgedBy}` : 'not acknowledged')}">${esc(a.kind)}${a.level ? `:${esc(a.level)}` : ''}</span>`)
    .join('');
}

export function renderEscalations(p: EscalationsPageInput): string {
  const f = p.filters;
  const form = `<form class="filters" method="get" action="/escalations">
${select('band', 'band', RISK_BANDS, f.band)}${select('category', 'category', CATEGORIES, f.category)}${select('platform', 'platform', p.options.platforms, f.platform)}
${select('language', 'language', p.options.languages, f.language)}${select('state', 'state', p.options.states, f.state)}
<label>from<input type="date" name="from" value="${esc(f.from)}"></label><label>to<input type="date" name="to" value="${esc(f.to)}"></label>
<button type="submit" id="apply">Filter</button> <a href="/escalations">reset</a> · <a id="csv" href="/escalations.csv${esc(filterQuery(f))}" download>CSV</a></form>`;
  const g = p.figures;
  const figures = `<div class="figures">
<div class="figure"><small>escalations</small><b id="fig-cases">${g.cases}</b></div>
<div class="figure"><small>answered</small><b>${g.answered}</b></div>
<div class="figure"><small>median first response</small><b id="fig-median">${esc(minutes(g.medianFirstResponseMs))}</b></div>
<div class="figure"><small>p90 first response</small><b>${esc(minutes(g.p90FirstResponseMs))}</b></div>
<div class="figure"><small>SLA compliance</small><b id="fig-sla">${g.slaCompliance === null ? '–' : `${Math.round(g.slaCompliance * 100)}%`}</b><small>${g.withinSla} in time, ${g.breached} breached</small></div></div>`;
  const chart = chartSvg(p.rows.map((r) => ({ at: r.mention.postedAt ?? r.case.createdAt, risk: r.case.risk })));
  const incidents = p.incidents.length
    ? `<table id="incidents"><thead><tr><th>incident</th><th>topic</th><th>members</th><th>first</th><th>last</th><th>state</th></tr></thead><tbody>${p.incidents
        .map((i) => `<tr><td>${esc(i.id)}</td><td>${esc(i.topic)}</td><td>${i.memberCount}</td><td>${esc(isoMinute(i.firstAt))}</td><td>${esc(isoMinute(i.lastAt))}</td><td>${esc(i.state)}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p><small>No incidents.</small></p>';
  const rows = p.rows
    .map((r) => {
      const lang = r.triage?.lang ?? r.mention.lang ?? '';
      const waited = r.case.firstResponseAt ? r.case.firstResponseAt.getTime() - (r.mention.postedAt ?? r.case.createdAt).getTime() : null;
      return `<tr data-case="${esc(r.case.id)}"><td><a class="case-link" href="/cases/${encodeURIComponent(r.case.id)}">${esc(r.case.id)}</a></td><td>${esc(isoMinute(r.mention.postedAt ?? r.case.createdAt))}</td>
<td class="band-${esc(r.case.band ?? '')}">${esc(r.case.band ?? '')} ${esc(r.case.risk ?? '')}</td><td>${esc(r.case.categories.join(', '))}</td><td>${esc(r.case.platform)}</td><td>${esc(lang)}</td>
<td>${link(r.mention.url, '@' + r.mention.authorHandle)}</td><td class="text">${esc(r.mention.text)}</td><td>${esc(r.case.state)}</td><td>${alertPills(r)}${r.case.incidentId ? ` <span class="pill">${esc(r.case.incidentId)}</span>` : ''}</td>
<td>${esc(isoMinute(r.case.dueAt))}</td><td>${esc(minutes(waited))}</td></tr>`;
    })
    .join('\n');
  const table = `<table id="escalations"><thead><tr><th>case</th><th>posted</th><th>risk</th><th>categories</th><th>platform</th><th>lang</th><th>author</th><th>post</th><th>state</th><th>alerts</th><th>due</th><th>first response</th></tr></thead><tbody>${rows || '<tr><td colspan="12"><small>Nothing matches these filters.</small></td></tr>'}</tbody></table>`;
  return page('Escalations', `<h1>Escalations and incidents</h1>${form}${figures}<section><h2>Mentions and risk over time</h2>${chart}</section><section><h2>Incidents</h2>${incidents}</section><section><h2>Escalations (${p.rows.length})</h2>${table}</section><p><small>Generated ${esc(p.now.toISOString())}</small></p>`);
}
