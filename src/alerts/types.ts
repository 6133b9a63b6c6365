/** Shapes shared by the alert engine, the stages, the card and the CLI. */
import type { Reason } from '../core/triage.js';
import { sha256 } from '../core/ids.js';

export const ALERT_KINDS = ['viral', 'incident', 'sla'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_LEVELS = ['watch', 'viral', 'critical'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

/** Projected-engagement thresholds (brand.thresholds.viral). */
export interface ViralThresholds {
  watch: number;
  viral: number;
  critical: number;
}

/** brand.thresholds.incident */
export interface IncidentThresholds {
  minComplaints: number;
  minAuthors: number;
  windowMinutes: number;
}

/** Response-time policy by band, minutes (brand.policies.responseMinutes). */
export interface ResponseMinutes {
  critical: number;
  high: number;
  medium: number;
  low: number;
}

export interface AlertSettings {
  viral: ViralThresholds;
  incident: IncidentThresholds;
  responseMinutes: ResponseMinutes;
}

/** One alert as the detection code raises it (before storage). */
export interface RaisedAlert {
  id: string;
  /** "viral:<mention>:<level>", "incident:<id>", "sla:<mention>": one alert per key, ever. */
  dedupeKey: string;
  at: Date;
  kind: AlertKind;
  level: AlertLevel | null;
  mentionIds: string[];
  incidentId: string | null;
  due: Date | null;
  reasons: Reason[];
  /** Engagement over time, for the card's sparkline (viral alerts). */
  series?: number[];
  /** Incident topic (incident alerts). */
  topic?: string;
}

/** Deterministic id: two instances raising the same alert agree on its id. */
export function alertIdFor(dedupeKey: string): string {
  return 'a' + sha256(dedupeKey).slice(0, 11);
}

export function viralKey(mentionId: string, level: AlertLevel): string {
  return `viral:${mentionId}:${level}`;
}
export function incidentKey(incidentId: string): string {
  return `incident:${incidentId}`;
}
export function slaKey(mentionId: string): string {
  return `sla:${mentionId}`;
}

export function levelRank(l: AlertLevel | null): number {
  return l === null ? -1 : ALERT_LEVELS.indexOf(l);
}
