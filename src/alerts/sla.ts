/** SLA timers (pure): a due time from the response-time policy by band; a breach alerts once. */
import type { RiskBand } from '../core/triage.js';
import type { ResponseMinutes } from './types.js';

export function slaDue(postedAt: Date, band: RiskBand, policy: ResponseMinutes): Date {
  return new Date(postedAt.getTime() + policy[band] * 60_000);
}

/** Posts the team owes an answer: complaints, questions, and anything escalated. */
export function needsAnswer(kind: string | null, escalate: boolean): boolean {
  return escalate || kind === 'complaint' || kind === 'question';
}

export function isBreached(due: Date | null, answeredAt: Date | null, now: Date): boolean {
  if (!due || now.getTime() < due.getTime()) return false;
  // Answered after the due time still breached; answered in time did not.
  return !answeredAt || answeredAt.getTime() > due.getTime();
}
