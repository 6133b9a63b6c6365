/** Shapes of the triage result (DESIGN.md "Triage result"). The engine lives in src/triage. */
export const KINDS = ['complaint', 'praise', 'question', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const CATEGORIES = [
  'safety',
  'legal',
  'privacy',
  'discrimination',
  'fraud_billing',
  'outage',
  'harassment',
  'service_failure',
  'media_attention',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const RISK_BANDS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export interface Reason {
  factor: string;
  weight: number;
  evidence: string;
}

export interface TriageResult {
  id: string;
  kind: Kind;
  sentiment: Sentiment;
  lang: string;
  risk: number;
  band: RiskBand;
  categories: Category[];
  escalate: boolean;
  reasons: Reason[];
}

/** Band thresholds: a score below `medium` is low, and so on. Brand config may override. */
export interface BandThresholds {
  medium: number;
  high: number;
  critical: number;
}
export const DEFAULT_BANDS: BandThresholds = { medium: 40, high: 65, critical: 85 };

export function bandOf(risk: number, t: BandThresholds = DEFAULT_BANDS): RiskBand {
  if (risk >= t.critical) return 'critical';
  if (risk >= t.high) return 'high';
  if (risk >= t.medium) return 'medium';
  return 'low';
}

export function bandRank(b: RiskBand): number {
  return RISK_BANDS.indexOf(b);
}
