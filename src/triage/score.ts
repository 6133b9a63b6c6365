/**
 * The risk formula (see weights.ts) as a pure function of numbers, so its properties
 * (bounded, deterministic, monotone) can be tested directly, plus the attribution of
 * risk points to factors for the reasons.
 */
import type { BandThresholds, RiskBand } from '../core/triage.js';
import { bandOf, RISK_BANDS } from '../core/triage.js';
import { combineExposure, type ExposureParts } from './exposure.js';
import { WEIGHTS } from './weights.js';

export interface RiskInputs {
  /** How negative the post is, in [0, 1]. */
  negativity: number;
  /** Severity of its worst category, in [0, 1]. */
  severity: number;
  exposure: ExposureParts;
  /** Minutes unanswered; null when unknown (no clock or no post time). */
  waitingMinutes: number | null;
}

export type ResponsePolicy = Record<RiskBand, number>;
export const DEFAULT_POLICY: ResponsePolicy = { critical: 15, high: 60, medium: 1440, low: 1440 };

export interface RiskOutput {
  risk: number;
  band: RiskBand;
  /** Risk points (0–100 scale, before rounding) by factor. */
  points: {
    negativity: number;
    severity: number;
    reach: number;
    engagement: number;
    velocity: number;
    acceleration: number;
    thread: number;
    waiting: number;
  };
  /** Policy minutes the waiting time was measured against. */
  policyMinutes: number;
}

const clamp01 = (x: number) => (x > 0 ? (x < 1 ? x : 1) : 0);

/**
 * The response time that applies at a band: the tightest policy at or below it, so a
 * higher band never allows a longer wait (keeps risk monotone whatever the config).
 */
export function policyAt(band: RiskBand, policy: ResponsePolicy): number {
  let m = Infinity;
  for (const b of RISK_BANDS) {
    m = Math.min(m, policy[b] > 0 ? policy[b] : Infinity);
    if (b === band) break;
  }
  return Number.isFinite(m) ? m : 1440;
}

export function riskScore(input: RiskInputs, bands: BandThresholds, policy: ResponsePolicy = DEFAULT_POLICY): RiskOutput {
  const W = WEIGHTS;
  const neg = clamp01(input.negativity);
  const sev = clamp01(input.severity);
  const negTerm = W.negativity.share * neg;
  const harm = 1 - (1 - negTerm) * (1 - sev);
  const p = input.exposure;
  const parts = [clamp01(p.reach), clamp01(p.engagement), clamp01(p.velocity), clamp01(p.acceleration), clamp01(p.thread)] as const;
  const exposure = combineExposure({ reach: parts[0], engagement: parts[1], velocity: parts[2], acceleration: parts[3], thread: parts[4] });
  const floor = W.exposure.floor;
  const base = 100 * harm * (floor + (1 - floor) * exposure);

  const policyMinutes = policyAt(bandOf(Math.round(base), bands), policy);
  const waiting = input.waitingMinutes === null ? 0 : clamp01(input.waitingMinutes / (policyMinutes * W.wait.overdueRatio));
  const raised = base + (100 - base) * W.wait.max * waiting * harm;
  const risk = Math.max(0, Math.min(100, Math.round(raised)));

  // Attribution: the no-audience share of harm splits between negativity and severity
  // by their terms; the audience share splits by each part's -log(1 - part).
  const harmPts = 100 * harm * floor;
  const hn = -Math.log(1 - Math.min(negTerm, 0.999));
  const hs = -Math.log(1 - Math.min(sev, 0.999));
  const hsum = hn + hs || 1;
  const expPts = 100 * harm * (1 - floor) * exposure;
  // Written out (no map/reduce/closure): this runs once per mention.
  const l0 = -Math.log(1 - Math.min(parts[0], 0.999));
  const l1 = -Math.log(1 - Math.min(parts[1], 0.999));
  const l2 = -Math.log(1 - Math.min(parts[2], 0.999));
  const l3 = -Math.log(1 - Math.min(parts[3], 0.999));
  const l4 = -Math.log(1 - Math.min(parts[4], 0.999));
  const lsum = 0 + l0 + l1 + l2 + l3 + l4 || 1;
  return {
    risk,
    band: bandOf(risk, bands),
    points: {
      negativity: (harmPts * hn) / hsum,
      severity: (harmPts * hs) / hsum,
      reach: (expPts * l0) / lsum,
      engagement: (expPts * l1) / lsum,
      velocity: (expPts * l2) / lsum,
      acceleration: (expPts * l3) / lsum,
      thread: (expPts * l4) / lsum,
      waiting: raised - base,
    },
    policyMinutes,
  };
}
