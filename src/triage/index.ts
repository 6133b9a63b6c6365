/**
 * Triage engine public API (pure: no I/O). PLACEHOLDER implementation, to be replaced
 * by the real engine (issue 3) behind the same exports.
 */
import type { Mention } from '../core/mention.js';
import { engagementOf } from '../core/mention.js';
import type { TriageResult, BandThresholds } from '../core/triage.js';
import { bandOf, DEFAULT_BANDS } from '../core/triage.js';

export interface ExposureInput {
  /** Engagement snapshots, oldest first (from metric re-polls). */
  snapshots?: Array<{ at: Date; engagement: number }>;
  /** Number of posts in the conversation so far. */
  threadSize?: number;
}

export interface TriageContext {
  /** Clock for waiting time; when absent, waiting time is not counted. */
  now?: Date;
  exposure?: ExposureInput;
  /** The mention belongs to an open incident. */
  incident?: boolean;
}

export interface TriageOptions {
  bands?: BandThresholds;
  /** Response-time policy by band, in minutes (waiting-time factor). */
  responseMinutes?: { critical: number; high: number; medium: number; low: number };
  /** Brand handles and names, to tell posts about the brand from posts that are not. */
  brandTerms?: string[];
}

export interface TriageEngine {
  triage(mention: Mention, ctx?: TriageContext): TriageResult;
}

export function createTriageEngine(opts: TriageOptions = {}): TriageEngine {
  const bands = opts.bands ?? DEFAULT_BANDS;
  return {
    triage(m) {
      const neg = /\b(fire|broken|worst|refund|down|never|scam|angry|terrible)\b/i.test(m.text);
      const reach = Math.min(30, Math.log10(1 + (m.author.followers ?? 0)) * 5 + Math.log10(1 + engagementOf(m.metrics)) * 3);
      const risk = Math.max(0, Math.min(100, Math.round((neg ? 45 : 5) + reach)));
      const band = bandOf(risk, bands);
      return {
        id: m.id,
        kind: neg ? 'complaint' : /\?/.test(m.text) ? 'question' : 'other',
        sentiment: neg ? 'negative' : 'neutral',
        lang: m.lang ?? 'und',
        risk,
        band,
        categories: [],
        escalate: band === 'critical',
        reasons: [{ factor: 'reach', weight: reach / 100, evidence: `${m.author.followers ?? 0} followers` }],
      };
    },
  };
}

import type { BrandConfig } from '../config.js';

/** Engine options from the brand config (bands, response-time policy, brand terms). */
export function triageOptionsFromBrand(brand: BrandConfig): TriageOptions {
  return {
    bands: brand.thresholds.bands,
    responseMinutes: brand.policies.responseMinutes,
    brandTerms: [brand.name, ...Object.values(brand.handles).filter((h): h is string => !!h)],
  };
}
