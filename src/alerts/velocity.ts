/**
 * Velocity and acceleration of engagement from metric snapshots (pure). Engagement is
 * taken as 0 at the post's creation, so one snapshot already gives an average rate.
 */
export interface Point {
  /** Epoch milliseconds. */
  t: number;
  /** Engagement (likes + reposts + quotes + replies). */
  e: number;
}

export interface Velocity {
  /** Minutes since the post was created, at the newest snapshot. */
  ageMin: number;
  /** Engagement at the newest snapshot. */
  now: number;
  /** Engagement per minute over the recent window. */
  v1: number;
  /** Engagement per minute over the window before it; null when the post is too young to tell. */
  v0: number | null;
  /** Window length, minutes. */
  windowMin: number;
}

const MIN = 60_000;

/** Engagement at time t, linear between snapshots, 0 at creation, flat after the last one. */
export function engagementAt(points: readonly Point[], t: number): number {
  if (points.length === 0) return 0;
  if (t <= points[0]!.t) return points[0]!.t === t ? points[0]!.e : 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (t <= b.t) return b.t === a.t ? b.e : a.e + ((b.e - a.e) * (t - a.t)) / (b.t - a.t);
  }
  return points[points.length - 1]!.e;
}

/**
 * The recent window is at least the last gap between polls (so a pick-up seen after a
 * 30-minute back-off is measured over that gap, not diluted) and grows with age
 * (a young post is judged on minutes, an old one on half an hour).
 */
export function velocityOf(snapshots: readonly Point[], createdAt: number): Velocity | null {
  const pts = [{ t: createdAt, e: 0 }, ...snapshots.filter((p) => p.t > createdAt)];
  // Counters never go down for our purpose (deleted likes): keep the running maximum.
  for (let i = 1; i < pts.length; i++) pts[i] = { t: pts[i]!.t, e: Math.max(pts[i]!.e, pts[i - 1]!.e) };
  if (pts.length < 2) return null;
  const last = pts[pts.length - 1]!;
  const ageMin = (last.t - createdAt) / MIN;
  if (ageMin <= 0) return null;
  const lastGap = (last.t - pts[pts.length - 2]!.t) / MIN;
  // Never reaching back before the post existed (that would read as a slowdown).
  const w = Math.min(ageMin, Math.max(lastGap, Math.min(30, Math.max(2, ageMin * 0.15))));
  const e1 = engagementAt(pts, last.t - w * MIN);
  const v1 = (last.e - e1) / w;
  let v0: number | null = null;
  // The earlier window must lie after creation and hold a real snapshot to be evidence.
  if (ageMin >= 2 * w && pts.some((p) => p.t <= last.t - w * MIN && p.t > createdAt)) {
    v0 = (e1 - engagementAt(pts, last.t - 2 * w * MIN)) / w;
  }
  return { ageMin, now: last.e, v1: Math.max(0, v1), v0: v0 === null ? null : Math.max(0, v0), windowMin: w };
}
