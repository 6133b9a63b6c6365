/**
 * Projected engagement 24 hours after creation (pure). The recent velocity is assumed to
 * decay exponentially; the decay time comes from the acceleration (how the recent window
 * compares with the one before). A spike that is already dying projects little; a post
 * still accelerating keeps the long default.
 */
import type { Velocity } from './velocity.js';

export interface ProjectionParams {
  /** Decay time (min) while accelerating or steady. */
  tauGrowing: number;
  /** Decay time (min) when acceleration is unknown (young post, one window). */
  tauUnknown: number;
  /** Bounds on the decay time fitted from a slowing post. */
  tauMin: number;
  tauMax: number;
  /** Horizon, minutes after creation. */
  horizonMin: number;
}

export const DEFAULT_PROJECTION: ProjectionParams = { tauGrowing: 150, tauUnknown: 45, tauMin: 5, tauMax: 150, horizonMin: 1440 };

export interface Projection {
  projected: number;
  /** v1 / v0: >1 accelerating, <1 slowing, null unknown. */
  acceleration: number | null;
  tau: number;
}

/** x·e^-x / (1 - e^-x): recent velocity over lifetime average after x decay times. */
function recentOverAverage(x: number): number {
  return (x * Math.exp(-x)) / (1 - Math.exp(-x));
}

/**
 * Decay time fitted to the whole history: if velocity had decayed exponentially since
 * posting, recent / average velocity fixes how many decay times have passed. Noise in
 * one re-poll barely moves it, which keeps a dying spike from looking steady.
 */
export function lifetimeDecay(v: Velocity): number | null {
  const avg = v.now / v.ageMin;
  if (avg <= 0) return null;
  const rho = v.v1 / avg;
  if (rho >= 1) return null;
  if (rho <= 0) return 0;
  let lo = 1e-6;
  let hi = 60;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (recentOverAverage(mid) > rho) lo = mid;
    else hi = mid;
  }
  return v.ageMin / ((lo + hi) / 2);
}

export function decayTime(v: Velocity, p: ProjectionParams = DEFAULT_PROJECTION): { tau: number; acceleration: number | null } {
  const clamp = (t: number) => Math.min(p.tauMax, Math.max(p.tauMin, t));
  const lifetime = lifetimeDecay(v);
  if (v.v0 === null) return { tau: clamp(Math.min(p.tauUnknown, lifetime ?? Infinity)), acceleration: null };
  let r: number;
  let short: number;
  if (v.v0 === 0) {
    r = v.v1 > 0 ? Infinity : 0;
    short = v.v1 > 0 ? p.tauGrowing : p.tauMin;
  } else {
    r = v.v1 / v.v0;
    // Velocity fell by r over one window: v(t) = v1 * exp(-t / tau).
    short = r >= 1 ? p.tauGrowing : r <= 0 ? p.tauMin : v.windowMin / Math.log(1 / r);
  }
  // The more pessimistic of the short-term and lifetime fits.
  return { tau: clamp(Math.min(short, lifetime ?? Infinity)), acceleration: r };
}

export function project24h(v: Velocity, p: ProjectionParams = DEFAULT_PROJECTION): Projection {
  const { tau, acceleration } = decayTime(v, p);
  const remaining = Math.max(0, p.horizonMin - v.ageMin);
  const projected = v.now + v.v1 * tau * (1 - Math.exp(-remaining / tau));
  return { projected: Math.round(projected), acceleration, tau };
}
