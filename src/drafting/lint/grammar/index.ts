/**
 * Composed phrase checks (see ./types.ts): two word classes close together in a sentence.
 * They add to the cue lists in ../cues, which stay as the memorised floor.
 */
import type { BrandConfig } from '../../../config.js';
import { compileCues, findAll, sentences, type Span } from '../match.js';
import { CUES } from '../cues/index.js';
import { de } from './de.js';
import { el } from './el.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hi } from './hi.js';
import { hu } from './hu.js';
import { pt } from './pt.js';
import type { LangGrammar, Near } from './types.js';
import { AFTER_STOP, STANCE, type LangStance } from './stance.js';

const G: LangGrammar[] = [en, el, hi, hu, es, de, fr, pt];
const all = (pick: (g: LangGrammar) => string[]): RegExp => compileCues(G.flatMap(pick));

/** Money with a currency: evidence of a money offer when something commits to it. */
const MONEY = [
  '(?:£|\\$|€|₹|rs\\.?|inr|huf|eur) ?\\d+(?:[.,]\\d+)*',
  '\\d+(?:[.,]\\d+)* ?(?:£|€|\\$|₹|eur|euros?|ευρώ|ft|forint\\p{L}*|rupees?|रुपये|रुपए|rupaye|rupaiye|dollars?|pounds?)',
];

/**
 * Hits of a pattern in [from, to). Each pattern runs once over the whole reply and the hits
 * are reused for every sentence (a one-text memo: lintReply stays pure and fast).
 */
let memoText = '';
const memo = new Map<RegExp, Span[]>();
function hits(re: RegExp, text: string, from: number, to: number): Span[] {
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  let all = memo.get(re);
  if (!all) {
    all = findAll(re, text);
    memo.set(re, all);
  }
  return all.filter((h) => h.start >= from && h.end <= to);
}

interface NearRe {
  a: RegExp;
  b: RegExp;
  gap: number;
}
const near = (pick: (g: LangGrammar) => Near): NearRe => ({
  a: all((g) => pick(g).a),
  b: all((g) => pick(g).b),
  gap: Math.max(...G.map((g) => pick(g).gap)),
});

const P = {
  commit: all((g) => g.promise.commit),
  negate: compileCues([...G.flatMap((g) => g.promise.negate), ...Object.values(CUES).flatMap((c) => c.promise.hedge)]),
  refund: all((g) => g.promise.refund),
  compensation: compileCues([...G.flatMap((g) => g.promise.compensation), ...MONEY]),
  freeProduct: all((g) => g.promise.freeProduct),
  fix: all((g) => g.promise.fix),
  time: all((g) => g.promise.time),
  since: all((g) => g.promise.since),
  exempt: all((g) => g.promise.exempt),
  gift: all((g) => g.promise.gift),
  private: all((g) => g.promise.private),
};
/** A promo code: a code word next to a token of letters and digits ("code DAN10", "a BARAT10 kóddal"). */
const CODE = compileCues([
  '(?:promo |discount |referral |voucher |gutschein|rabatt)?(?:code|codes|código|kód\\p{L}*|κωδικ\\p{L}*|कोड|cupón|coupon) (?:\\p{L}+ )?(?=\\p{L}*\\d)(?=\\d*\\p{L})[\\p{L}\\d]{4,}',
  '(?=\\p{L}*\\d)(?=\\d*\\p{L})[\\p{L}\\d]{4,} (?:kóddal|kódot|code|κωδικό)',
]);
const NOT = all((g) => g.not);
const L = {
  admit: near((g) => ({ a: g.liability.we, b: g.liability.fault, gap: 25 })),
  cause: near((g) => ({ a: g.liability.we, b: g.liability.cause, gap: 15 })),
  harm: all((g) => g.liability.harm),
};
const TONE = all((g) => g.tone);
const SARCASM = { mock: near((g) => ({ a: g.sarcasm.mock, b: g.sarcasm.target, gap: 40 })), solo: all((g) => g.sarcasm.solo) };
const SALES = { pitch: near((g) => ({ a: g.sales.verb, b: g.sales.object, gap: 40 })), solo: all((g) => g.sales.solo) };

export type Offer = keyof BrandConfig['policies']['mayOffer'];

/** Pairs of an `a` hit and a `b` hit at most `gap` characters apart, as one span. */
function pairs(r: NearRe, text: string, from: number, to: number, notBetween = false): Span[] {
  const as = hits(r.a, text, from, to);
  if (!as.length) return [];
  const bs = hits(r.b, text, from, to);
  const out: Span[] = [];
  for (const a of as)
    for (const b of bs) {
      const [x, y] = a.start <= b.start ? [a, b] : [b, a];
      const gap = y.start - x.end;
      if (gap > r.gap) continue;
      const start = Math.min(a.start, b.start);
      const end = Math.max(a.end, b.end);
      if (notBetween && hits(NOT, text, Math.max(from, start - 12), end).length) continue;
      out.push({ start, end, text: text.slice(start, end) });
    }
  return out;
}

/** "We can't promise", "if", "whether": the sentence does not commit. */
export const isNegated = (text: string, s: { start: number; end: number }): boolean => hits(P.negate, text, s.start, s.end).length > 0;

/** Clauses (split at , ; : and dashes) that name the private channel. */
function privateClauses(text: string, s: { start: number; end: number }): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = s.start;
  for (let i = s.start; i <= s.end; i++) {
    if (i === s.end || /[,;:\u2013\u2014]/.test(text[i]!)) {
      if (hits(P.private, text, start, i).length) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** Drops offer hits that sit in a clause moving the matter to the private channel ("compensation is handled privately"). */
export function notPrivate(text: string, s: { start: number; end: number }, hits: Span[]): Span[] {
  const priv = privateClauses(text, s);
  return priv.length ? hits.filter((h) => !priv.some((c) => h.start >= c.start && h.start < c.end)) : hits;
}

/** Promises found by composition in one sentence: offer kinds with their evidence. */
export function composedPromises(text: string, s: { start: number; end: number }, may: Record<Offer, boolean>): Array<[Offer, Span[]]> {
  if (hits(P.negate, text, s.start, s.end).length) return [];
  const found: Array<[Offer, Span[]]> = [];
  const commit = hits(P.commit, text, s.start, s.end);
  if (commit.length) {
    for (const offer of ['refund', 'compensation', 'freeProduct'] as const) {
      if (may[offer]) continue;
      const offered = notPrivate(text, s, hits(P[offer], text, s.start, s.end)).filter((h) => commit.some((c) => Math.abs(c.start - h.start) <= 80));
      if (offered.length) found.push([offer, [...offered, ...commit]]);
    }
  }
  if (!may.compensation && !found.some(([o]) => o === 'compensation')) {
    const gift = notPrivate(text, s, hits(P.gift, text, s.start, s.end));
    if (gift.length) found.push(['compensation', gift]);
  }
  if (!may.fixDate && !hits(P.exempt, text, s.start, s.end).length) {
    const fix = hits(P.fix, text, s.start, s.end);
    const time = fix.length
      ? hits(P.time, text, s.start, s.end).filter((t) => !hits(P.since, text, Math.max(s.start, t.start - 10), t.start).length)
      : [];
    const dated = time.filter((t) => fix.some((f) => Math.abs(f.start - t.start) <= 70));
    if (dated.length) found.push(['fixDate', [...fix, ...dated]]);
  }
  return found;
}

export function composedLiability(text: string): Span[] {
  const out: Span[] = [];
  for (const s of sentences(text)) {
    out.push(...pairs(L.admit, text, s.start, s.end, true));
    if (hits(L.harm, text, s.start, s.end).length) out.push(...pairs(L.cause, text, s.start, s.end, true));
  }
  return out;
}

const st = (pick: (s: LangStance) => string[]): RegExp => compileCues(Object.values(STANCE).flatMap(pick));
const S = {
  retort: { a: st((s) => s.told), b: st((s) => s.again), gap: 40 },
  blame: { a: st((s) => s.problem), b: st((s) => s.yourSide), gap: 40 },
  deflect: { a: st((s) => s.problem), b: st((s) => s.ourSide), gap: 30 },
  guess: { a: st((s) => s.assume), b: st((s) => s.error), gap: 30 },
  yourSide: st((s) => s.yourSide),
  others: st((s) => s.others),
  othersFine: st((s) => s.othersFine),
  youAsked: st((s) => s.youAsked),
  we: st((s) => s.we),
  closer: compileCues([...Object.values(STANCE).flatMap((s) => s.closer), ...Object.values(STANCE).flatMap((s) => s.closerAlone.map((w) => `${AFTER_STOP}${w}(?=\\s*[.!](?:\\s|$))`))]),
  policy: st((s) => s.policy),
  soften: st((s) => s.soften),
  order: st((s) => s.order),
  stated: st((s) => s.stated),
  shouldHave: st((s) => s.shouldHave),
  period: st((s) => s.period),
  zeroCost: st((s) => s.zeroCost),
};
/** "Glad you're enjoying …": weighed against the post's kind in ../context.ts. */
export const ENJOY = st((s) => s.enjoy);

/**
 * Defensive structures (see ./stance.ts): retorts, comparisons with other customers, the
 * problem placed on the customer's side or denied on ours, assumed customer errors, closers,
 * policy as a wall, orders, lectures by clarity and the customer's counterfactual duties.
 */
export function composedStance(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  out.push(...hits(S.others, text, 0, n), ...hits(S.closer, text, 0, n), ...hits(S.order, text, 0, n), ...hits(S.shouldHave, text, 0, n));
  const policy = hits(S.policy, text, 0, n);
  if (policy.length && !hits(S.soften, text, 0, n).length) out.push(...policy);
  for (const s of sentences(text)) {
    // Cheap first: most sentences have none of the structures, and the class tests below are only run on a candidate.
    const retort = pairs(S.retort, text, s.start, s.end);
    // "Other customers don't struggle with it": others as the yardstick, negated.
    for (const h of hits(S.othersFine, text, s.start, s.end)) if (hits(NOT, text, h.end, Math.min(s.end, h.end + 40)).length) out.push(h);
    // "This is the third time you've asked" (not "sorry it has taken three messages").
    if (!hits(S.soften, text, s.start, s.end).length) out.push(...hits(S.youAsked, text, s.start, s.end));
    const stated = hits(S.stated, text, s.start, s.end);
    const blame = pairs(S.blame, text, s.start, s.end, true);
    const deflect = pairs(S.deflect, text, s.start, s.end);
    const guess = pairs(S.guess, text, s.start, s.end);
    if (!retort.length && !stated.length && !blame.length && !deflect.length && !guess.length) continue;
    const negated = hits(NOT, text, s.start, s.end).length > 0;
    const sorry = hits(S.soften, text, s.start, s.end).length > 0;
    if (!sorry) out.push(...retort);
    // "It's clearly stated" (not "it wasn't clearly stated").
    out.push(...stated.filter((h) => !hits(NOT, text, Math.max(s.start, h.start - 12), h.end).length));
    if (/\?\s*$/.test(text.slice(s.start, s.end)) || sorry) continue;
    // "The problem is not us": a problem word, our side and a negation next to them
    // (not when the customer's side is named too: "not yours, ours" reassures).
    if (!hits(S.yourSide, text, s.start, s.end).length)
      for (const d of deflect) if (hits(NOT, text, Math.max(s.start, d.start - 15), Math.min(s.end, d.end + 12)).length) out.push(d);
    if (isNegated(text, s)) continue;
    // "The problem is on your side" (a negation next to it reassures instead).
    out.push(...blame);
    // "Surely you did something wrong" (not about us, not negated).
    if (guess.length && !negated && !hits(S.we, text, s.start, s.end).length) out.push(...guess);
  }
  return out;
}

/** "Next month won't cost you a penny": a gift stated through a negation (which cancels other promises). */
export function zeroCost(text: string, s: { start: number; end: number }): Span[] {
  const free = hits(S.zeroCost, text, s.start, s.end);
  if (!free.length) return [];
  const period = hits(S.period, text, s.start, s.end);
  const out: Span[] = [];
  for (const f of free) {
    const p = period.find((p) => Math.abs(p.start - f.start) <= 60);
    if (p) out.push({ start: Math.min(p.start, f.start), end: Math.max(p.end, f.end), text: '' });
  }
  return out.map((o) => ({ ...o, text: text.slice(o.start, o.end) }));
}

export const composedTone = (text: string): Span[] => [...hits(TONE, text, 0, text.length), ...composedStance(text)];

export function composedSarcasm(text: string): Span[] {
  const out = hits(SARCASM.solo, text, 0, text.length);
  for (const s of sentences(text)) out.push(...pairs(SARCASM.mock, text, s.start, s.end));
  return out;
}

export function composedSales(text: string): Span[] {
  const out = [...hits(SALES.solo, text, 0, text.length), ...hits(CODE, text, 0, text.length)];
  for (const s of sentences(text)) out.push(...pairs(SALES.pitch, text, s.start, s.end));
  return out;
}
