/**
 * Incident clustering (pure): complaints on one topic from different authors within a
 * window become one incident; later ones attach to it instead of alerting again.
 */
import { sha256 } from '../core/ids.js';
import type { IncidentThresholds } from './types.js';

export interface IncidentCandidate {
  mentionId: string;
  /** platform + author id (or handle): "5 authors" means 5 people, not 5 posts. */
  author: string;
  /** When the post was made (ms). */
  at: number;
  topic: string;
}

export interface OpenIncident {
  id: string;
  topic: string;
  members: string[];
  firstAt: number;
  lastAt: number;
}

export type ClusterDecision =
  | { kind: 'attach'; incidentId: string }
  | { kind: 'create'; incidentId: string; members: IncidentCandidate[] }
  | { kind: 'none' };

/** An incident stays open to new members this long after its last one (window × 4). */
export function incidentQuietMs(t: IncidentThresholds): number {
  return t.windowMinutes * 4 * 60_000;
}

export function incidentIdFor(topic: string, firstMemberId: string): string {
  return 'i' + sha256(`${topic}|${firstMemberId}`).slice(0, 9);
}

/**
 * Where `c` goes. `recent`: earlier candidates on any topic not yet in an incident;
 * `open`: open incidents. Members are those within the window ending at `c`.
 */
export function placeCandidate(c: IncidentCandidate, recent: readonly IncidentCandidate[], open: readonly OpenIncident[], t: IncidentThresholds): ClusterDecision {
  const live = open.find((i) => i.topic === c.topic && c.at - i.lastAt <= incidentQuietMs(t) && c.at >= i.firstAt - t.windowMinutes * 60_000);
  if (live) return { kind: 'attach', incidentId: live.id };
  const windowMs = t.windowMinutes * 60_000;
  const members = [...recent.filter((r) => r.topic === c.topic && r.mentionId !== c.mentionId && Math.abs(c.at - r.at) <= windowMs), c].sort((a, b) => a.at - b.at || a.mentionId.localeCompare(b.mentionId));
  // The window must fit all members: trim the oldest until it does.
  while (members.length && members[members.length - 1]!.at - members[0]!.at > windowMs) members.shift();
  const authors = new Set(members.map((m) => m.author));
  if (members.length >= t.minComplaints && authors.size >= t.minAuthors) {
    return { kind: 'create', incidentId: incidentIdFor(c.topic, members[0]!.mentionId), members };
  }
  return { kind: 'none' };
}
