/** Evidence lines of incident and SLA alerts (pure; viral evidence is in viral.ts). */
import type { Reason, TriageResult } from '../core/triage.js';
import type { IncidentCandidate } from './incidents.js';
import type { IncidentThresholds } from './types.js';

export function incidentAlertReasons(topic: string, members: readonly IncidentCandidate[], languages: readonly string[], t: IncidentThresholds): Reason[] {
  const authors = new Set(members.map((m) => m.author)).size;
  const spanMin = members.length ? Math.round((members[members.length - 1]!.at - members[0]!.at) / 60_000) : 0;
  return [
    { factor: 'topic', weight: 1, evidence: topic },
    { factor: 'members', weight: Math.min(1, members.length / (t.minComplaints * 2)), evidence: `${members.length} complaints from ${authors} authors in ${spanMin} min (threshold ${t.minComplaints}/${t.minAuthors} in ${t.windowMinutes} min)` },
    { factor: 'languages', weight: 0, evidence: [...new Set(languages)].sort().join(', ') },
  ];
}

export function slaAlertReasons(r: TriageResult, due: Date, now: Date): Reason[] {
  const late = Math.max(0, Math.round((now.getTime() - due.getTime()) / 60_000));
  return [
    { factor: 'sla', weight: 1, evidence: `no reply by ${due.toISOString()} (${r.band} band)${late ? `, ${late} min late` : ''}` },
    { factor: 'complaint', weight: r.risk / 100, evidence: `${r.kind}, risk ${r.risk}${r.categories.length ? `, ${r.categories.join(', ')}` : ''}` },
  ];
}
