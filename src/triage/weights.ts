/**
 * Every weight and threshold of the triage score, in one place (docs/triage.md explains
 * them). Change a number here, run `npm run eval`, and report the figures.
 *
 * risk = 100 × harm × (floor + (1 − floor) × exposure), then raised toward 100 by the
 * waiting factor: risk += (100 − risk) × wait.max × waiting × harm.
 *   harm     = 1 − (1 − negativity.share × negativity) × (1 − severity)      ∈ [0, 1]
 *   exposure = 1 − Π(1 − part) over reach, engagement, velocity, acceleration, thread
 *   waiting  = min(1, minutes unanswered / (policy minutes × wait.overdueRatio))
 * Each part is non-decreasing in its input and bounded, so risk is monotone and in [0, 100].
 */
import type { Category } from '../core/triage.js';

export const WEIGHTS = {
  /** Severity in [0, 1] of each category: how much public harm a post of that kind can do. */
  severity: {
    safety: 1.0,
    discrimination: 0.85,
    legal: 0.8,
    privacy: 0.8,
    harassment: 0.8,
    media_attention: 0.7,
    fraud_billing: 0.5,
    outage: 0.4,
    service_failure: 0.3,
  } satisfies Record<Category, number>,
  /** Categories that always go to brand managers (when the post is negative). */
  escalateCategories: ['safety', 'legal', 'privacy', 'discrimination', 'harassment', 'media_attention'] as readonly Category[],
  /** A category counts only when the post reads negative: negativity at least this. */
  categoryMinNegativity: 0.4,
  negativity: {
    /** Share of harm a plainly negative post carries without any category. */
    share: 0.6,
    /** negativity = complaint × p(complaint) + (1 − complaint) × p(negative sentiment). */
    complaint: 0.6,
    /** Posts not about the brand (no brand term, not a reply) keep this much negativity. */
    offTopic: 0.35,
    /** Sarcasm detected: negativity at least this. */
    sarcasmFloor: 0.7,
  },
  exposure: {
    /** Share of risk a post with no audience at all still carries. */
    floor: 0.45,
    /** Followers: log10(1 + followers) / full, times max (1M followers ≈ 0.78). */
    followers: { full: 6.5, max: 0.85 },
    verified: 0.15,
    /** Engagements (likes, reposts, replies, quotes): log10(1 + n) / full × max. */
    engagement: { full: 4.5, max: 0.8 },
    /** Engagement velocity, per hour, from metric snapshots. */
    velocity: { full: 3.5, max: 0.9 },
    /** Acceleration (velocity gained per hour), per hour². */
    acceleration: { full: 3.5, max: 0.3 },
    /** Posts in the conversation. */
    thread: { full: 3, max: 0.6 },
  },
  wait: {
    /** At `overdueRatio` × the policy time unanswered, risk closes `max` of its gap to 100 (times harm). */
    max: 0.5,
    overdueRatio: 2,
  },
  kind: {
    /** Praise needs p(positive) at least this (and no complaint). */
    praiseMinPositive: 0.45,
    /** A category at least this severe, in a negative post, makes it a complaint. */
    severeCategory: 0.7,
    /** A complaint keeps a positive sentiment only when p(positive) is at least this. */
    complaintStaysPositive: 0.6,
    /** ...and a clearly positive post is praise unless p(complaint) exceeds the threshold by this. */
    praiseMargin: 0.2,
  },
} as const;
