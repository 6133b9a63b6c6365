/** /cases/<id>: the case's full timeline from the audit log (who did what, when). */
import type { CaseView } from '../../db/repos/case-views.js';
import type { AlertRow } from '../../db/repos/alerts.js';
import type { AuditRow } from '../../db/repos/reports.js';
import { esc, isoMinute, link, minutes, page } from '../html.js';

export interface CasePageInput {
  view: CaseView;
  timeline: AuditRow[];
  alerts: AlertRow[];
  drafts: Array<{ id: number; author: string; text: string; createdAt: Date; model: string }>;
}

const LABELS: Record<string, string> = {
  detected: 'Detected',
  triaged: 'Triaged',
  drafted: 'Drafted',
  edited: 'Edited',
  regenerated: 'Regenerated',
  in_review: 'Sent to review',
  approved: 'Approved',
  posting: 'Posting',
  posted: 'Posted',
  alerted: 'Alert raised',
  alert_delivered: 'Alert delivered',
  alert_acknowledged: 'Alert acknowledged',
  incident_joined: 'Joined incident',
  escalated: 'Escalated',
  rejected: 'Rejected',
  replied_by_hand: 'Replied by hand',
};

function detailText(r: AuditRow): string {
  const d = r.detail;
  const parts: string[] = [];
  for (const [k, v] of Object.entries(d)) {
    if (k === 'reasons' && Array.isArray(v)) {
      parts.push((v as Array<{ factor?: string; evidence?: string }>).map((x) => `${x.factor ?? ''}: ${x.evidence ?? ''}`).join('; '));
    } else if (k !== 'url') parts.push(`${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  }
  const url = typeof d.url === 'string' ? d.url : null;
  return esc(parts.join(' · ')) + (url ? ` ${link(url, 'link')}` : '');
}

export function renderCase(p: CasePageInput): string {
  const { view } = p;
  const c = view.case;
  const m = view.mention;
  const posted = m.postedAt ?? c.createdAt;
  const ttfr = c.firstResponseAt ? c.firstResponseAt.getTime() - posted.getTime() : null;
  const items = p.timeline
    .map((r) => `<li data-action="${esc(r.action)}"><b>${esc(LABELS[r.action] ?? r.action)}</b> <small>${esc(isoMinute(r.at))} by ${esc(r.actor)}${r.fromState || r.toState ? ` · ${esc(r.fromState ?? '')} → ${esc(r.toState ?? '')}` : ''}${r.alertId ? ` · alert ${esc(r.alertId)}` : ''}</small><br>${detailText(r)}</li>`)
    .join('');
  const alerts = p.alerts
    .map((a) => `<li>${esc(a.kind)}${a.level ? ` ${esc(a.level)}` : ''} · ${esc(isoMinute(a.raisedAt))} · ${a.acknowledgedBy ? `acknowledged by ${esc(a.acknowledgedBy)} at ${esc(isoMinute(a.acknowledgedAt))}` : 'not acknowledged'}</li>`)
    .join('');
  const drafts = p.drafts.map((d) => `<li><small>${esc(isoMinute(d.createdAt))} by ${esc(d.author)} (${esc(d.model)})</small><br>${esc(d.text)}</li>`).join('');
  const body = `<h1>Case ${esc(c.id)}</h1>
<p>${link(m.url, `@${m.authorHandle} on ${m.platform}`)} · posted ${esc(isoMinute(posted))} · <span class="band-${esc(c.band ?? '')}">${esc(c.band ?? '')} risk ${esc(c.risk ?? '')}</span> · ${esc(c.categories.join(', '))} · state <b id="state">${esc(c.state)}</b></p>
<blockquote id="post">${esc(m.text)}</blockquote>
<div class="figures"><div class="figure"><small>time to first response</small><b id="ttfr">${esc(minutes(ttfr))}</b></div><div class="figure"><small>due</small><b>${esc(isoMinute(c.dueAt))}</b></div>
<div class="figure"><small>reply</small><b>${c.replyUrl ? link(c.replyUrl, 'posted reply') : '–'}</b>${c.repliedBy ? `<small>by ${esc(c.repliedBy)}</small>` : ''}</div>
${c.incidentId ? `<div class="figure"><small>incident</small><b>${esc(c.incidentId)}</b></div>` : ''}</div>
<section><h2>Timeline</h2><ol class="timeline" id="timeline">${items || '<li>No entries.</li>'}</ol></section>
<section><h2>Alerts</h2><ul>${alerts || '<li>None.</li>'}</ul></section>
<section><h2>Drafts</h2><ol>${drafts || '<li>None.</li>'}</ol></section>
<p><a href="/escalations">← escalations</a></p>`;
  return page(`Case ${c.id}`, body);
}
