import { createHash, randomBytes } from 'node:crypto';

/** Short, URL- and custom-id-safe case id, e.g. "c7k2m9q4x1". */
export function newCaseId(): string {
  return 'c' + randomBytes(6).toString('base64url').replace(/[-_]/g, '0').toLowerCase().slice(0, 9);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Idempotency key of the reply to a case: one case, one public reply. */
export function replyIdempotencyKey(caseId: string): string {
  return `reply:${caseId}`;
}
