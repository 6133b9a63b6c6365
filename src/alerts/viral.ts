/**
 * Viral assessment of one post (pure): snapshots in, the level to raise (if any) and
 * the evidence out. The level comes from the 24-hour projection, floored by today's
 * count, and must hold on two consecutive re-polls: one lucky poll is not a trend.
 */
import type { Reason } from '../core/triage.js';
import { levelFor, levelToRaise } from './levels.js';
import { DEFAULT_PROJECTION, project24h, type Projection, type ProjectionParams } from './projection.js';
import { sparkline } from './sparkline.js';
import { levelRank, type AlertLevel, type ViralThresholds } from './types.js';
import { velocityOf, type Point, type Velocity } from './velocity.js';

export interface ViralAssessment {
  velocity: Velocity | null;
  projection: Projection | null;
  /** Level the evidence supports now. */
  level: AlertLevel | null;
  /** Level to raise now (a climb, confirmed), or null. */
  raise: AlertLevel | null;
  reasons: Reason[];
  series: number[];
}

function levelOf(points: readonly Point[], createdAt: number, t: ViralThresholds, p: ProjectionParams): { v: Velocity | null; proj: Projection | null; level: AlertLevel | null } {
  const v = velocityOf(points, createdAt);
  if (!v) return { v, proj: null, level: null };
  const proj = project24h(v, p);
  let byProjection = levelFor(proj.projected, t);
  // Too young to tell acceleration from a spike that is already dying: at most "watch".
  if (proj.acceleration === null && levelRank(byProjection) > levelRank('watch')) byProjection = 'watch';
  const byCount = levelFor(v.now, t);
  return { v, proj, level: levelRank(byCount) > levelRank(byProjection) ? byCount : byProjection };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export function assessViral(
  points: readonly Point[],
  createdAt: number,
  thresholds: ViralThresholds,
  raised: readonly AlertLevel[],
  params: ProjectionParams = DEFAULT_PROJECTION,
): ViralAssessment {
  const series = points.map((p) => p.e);
  const cur = levelOf(points, createdAt, thresholds, params);
  const { v, proj } = cur;
  if (!v || !proj) return { velocity: v, projection: proj, level: null, raise: null, reasons: [], series };
  // A level reached by projection alone needs the previous re-poll to agree; today's
  // count needs no confirmation.
  const prev = levelOf(points.slice(0, -1), createdAt, thresholds, params);
  const confirmed = levelRank(prev.level) < levelRank(cur.level) ? prev.level : cur.level;
  const byCount = levelFor(v.now, thresholds);
  const raise = levelToRaise(levelRank(byCount) > levelRank(confirmed) ? byCount : confirmed, raised);
  const accel = proj.acceleration === null ? 'too young to tell' : proj.acceleration === Infinity ? 'taking off from flat' : proj.acceleration >= 1 ? `accelerating ×${proj.acceleration.toFixed(1)}` : `slowing ×${proj.acceleration.toFixed(2)}`;
  const first = series[0] ?? 0;
  const reasons: Reason[] = [
    { factor: 'projection', weight: Math.min(1, proj.projected / thresholds.critical), evidence: `≈${fmt(proj.projected)} engagements 24 h after posting` },
    { factor: 'engagement', weight: Math.min(1, v.now / thresholds.viral), evidence: `${fmt(v.now)} now, ${Math.round(v.ageMin)} min after posting` },
    { factor: 'velocity', weight: Math.min(1, (v.v1 * 60) / thresholds.viral), evidence: `${fmt(v.v1 * 60)}/h over the last ${Math.round(v.windowMin)} min, ${accel}` },
    { factor: 'trend', weight: 0, evidence: `${sparkline(series)} ${fmt(first)} → ${fmt(v.now)}` },
  ];
  return { velocity: v, projection: proj, level: cur.level, raise, reasons, series };
}

/** Re-polled and assessed: complaints, and anything triage escalates. */
export function tracksVirality(kind: string | null, escalate: boolean): boolean {
  return escalate || kind === 'complaint';
}
