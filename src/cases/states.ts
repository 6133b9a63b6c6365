import { InvalidTransition } from '../core/errors.js';

export const CASE_STATES = [
  'new',
  'triaged',
  'drafted',
  'in_review',
  'approved',
  'posting',
  'posted',
  'rejected',
  'escalated',
  'ignored',
  'failed',
  'replied_by_hand',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/**
 * The one transition table of the case lifecycle (DESIGN.md "Case lifecycle").
 * A self-transition (in_review -> in_review) records an action that keeps the state:
 * an edit, a regenerate, a claim, a first approval of four.
 */
export const TRANSITIONS: Readonly<Record<CaseState, readonly CaseState[]>> = {
  new: ['triaged', 'ignored'],
  triaged: ['drafted', 'escalated', 'ignored', 'in_review'],
  drafted: ['drafted', 'in_review', 'escalated', 'ignored'],
  in_review: ['in_review', 'approved', 'rejected', 'escalated', 'ignored', 'replied_by_hand'],
  escalated: ['escalated', 'in_review', 'approved', 'rejected', 'ignored', 'replied_by_hand'],
  approved: ['posting', 'replied_by_hand', 'in_review'],
  posting: ['posting', 'posted', 'failed'],
  failed: ['posting', 'in_review', 'rejected', 'replied_by_hand'],
  rejected: ['in_review'],
  ignored: ['in_review'],
  posted: [],
  replied_by_hand: [],
};

/** States in which a case still waits for the team (used by queues, SLA and alerts). */
export const OPEN_STATES: readonly CaseState[] = ['new', 'triaged', 'drafted', 'in_review', 'escalated', 'approved', 'posting', 'failed'];

/** States a person can act on from a review card (edit, approve, reject, claim...). */
export const ACTIONABLE_STATES: readonly CaseState[] = ['in_review', 'escalated'];

/** States shown in the review queue, each with a card kept up to date. */
export const REVIEW_QUEUE_STATES: readonly CaseState[] = ['in_review', 'escalated', 'approved', 'posting', 'failed'];

export function canTransition(from: CaseState, to: CaseState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(caseId: string, from: CaseState, to: CaseState): void {
  if (!canTransition(from, to)) {
    throw new InvalidTransition(`case ${caseId}: cannot go from ${from} to ${to}`);
  }
}
