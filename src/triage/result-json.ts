/**
 * `JSON.stringify(result)` for a TriageResult, written out by hand in the same key order
 * (id, kind, sentiment, lang, risk, band, categories, escalate, reasons): the CLI writes
 * one per mention and the generic stringify of nested objects and arrays was a visible
 * share of `glasshouse triage --json`. Output is byte-identical to JSON.stringify
 * (test/triage/result-json.test.ts).
 */
import type { TriageResult } from '../core/triage.js';
import { CATEGORIES, KINDS, RISK_BANDS, SENTIMENTS } from '../core/triage.js';

// Characters JSON.stringify escapes: quote, backslash, control characters, and lone
// surrogates (well-formed stringify); surrogates are rare enough to hand all to it.
// eslint-disable-next-line no-control-regex -- control characters are what must be escaped
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

// The engine's own vocabulary (kinds, bands, factors...) is checked once, here.
const PLAIN = new Set<string>(
  [...KINDS, ...SENTIMENTS, ...RISK_BANDS, ...CATEGORIES, ...CATEGORIES.map((c) => `severity:${c}`), 'complaint', 'negativity', 'reach', 'engagement', 'velocity', 'acceleration', 'thread', 'waiting'].filter((s) => !NEEDS_ESCAPE.test(s)),
);

/** A JSON string literal; only strings that need escaping go through JSON.stringify. */
function str(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** str() for fields that hold the engine's vocabulary: usually one Set lookup. */
function word(s: string): string {
  return PLAIN.has(s) ? `"${s}"` : str(s);
}

// String(k / 100) for k = 0..10000: weights are rounded to hundredths and risk is an
// integer 0..100, so most numbers are one table lookup instead of a number-to-string.
const HUNDREDTHS: string[] = [];
for (let k = 0; k <= 10_000; k++) HUNDREDTHS.push(String(k / 100));
const INTEGERS: string[] = [];
for (let k = 0; k <= 1000; k++) INTEGERS.push(String(k));

/** A JSON number: non-finite numbers become null, as in JSON.stringify. */
function num(n: number): string {
  // Table hits only when the double is exactly k / 100 (or k): then String(n) is the entry.
  if (n >= 0 && n <= 1000 && Number.isInteger(n)) return INTEGERS[n]!;
  const k = Math.round(n * 100);
  if (k >= 0 && k <= 10_000 && k / 100 === n) return HUNDREDTHS[k]!;
  return Number.isFinite(n) ? String(n) : 'null';
}

export function triageResultJson(r: TriageResult): string {
  let cats = '';
  for (let i = 0; i < r.categories.length; i++) cats += (i ? ',' : '') + word(r.categories[i]!);
  let reasons = '';
  for (let i = 0; i < r.reasons.length; i++) {
    const x = r.reasons[i]!;
    reasons += `${i ? ',' : ''}{"factor":${word(x.factor)},"weight":${num(x.weight)},"evidence":${str(x.evidence)}}`;
  }
  return (
    `{"id":${str(r.id)},"kind":${word(r.kind)},"sentiment":${word(r.sentiment)},"lang":${str(r.lang)},` +
    `"risk":${num(r.risk)},"band":${word(r.band)},"categories":[${cats}],"escalate":${r.escalate},"reasons":[${reasons}]}`
  );
}
