/**
 * Exposure (who will see it) and waiting time (how long it has gone unanswered),
 * each as parts in [0, 1] that never decrease when their input grows.
 */
import type { Mention } from '../core/mention.js';
import { engagementOf } from '../core/mention.js';
import { WEIGHTS } from './weights.js';

export interface Snapshot {
  at: Date;
  engagement: number;
}

export interface ExposureFigures {
  followers: number;
  verified: boolean;
  engagement: number;
  /** Engagements per hour over the last snapshot interval (0 without two snapshots). */
  velocity: number;
  /** Change of velocity per hour over the last two intervals (≥ 0). */
  acceleration: number;
  threadSize: number;
}

export interface ExposureParts {
  reach: number;
  engagement: number;
  velocity: number;
  acceleration: number;
  thread: number;
}

const MIN_INTERVAL_H = 1 / 60; // one minute: faster re-polls say nothing more precise

const logPart = (x: number, p: { full: number; max: number }) => (x > 0 ? Math.min(1, Math.log10(1 + x) / p.full) * p.max : 0);

const rate = (a: Snapshot, b: Snapshot) => Math.max(0, b.engagement - a.engagement) / Math.max(MIN_INTERVAL_H, (b.at.getTime() - a.at.getTime()) / 3_600_000);
const byTime = (a: Snapshot, b: Snapshot) => a.at.getTime() - b.at.getTime();

export function exposureFigures(m: Mention, snapshots: readonly Snapshot[] | undefined, threadSize: number | undefined): ExposureFigures {
  const snaps = snapshots && snapshots.length > 0 ? [...snapshots].sort(byTime) : [];
  let velocity = 0;
  let acceleration = 0;
  const n = snaps.length;
  if (n >= 2) velocity = rate(snaps[n - 2]!, snaps[n - 1]!);
  if (n >= 3) {
    const before = rate(snaps[n - 3]!, snaps[n - 2]!);
    const hours = Math.max(MIN_INTERVAL_H, (snaps[n - 1]!.at.getTime() - snaps[n - 3]!.at.getTime()) / 7_200_000);
    acceleration = Math.max(0, velocity - before) / hours;
  }
  const latest = n > 0 ? snaps[n - 1]!.engagement : 0;
  return {
    followers: Math.max(0, m.author.followers ?? 0),
    verified: m.author.verified === true,
    engagement: Math.max(engagementOf(m.metrics), latest),
    velocity,
    acceleration,
    threadSize: Math.max(0, threadSize ?? 0),
  };
}

export function exposureParts(x: ExposureFigures): ExposureParts {
  const w = WEIGHTS.exposure;
  return {
    reach: Math.min(1, logPart(x.followers, w.followers) + (x.verified ? w.verified : 0)),
    engagement: logPart(x.engagement, w.engagement),
    velocity: logPart(x.velocity, w.velocity),
    acceleration: logPart(x.acceleration, w.acceleration),
    thread: logPart(Math.max(0, x.threadSize - 1), w.thread),
  };
}

/** Noisy-or of the parts: any one large audience channel is enough. */
export function combineExposure(p: ExposureParts): number {
  return 1 - (1 - p.reach) * (1 - p.engagement) * (1 - p.velocity) * (1 - p.acceleration) * (1 - p.thread);
}

/** Minutes the post has waited, or null when the clock or the post time is unknown. */
export function minutesWaiting(m: Mention, now: Date | undefined): number | null {
  if (!now || !m.createdAt) return null;
  const t = Date.parse(m.createdAt);
  if (Number.isNaN(t)) return null;
  return Math.max(0, (now.getTime() - t) / 60_000);
}

/** Compact figures for reasons: 48200 -> "48k". */
export function compact(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)}M`;
  if (n >= 1e4) return `${Math.round(n / 1e3)}k`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return String(Math.round(n));
}
