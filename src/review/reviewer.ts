import type { CaseView } from '../db/repos/case-views.js';

/**
 * Where the team sees cases: Discord when configured, the console otherwise.
 * `caseUpdated` shows a new card or edits the existing one in place.
 */
export interface Reviewer {
  readonly kind: 'console' | 'discord';
  caseUpdated(view: CaseView): Promise<void>;
  /** End of a pipeline cycle that changed something: the console prints the ranked queue. */
  cycleDone?(queue: CaseView[]): Promise<void>;
  close?(): Promise<void>;
}
