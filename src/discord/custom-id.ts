/**
 * Compact custom ids ("gh:approve:<caseId>:<version>") and their parser. The version is
 * the case version the card showed, so a click on a stale card (a double click, or a
 * card another instance has not refreshed yet) is refused instead of acting blind.
 * The Edit modal carries the id of the draft being edited in that slot instead.
 */
import { z } from 'zod';

export const CASE_VERBS = ['approve', 'edit', 'regen', 'reject', 'escalate', 'claim', 'override', 'byhand', 'retry'] as const;
export type CaseVerb = (typeof CASE_VERBS)[number];
export const MODAL_VERBS = ['edit', 'reject'] as const;
export type ModalVerb = (typeof MODAL_VERBS)[number];

const caseId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const version = z.coerce.number().int().nonnegative();

export type CustomId =
  | { kind: 'case'; verb: CaseVerb; caseId: string; version: number }
  | { kind: 'modal'; verb: ModalVerb; caseId: string; version: number }
  | { kind: 'ack'; alertId: string };

export const caseButtonId = (verb: CaseVerb, id: string, v: number) => `gh:${verb}:${id}:${v}`;
export const modalId = (verb: ModalVerb, id: string, v: number) => `gh:m:${verb}:${id}:${v}`;
export const ackId = (alertId: string) => `gh:ack:${alertId}`;

/** Null for anything that is not ours or is malformed (never throws on user-controlled input). */
export function parseCustomId(raw: string): CustomId | null {
  const p = raw.split(':');
  if (p[0] !== 'gh') return null;
  if (p[1] === 'ack' && p.length === 3) {
    const a = caseId.safeParse(p[2]);
    return a.success ? { kind: 'ack', alertId: a.data } : null;
  }
  if (p[1] === 'm' && p.length === 5) {
    const verb = z.enum(MODAL_VERBS).safeParse(p[2]);
    const id = caseId.safeParse(p[3]);
    const v = version.safeParse(p[4]);
    return verb.success && id.success && v.success ? { kind: 'modal', verb: verb.data, caseId: id.data, version: v.data } : null;
  }
  if (p.length === 4) {
    const verb = z.enum(CASE_VERBS).safeParse(p[1]);
    const id = caseId.safeParse(p[2]);
    const v = version.safeParse(p[3]);
    return verb.success && id.success && v.success ? { kind: 'case', verb: verb.data, caseId: id.data, version: v.data } : null;
  }
  return null;
}
