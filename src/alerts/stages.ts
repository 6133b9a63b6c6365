/**
 * The bot's alert stages: the I/O around the pure steps the in-memory engine also runs
 * (assessViral, nextPollMinutes, placeCandidate, isBreached). State lives in the
 * database: snapshots, alerts (unique dedupe key), incidents; so stages are restartable
 * and several instances raise each alert once.
 */
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../core/clock.js';
import type { ChannelAdapter } from '../core/channel.js';
import { RateLimited } from '../core/errors.js';
import { OPEN_STATES } from '../cases/states.js';
import type { TriageResult } from '../core/triage.js';
import { rowToMention } from '../db/repos/mentions.js';
import { listSnapshots, recordSnapshot } from '../db/repos/snapshots.js';
import { appendAudit } from '../db/repos/audit.js';
import { existingDedupeKeys, insertAlert, setAlertDiscord, viralLevelsRaised } from '../db/repos/alerts.js';
import { addIncidentMember, closeQuietIncidents, createIncident, incidentMemberIds, listOpenIncidents } from '../db/repos/incidents.js';
import { recentCaseViews } from '../db/repos/reports.js';
import type { CaseView } from '../db/repos/case-views.js';
import { listCaseViews } from '../db/repos/case-views.js';
import { incidentCandidateOf, isComplaintLike } from './engine.js';
import { incidentQuietMs, placeCandidate, type IncidentCandidate, type OpenIncident } from './incidents.js';
import { MAX_TRACK_MIN, MIN_POLL_MIN, nextPollMinutes } from './polling.js';
import { incidentAlertReasons, slaAlertReasons } from './reasons.js';
import { isBreached, needsAnswer } from './sla.js';
import type { AlertSink } from './sink.js';
import { alertIdFor, incidentKey, slaKey, viralKey, type AlertLevel, type AlertSettings, type RaisedAlert } from './types.js';
import { assessViral } from './viral.js';
import type { Point } from './velocity.js';

export interface AlertStageContext {
  db: Db;
  clock: Clock;
  logger: Logger;
  adapters: Map<string, ChannelAdapter>;
  settings: AlertSettings;
  sink: AlertSink;
  /** Ids per refreshMetrics call (X takes 100). */
  batch?: number;
}

const MIN = 60_000;

function triageOf(v: CaseView): TriageResult | null {
  return v.triage;
}

function postedAt(v: CaseView): number {
  return (v.mention.postedAt ?? v.mention.ingestedAt).getTime();
}

/** Stores the alert once (dedupe key), delivers it, and audits both on every case it names. */
export async function raiseAlert(ctx: AlertStageContext, a: RaisedAlert, caseIds: string[]): Promise<boolean> {
  const row = await insertAlert(ctx.db, {
    id: a.id,
    dedupeKey: a.dedupeKey,
    kind: a.kind,
    level: a.level,
    caseIds,
    mentionIds: a.mentionIds,
    incidentId: a.incidentId,
    dueAt: a.due,
    reasons: a.reasons,
    raisedAt: a.at,
  });
  if (!row) return false;
  const detail = { kind: a.kind, level: a.level, incidentId: a.incidentId, reasons: a.reasons };
  const targets = caseIds.length ? caseIds : [null];
  for (const caseId of targets) await appendAudit(ctx.db, { caseId, alertId: a.id, actor: 'system', action: 'alerted', detail, at: a.at });
  try {
    const d = await ctx.sink.deliver(row);
    if (d.discordMessageId) await setAlertDiscord(ctx.db, a.id, d.discordChannelId ?? null, d.discordMessageId);
    await appendAudit(ctx.db, { alertId: a.id, actor: 'system', action: 'alert_delivered', detail: { channel: d.channel }, at: ctx.clock.now() });
  } catch (e) {
    ctx.logger.error({ err: e, alertId: a.id }, 'alert delivery failed; the alert is stored and shown on the escalation log');
    await appendAudit(ctx.db, { alertId: a.id, actor: 'system', action: 'alert_delivery_failed', detail: { error: (e as Error).message }, at: ctx.clock.now() });
  }
  return true;
}

function pointsOf(snaps: Array<{ at: Date; engagement: number }> | undefined): Point[] {
  return (snaps ?? []).map((s) => ({ t: s.at.getTime(), e: s.engagement }));
}

/**
 * When a tracked post is next due for a re-poll (stateless: the last gap stands for the
 * previous interval). Tracking lasts 24 h from when the post was made or, if later, heard.
 */
export function nextPollAt(points: Point[], createdAt: number, heardAt: number): number | null {
  const after = points.filter((p) => p.t > createdAt);
  const last = after[after.length - 1];
  if (!last) return createdAt; // never re-polled: now
  if (last.t >= Math.max(createdAt, heardAt) + MAX_TRACK_MIN * MIN) return null;
  const prev = after[after.length - 2];
  const prevGap = prev ? Math.max(MIN_POLL_MIN, Math.round((last.t - prev.t) / MIN)) : MIN_POLL_MIN;
  const a = assessViral(after, createdAt, { watch: Infinity, viral: Infinity, critical: Infinity }, []);
  return last.t + nextPollMinutes(prevGap, a.velocity, a.projection) * MIN;
}

/** Re-polls open complaints that are due, grouped by the adapter that heard them, then assesses them. */
export async function repollStage(ctx: AlertStageContext): Promise<number> {
  const now = ctx.clock.now().getTime();
  const open = (await listCaseViews(ctx.db, OPEN_STATES, 1000)).filter((v) => {
    const r = triageOf(v);
    return r !== null && isComplaintLike(rowToMention(v.mention), r) && now - Math.max(postedAt(v), v.case.createdAt.getTime()) < MAX_TRACK_MIN * MIN;
  });
  if (open.length === 0) return 0;
  const snaps = await listSnapshots(ctx.db, open.map((v) => v.mention.id));
  const due = open.filter((v) => {
    const next = nextPollAt(pointsOf(snaps.get(v.mention.id)), postedAt(v), v.case.createdAt.getTime());
    return next !== null && next <= now;
  });
  const bySource = new Map<string, CaseView[]>();
  for (const v of due) bySource.set(v.mention.source, [...(bySource.get(v.mention.source) ?? []), v]);
  const polled: CaseView[] = [];
  for (const [source, views] of bySource) {
    const adapter = ctx.adapters.get(source);
    if (!adapter) continue;
    const size = ctx.batch ?? 100;
    for (let i = 0; i < views.length; i += size) {
      const chunk = views.slice(i, i + size);
      try {
        const updates = await adapter.refreshMetrics(chunk.map((v) => v.mention.id));
        for (const u of updates) await recordSnapshot(ctx.db, u.id, u.metrics, u.at);
        polled.push(...chunk.filter((v) => updates.some((u) => u.id === v.mention.id)));
      } catch (e) {
        // Rate limits and outages: skip this source this cycle; the schedule retries.
        if (e instanceof RateLimited) ctx.logger.warn({ source, resetAt: e.resetAt }, 'metric re-poll rate limited');
        else ctx.logger.warn({ err: e, source }, 'metric re-poll failed');
        break;
      }
    }
  }
  await assessPolled(ctx, polled);
  return polled.length;
}

async function assessPolled(ctx: AlertStageContext, views: CaseView[]): Promise<void> {
  if (views.length === 0) return;
  const ids = views.map((v) => v.mention.id);
  const [snaps, raised] = await Promise.all([listSnapshots(ctx.db, ids), viralLevelsRaised(ctx.db, ids)]);
  for (const v of views) {
    const created = postedAt(v);
    const points = pointsOf(snaps.get(v.mention.id)).filter((p) => p.t > created);
    const a = assessViral(points, created, ctx.settings.viral, (raised.get(v.mention.id) ?? []) as AlertLevel[]);
    if (!a.raise) continue;
    const key = viralKey(v.mention.id, a.raise);
    const r = v.triage!;
    const reasons = [...a.reasons, { factor: 'complaint', weight: r.risk / 100, evidence: `risk ${r.risk} (${r.band})${r.categories.length ? `, ${r.categories.join(', ')}` : ''}` }];
    const at = new Date(points[points.length - 1]!.t);
    await raiseAlert(ctx, { id: alertIdFor(key), dedupeKey: key, at, kind: 'viral', level: a.raise, mentionIds: [v.mention.id], incidentId: v.case.incidentId, due: v.case.dueAt, reasons }, [v.case.id]);
  }
}

/** Clusters recent complaints into incidents: attach to an open one, or create one (and alert) when the burst is big enough. */
export async function incidentStage(ctx: AlertStageContext): Promise<number> {
  const t = ctx.settings.incident;
  const now = ctx.clock.now();
  await closeQuietIncidents(ctx.db, new Date(now.getTime() - incidentQuietMs(t)));
  const since = new Date(now.getTime() - Math.max(2 * t.windowMinutes * MIN, incidentQuietMs(t)));
  const views = (await recentCaseViews(ctx.db, since)).filter((v) => v.triage);
  if (views.length === 0) return 0;
  const members = await incidentMemberIds(ctx.db, views.map((v) => v.mention.id));
  const open: OpenIncident[] = (await listOpenIncidents(ctx.db, new Date(now.getTime() - incidentQuietMs(t)))).map((i) => ({ id: i.id, topic: i.topic, members: i.members, firstAt: i.firstAt.getTime(), lastAt: i.lastAt.getTime() }));
  const byMention = new Map(views.map((v) => [v.mention.id, v]));
  const pending: IncidentCandidate[] = [];
  let changed = 0;
  const candidates = views
    .filter((v) => !members.has(v.mention.id))
    .map((v) => incidentCandidateOf(rowToMention(v.mention), v.triage!, postedAt(v)))
    .filter((c): c is IncidentCandidate => c !== null)
    .sort((a, b) => a.at - b.at || a.mentionId.localeCompare(b.mentionId));
  for (const c of candidates) {
    const d = placeCandidate(c, pending, open, t);
    if (d.kind === 'none') {
      pending.push(c);
    } else if (d.kind === 'attach') {
      if (await addIncidentMember(ctx.db, d.incidentId, c.mentionId, new Date(c.at))) {
        const inc = open.find((i) => i.id === d.incidentId)!;
        inc.members.push(c.mentionId);
        inc.lastAt = Math.max(inc.lastAt, c.at);
        await appendAudit(ctx.db, { caseId: byMention.get(c.mentionId)!.case.id, actor: 'system', action: 'incident_joined', detail: { incidentId: d.incidentId }, at: now });
        changed++;
      }
    } else {
      const ids = d.members.map((m) => m.mentionId);
      const created = await createIncident(ctx.db, { id: d.incidentId, topic: d.topic, firstAt: new Date(d.members[0]!.at), lastAt: new Date(c.at), members: d.members.map((m) => ({ mentionId: m.mentionId, at: new Date(m.at) })), createdAt: now });
      open.push({ id: d.incidentId, topic: d.topic, members: [...ids], firstAt: d.members[0]!.at, lastAt: c.at });
      for (let i = pending.length - 1; i >= 0; i--) if (ids.includes(pending[i]!.mentionId)) pending.splice(i, 1);
      if (!created) continue;
      changed++;
      const langs = ids.map((id) => byMention.get(id)?.triage?.lang ?? 'und');
      const key = incidentKey(d.incidentId);
      const caseIds = ids.map((id) => byMention.get(id)!.case.id);
      await raiseAlert(ctx, { id: alertIdFor(key), dedupeKey: key, at: now, kind: 'incident', level: null, mentionIds: ids, incidentId: d.incidentId, due: null, reasons: incidentAlertReasons(d.topic, d.members, langs, t) }, caseIds);
    }
  }
  return changed;
}

/** Raises one SLA alert per open case owed an answer whose due time has passed. */
export async function slaStage(ctx: AlertStageContext): Promise<number> {
  const now = ctx.clock.now();
  const views = (await listCaseViews(ctx.db, OPEN_STATES, 1000)).filter((v) => v.case.dueAt && v.case.dueAt.getTime() <= now.getTime());
  const done = await existingDedupeKeys(ctx.db, views.map((v) => slaKey(v.mention.id)));
  let n = 0;
  for (const v of views) {
    if (done.has(slaKey(v.mention.id))) continue;
    const r = v.triage;
    if (!r || !v.case.dueAt) continue;
    if (!(needsAnswer(r.kind, r.escalate) || isComplaintLike(rowToMention(v.mention), r))) continue;
    if (!isBreached(v.case.dueAt, v.case.firstResponseAt, now)) continue;
    const key = slaKey(v.mention.id);
    const raised = await raiseAlert(ctx, { id: alertIdFor(key), dedupeKey: key, at: now, kind: 'sla', level: null, mentionIds: [v.mention.id], incidentId: v.case.incidentId, due: v.case.dueAt, reasons: slaAlertReasons(r, v.case.dueAt, now) }, [v.case.id]);
    if (raised) n++;
  }
  return n;
}
