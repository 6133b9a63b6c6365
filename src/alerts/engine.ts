/**
 * The alert engine in memory: feed it mentions, metric re-polls, replies and clock ticks
 * with their times; it returns the alerts raised. `glasshouse alerts` and the eval run it
 * directly; the bot's stages (stages.ts) run the same pure steps over database state.
 */
import type { Mention, Metrics } from '../core/mention.js';
import { engagementOf } from '../core/mention.js';
import type { Reason, TriageResult } from '../core/triage.js';
import type { TriageEngine } from '../triage/index.js';
import { DEFAULT_PROJECTION, type ProjectionParams } from './projection.js';
import { MAX_TRACK_MIN, nextPollMinutes } from './polling.js';
import { isBreached, needsAnswer, slaDue } from './sla.js';
import { incidentAlertReasons, slaAlertReasons } from './reasons.js';
import { placeCandidate, incidentQuietMs, type IncidentCandidate, type OpenIncident } from './incidents.js';
import { praiseStatesProblem, topicsNamedIn, topicsOf } from './topics.js';
import { alertIdFor, incidentKey, slaKey, viralKey, type AlertLevel, type AlertSettings, type RaisedAlert } from './types.js';
import { assessViral, tracksVirality } from './viral.js';
import type { Point } from './velocity.js';

interface Tracked {
  mention: Mention;
  triage: TriageResult;
  createdAt: number;
  /** When the engine first heard of it: tracking lasts 24 h from the later of the two. */
  heardAt: number;
  points: Point[];
  raised: AlertLevel[];
  viral: boolean;
  pollMin: number;
  nextPollAt: number | null;
  due: Date | null;
  answeredAt: Date | null;
  slaAlerted: boolean;
}

export interface AlertEngineOptions {
  settings: AlertSettings;
  triage: TriageEngine;
  projection?: ProjectionParams;
}

const MIN = 60_000;

export function authorKey(m: Mention): string {
  return `${m.platform}:${m.author.id ?? m.author.handle.toLowerCase()}`;
}

/**
 * Incident candidate of a triaged mention, or null. Praise is not, unless its words state
 * the problem anyway: sarcasm ("great, no data again 🙄") or no praising word at all.
 */
export function incidentCandidateOf(m: Mention, r: TriageResult, at: number): IncidentCandidate | null {
  const topic = topicsOf(m.text, r.categories)[0];
  if (topic) {
    if (r.kind === 'praise' && !praiseStatesProblem(m.text)) return null;
    return { mentionId: m.id, author: authorKey(m), at, topic, named: [] };
  }
  // No problem cue found: a complaint that names a service, and reads negative, may still
  // join a burst about it (a neutral "found the data usage screen" is not a data problem).
  if (r.kind !== 'complaint' || r.sentiment !== 'negative') return null;
  const named = topicsNamedIn(m.text);
  return named.length ? { mentionId: m.id, author: authorKey(m), at, topic: null, named } : null;
}

/**
 * Re-polled and assessed for virality: complaints, escalations, negative posts, and any
 * post whose words state a known problem (a topic signature), whatever triage called it.
 */
export function isComplaintLike(m: Mention, r: TriageResult): boolean {
  return tracksVirality(r.kind, r.escalate) || r.sentiment === 'negative' || incidentCandidateOf(m, r, 0) !== null;
}

export class AlertEngine {
  private readonly tracked = new Map<string, Tracked>();
  private readonly threads = new Map<string, number>();
  private candidates: IncidentCandidate[] = [];
  private readonly incidents = new Map<string, OpenIncident & { languages: Set<string> }>();
  /** Membership is remembered after an incident goes quiet (output lines name it). */
  private readonly memberOf = new Map<string, string>();
  private readonly sla: AlertSettings;
  private readonly projection: ProjectionParams;
  private now = 0;

  constructor(private readonly opts: AlertEngineOptions) {
    this.sla = opts.settings;
    this.projection = opts.projection ?? DEFAULT_PROJECTION;
  }

  /** Moves the clock (never backwards) and raises SLA breaches that are due. */
  advance(at: Date): RaisedAlert[] {
    this.now = Math.max(this.now, at.getTime());
    const now = new Date(this.now);
    const out: RaisedAlert[] = [];
    for (const t of this.tracked.values()) {
      if (t.slaAlerted || !isBreached(t.due, t.answeredAt, now)) continue;
      t.slaAlerted = true;
      const key = slaKey(t.mention.id);
      out.push({ id: alertIdFor(key), dedupeKey: key, at: now, kind: 'sla', level: null, mentionIds: [t.mention.id], incidentId: null, due: t.due, reasons: slaAlertReasons(t.triage, t.due!, now) });
    }
    return out;
  }

  mention(m: Mention, at: Date): RaisedAlert[] {
    const out = this.advance(at);
    if (this.tracked.has(m.id)) return out;
    const conv = m.conversationId ?? m.id;
    this.threads.set(conv, (this.threads.get(conv) ?? 0) + 1);
    const createdAt = m.createdAt ? new Date(m.createdAt).getTime() : at.getTime();
    const e = engagementOf(m.metrics);
    const triage = this.opts.triage.triage(m, {
      now: new Date(this.now),
      exposure: { snapshots: [{ at: new Date(createdAt), engagement: e }], threadSize: this.threads.get(conv) ?? 1 },
      incident: false,
    });
    const owed = needsAnswer(triage.kind, triage.escalate) || isComplaintLike(m, triage);
    const t: Tracked = {
      mention: m,
      triage,
      createdAt,
      heardAt: at.getTime(),
      points: m.metrics ? [{ t: at.getTime(), e }] : [],
      raised: [],
      viral: isComplaintLike(m, triage),
      pollMin: 1,
      nextPollAt: null,
      due: owed ? slaDue(new Date(createdAt), triage.band, this.sla.responseMinutes) : null,
      answeredAt: null,
      slaAlerted: false,
    };
    this.tracked.set(m.id, t);
    if (t.viral) {
      t.nextPollAt = at.getTime() + MIN;
      out.push(...this.assess(t, at));
    }
    out.push(...this.cluster(m, triage, createdAt, at));
    // A breach may already be due for a post heard late.
    out.push(...this.advance(at));
    return out;
  }

  metrics(id: string, metrics: Metrics, at: Date): RaisedAlert[] {
    const out = this.advance(at);
    const t = this.tracked.get(id);
    if (!t) return out;
    const last = t.points[t.points.length - 1];
    if (last && last.t > at.getTime()) return out;
    t.points.push({ t: at.getTime(), e: engagementOf(metrics) });
    if (t.viral) out.push(...this.assess(t, at));
    return out;
  }

  reply(id: string, at: Date): RaisedAlert[] {
    const out = this.advance(at);
    const t = this.tracked.get(id);
    if (t && !t.answeredAt) {
      t.answeredAt = at;
      // Answered: no more re-polls of an answered complaint.
      t.nextPollAt = null;
    }
    return out;
  }

  tick(at: Date): RaisedAlert[] {
    return this.advance(at);
  }

  /** Ids whose re-poll is due at `at` (the bot's schedule; the eval drives polls with it). */
  duePolls(at: Date): string[] {
    const out: string[] = [];
    for (const [id, t] of this.tracked) if (t.nextPollAt !== null && t.nextPollAt <= at.getTime()) out.push(id);
    return out;
  }

  nextPollAt(id: string): Date | null {
    const n = this.tracked.get(id)?.nextPollAt;
    return n == null ? null : new Date(n);
  }

  triageOf(id: string): TriageResult | undefined {
    return this.tracked.get(id)?.triage;
  }

  private assess(t: Tracked, at: Date): RaisedAlert[] {
    const a = assessViral(t.points, t.createdAt, this.sla.viral, t.raised, this.projection);
    t.pollMin = nextPollMinutes(t.pollMin, a.velocity, a.projection);
    const until = Math.max(t.createdAt, t.heardAt) + MAX_TRACK_MIN * MIN;
    t.nextPollAt = t.answeredAt || at.getTime() >= until ? null : at.getTime() + t.pollMin * MIN;
    if (!a.raise) return [];
    t.raised.push(a.raise);
    const key = viralKey(t.mention.id, a.raise);
    const reasons: Reason[] = [...a.reasons, complaintReason(t.triage)];
    return [{ id: alertIdFor(key), dedupeKey: key, at, kind: 'viral', level: a.raise, mentionIds: [t.mention.id], incidentId: null, due: t.due, reasons, series: a.series }];
  }

  private cluster(m: Mention, r: TriageResult, createdAt: number, at: Date): RaisedAlert[] {
    const c = incidentCandidateOf(m, r, createdAt);
    if (!c) return [];
    const windowMs = this.sla.incident.windowMinutes * MIN;
    // Forget what can no longer join a window or an incident.
    this.candidates = this.candidates.filter((x) => this.now - x.at <= 2 * windowMs);
    for (const [id, inc] of this.incidents) if (this.now - inc.lastAt > incidentQuietMs(this.sla.incident)) this.incidents.delete(id);
    const d = placeCandidate(c, this.candidates, [...this.incidents.values()], this.sla.incident);
    if (d.kind === 'attach') {
      const inc = this.incidents.get(d.incidentId)!;
      inc.members.push(c.mentionId);
      this.memberOf.set(c.mentionId, inc.id);
      inc.lastAt = Math.max(inc.lastAt, c.at);
      return [];
    }
    if (d.kind === 'none') {
      this.candidates.push(c);
      return [];
    }
    const memberIds = d.members.map((x) => x.mentionId);
    for (const id of memberIds) this.memberOf.set(id, d.incidentId);
    this.candidates = this.candidates.filter((x) => !memberIds.includes(x.mentionId));
    const languages = new Set(memberIds.map((id) => this.tracked.get(id)?.triage.lang ?? 'und'));
    this.incidents.set(d.incidentId, { id: d.incidentId, topic: d.topic, members: [...memberIds], firstAt: d.members[0]!.at, lastAt: c.at, languages });
    const key = incidentKey(d.incidentId);
    const reasons = incidentAlertReasons(d.topic, d.members, [...languages], this.sla.incident);
    return [{ id: alertIdFor(key), dedupeKey: key, at, kind: 'incident', level: null, mentionIds: memberIds, incidentId: d.incidentId, due: null, reasons, topic: d.topic }];
  }

  incidentOf(mentionId: string): string | null {
    return this.memberOf.get(mentionId) ?? null;
  }
}

function complaintReason(r: TriageResult): Reason {
  return { factor: 'complaint', weight: r.risk / 100, evidence: `risk ${r.risk} (${r.band})${r.categories.length ? `, ${r.categories.join(', ')}` : ''}` };
}
