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
  /** The topic its words state (a service noun next to a problem cue), or null. */
  topic: string | null;
  /**
   * Topics it only names (the service noun, no problem cue the signatures know) in a post
   * triage reads as a complaint: "ordered a SIM a week ago, still nothing" names SIM but states
   * the problem in words the cues miss. Such a post may join a burst that enough posts stating
   * the problem started, never start one: sharing a noun is not sharing a problem.
   */
  named: readonly string[];
}

/** Of an incident's first members, at least this many different authors must state the problem (topic), not only name it. */
export const MIN_STATED = 2;

export interface OpenIncident {
  id: string;
  topic: string;
  members: string[];
  firstAt: number;
  lastAt: number;
}

export type ClusterDecision =
  | { kind: 'attach'; incidentId: string }
  | { kind: 'create'; incidentId: string; topic: string; members: IncidentCandidate[] }
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
  const about = (x: IncidentCandidate, topic: string) => x.topic === topic || (x.topic === null && x.named.includes(topic));
  const windowMs = t.windowMinutes * 60_000;
  // A post that only names the service joins while the burst is on (one window), not for as long as it stays open.
  const reach = c.topic !== null ? incidentQuietMs(t) : windowMs;
  const live = open.find((i) => about(c, i.topic) && c.at - i.lastAt <= reach && c.at >= i.firstAt - windowMs);
  if (live) return { kind: 'attach', incidentId: live.id };
  let best: { topic: string; members: IncidentCandidate[] } | null = null;
  for (const topic of c.topic !== null ? [c.topic] : c.named) {
    const members = [...recent.filter((r) => about(r, topic) && r.mentionId !== c.mentionId && Math.abs(c.at - r.at) <= windowMs), c].sort((a, b) => a.at - b.at || a.mentionId.localeCompare(b.mentionId));
    // The window must fit all members: trim the oldest until it does.
    while (members.length && members[members.length - 1]!.at - members[0]!.at > windowMs) members.shift();
    const authors = new Set(members.map((m) => m.author));
    // The burst itself must be several people stating the problem; naming posts only add to it.
    const stating = new Set(members.filter((m) => m.topic === topic).map((m) => m.author)).size;
    if (members.length >= t.minComplaints && authors.size >= t.minAuthors && stating >= Math.min(MIN_STATED, t.minAuthors) && (!best || members.length > best.members.length)) best = { topic, members };
  }
  if (best) return { kind: 'create', incidentId: incidentIdFor(best.topic, best.members[0]!.mentionId), topic: best.topic, members: best.members };
  return { kind: 'none' };
}
