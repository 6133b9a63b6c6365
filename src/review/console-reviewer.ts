/** Console mode: no Discord token, so cards are printed; nothing is posted. */
import type { CaseView } from '../db/repos/case-views.js';
import type { Reviewer } from './reviewer.js';
import { renderConsoleQueue } from './console-card.js';

export class ConsoleReviewer implements Reviewer {
  readonly kind = 'console' as const;
  /** True at start so a restarted bot shows the queue it resumes with. */
  private changed = true;
  constructor(private readonly out: NodeJS.WritableStream = process.stdout) {}

  caseUpdated(_view: CaseView): Promise<void> {
    this.changed = true;
    return Promise.resolve();
  }

  cycleDone(queue: CaseView[]): Promise<void> {
    if (!this.changed) return Promise.resolve();
    this.changed = false;
    this.out.write(renderConsoleQueue(queue) + '\n');
    return Promise.resolve();
  }
}
