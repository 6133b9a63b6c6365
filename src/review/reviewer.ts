import type { CaseView } from '../db/repos/case-views.js';

/**
 * Where the team sees cases: Discord when configured, the console otherwise.
 * `caseUpdated` shows a new card or edits the existing one in place.
 */
export interface Reviewer {
  readonly kind: 'console' | 'discord';
  caseUpdated(view: CaseView): Promise<void>;
  /** The queue has settled (a cycle found nothing left to drain): the console prints it. */
  cycleDone?(queue: CaseView[]): Promise<void>;
  close?(): Promise<void>;
}
