/**
 * Context rules: sarcasm and sales pitches told apart from sincere replies by what the
 * post is. The same words read differently by context: "congratulations", "lol",
 * "clearly you…", "sure…" and a word in scare quotes mock a customer who complains, and
 * "our new plan", "have a look at…", a price or a referral scheme pitch to a customer who
 * praises. The word classes live in ./grammar/signals.ts; the rules here are the structure.
 */
import type { Kind } from '../../core/triage.js';
import { compileCues, findAll, type Span } from './match.js';
import { SIGNALS, type LangSignals } from './grammar/signals.js';
import { ENJOY } from './grammar/index.js';
import type { LintFinding, LintRule, RuleContext } from './types.js';

const all = (pick: (s: LangSignals) => string[]): RegExp => compileCues(Object.values(SIGNALS).flatMap(pick));

const CONGRATS = all((s) => [...s.congrats, ...s.admire]);
/** Winking or teasing at a problem: 😉 😜 😝 🤭 🥱 🤷. */
const TEASE = /\u{1F609}|\u{1F61C}|\u{1F61D}|\u{1F92D}|\u{1F971}|\u{1F937}/gu;
const LAUGH = all((s) => s.laugh);
const LAUGH_EMOJI = /[\u{1F602}\u{1F923}\u{1F606}\u{1F639}\u{1F605}\u{1F601}\u{1F604}\u{1F60F}\u{1F644}]/u;
const EVIDENT = all((s) => s.evident);
const WOW = all((s) => s.wow);
const SORRY = all((s) => s.sorry);
const YOU = all((s) => s.you);
const WE = all((s) => s.we);
const UI = all((s) => s.ui);
/** Ironic agreement trailing off: "sure it did...", "ja klar…", "हाँ हाँ, बिल्कुल...". */
const AFFIRM_TRAIL = compileCues(Object.values(SIGNALS).flatMap((s) => s.affirm.map((a) => `${a}(?:,? [\\p{L}\\p{M}']+){0,3}[,!]? ?(?:\\.{2,}|…)`)));
const NUDGE_OR_OURS = all((s) => [...s.nudge, ...s.ours]);
const OURS = all((s) => s.ours);
const PRODUCT = all((s) => s.product);
const REFER = all((s) => s.refer);
/** A price or a percentage: in reply to praise, an offer. */
const PRICE = compileCues([
  '(?:£|\\$|€|₹|rs\\.?|inr|huf|eur) ?\\d+(?:[.,]\\d+)*',
  '\\d+(?:[.,]\\d+)* ?(?:£|€|\\$|₹|eur|euros?|ευρώ|ft|forint\\p{L}*|rupees?|रुपये|रुपए|rupaye|dollars?|pounds?)',
  '-?\\d+(?:[.,]\\d+)? ?%',
]);
/** One to three words in quotes, not capitalised (not a product or menu name): scare quotes. */
const SCARE = /(?<![\p{L}\p{N}])(?:"|“|«\s?|„|‚)([\p{Ll}\p{Lo}][\p{L}\p{M}'-]*(?:\s[\p{L}\p{M}'-]+){0,2})(?:"|”|\s?»|“|‘)/gu;

/** Clause around a span: bounded by , ; : . ! ? and dashes. */
function clause(text: string, s: { start: number; end: number }): { start: number; end: number } {
  let start = s.start;
  while (start > 0 && !/[,;:.!?।\u2013\u2014]/.test(text[start - 1]!)) start--;
  const lead = /^(?:\s*@[\p{L}\p{N}_.-]+)*\s*/u.exec(text.slice(start, s.start));
  if (lead) start += lead[0].length;
  let end = s.end;
  while (end < text.length && !/[,;:.!?।\u2013\u2014]/.test(text[end]!)) end++;
  return { start, end };
}

/** Same sentence: no sentence end between the two spans. */
function sameSentence(text: string, a: Span, b: Span): boolean {
  const [x, y] = a.start <= b.start ? [a, b] : [b, a];
  return !/[.!?।]\s/.test(text.slice(x.end, y.start));
}

/** Cheap test: is there anything for the context rules to weigh (so the triage engine is worth asking)? */
export function hasContextSignals(ctx: RuleContext): boolean {
  const t = ctx.norm;
  for (const re of [CONGRATS, WOW, LAUGH, EVIDENT, AFFIRM_TRAIL, NUDGE_OR_OURS, REFER, PRICE, ENJOY]) {
    re.lastIndex = 0;
    if (re.test(t)) return true;
  }
  SCARE.lastIndex = 0;
  TEASE.lastIndex = 0;
  return LAUGH_EMOJI.test(t) || SCARE.test(t) || TEASE.test(t);
}

function finding(rule: LintRule, s: { start: number; end: number }, why: string, ctx: RuleContext): LintFinding {
  return { rule, severity: 'block', start: s.start, end: s.end, message: `${why}: "${ctx.text.slice(s.start, s.end)}"` };
}

/** Mockery of a customer who did not bring good news. */
export function checkMockery(ctx: RuleContext, kind: Kind): LintFinding[] {
  if (kind === 'praise') return [];
  const t = ctx.norm;
  const out: LintFinding[] = [];
  const sorry = findAll(SORRY, t).length > 0;
  for (const h of findAll(CONGRATS, t)) out.push(finding('sarcasm', h, 'congratulating or admiring a customer who has a problem reads as mockery', ctx));
  // "Wow" at a complaint is astonishment at the customer unless the reply also apologises.
  if (!sorry) for (const h of findAll(WOW, t)) out.push(finding('sarcasm', h, '"wow" at a problem, with no apology, reads as mockery', ctx));
  // "Glad you're enjoying our hold music" to a complaint, with no apology: mock delight.
  if (!sorry) for (const h of findAll(ENJOY, t)) out.push(finding('sarcasm', h, 'delight at what the customer complains about reads as mockery', ctx));
  TEASE.lastIndex = 0;
  for (const m of t.matchAll(TEASE)) out.push(finding('sarcasm', { start: m.index, end: m.index + m[0].length }, 'a wink at a problem reads as mockery', ctx));
  const post = ctx.mention.text;
  LAUGH.lastIndex = 0;
  const postLaughs = LAUGH.test(post) || LAUGH_EMOJI.test(post);
  if (!postLaughs) for (const h of findAll(LAUGH, t)) out.push(finding('sarcasm', h, 'laughing at a problem reads as mockery in public', ctx));
  // An evidential next to an apology is information ("apparently the parcel went to a neighbour, sorry").
  for (const h of sorry ? [] : findAll(EVIDENT, t)) {
    const c = clause(t, h);
    if (findAll(YOU, t, c.start, c.end).length && !findAll(WE, t, c.start, c.end).length)
      out.push(finding('sarcasm', { start: c.start, end: c.end }, 'remarks on what the customer "clearly" did: reads as mockery', ctx));
  }
  for (const h of findAll(AFFIRM_TRAIL, t)) out.push(finding('sarcasm', h, 'ironic agreement trailing off reads as mockery', ctx));
  SCARE.lastIndex = 0;
  for (const m of t.matchAll(SCARE)) {
    if (/\d|\//.test(m[1]!)) continue;
    // 'Tap "forgot password"': a menu label after an interface verb.
    if (findAll(UI, t, Math.max(0, m.index - 25), m.index).length) continue;
    out.push(finding('sarcasm', { start: m.index, end: m.index + m[0].length }, 'scare quotes around the customer\'s words read as mockery', ctx));
  }
  return out;
}

/** A pitch to a customer who praised us (or just chatted), or a product shown off at a complaint: do not sell. */
export function checkPraisePitch(ctx: RuleContext, kind: Kind): LintFinding[] {
  if (kind === 'question') return [];
  const t = ctx.norm;
  const out: LintFinding[] = [];
  const why = kind === 'praise' ? 'sales pitch in reply to praise: just thank them' : kind === 'complaint' ? 'a sales pitch in reply to a complaint is tone-deaf' : 'reads as a sales pitch';
  // Referral schemes and "our new …" are pitches whatever the post; prices only after a friendly one
  // (in reply to a complaint a price is usually the fee being discussed).
  for (const h of findAll(REFER, t)) out.push(finding('sales_pitch', h, why, ctx));
  if (kind !== 'complaint') for (const h of findAll(PRICE, t)) out.push(finding('sales_pitch', h, why, ctx));
  const products = findAll(PRODUCT, t);
  // "Our new plan" shows a product off after any friendly post; "have a look at the plans"
  // is only a pitch after praise (after chat it may be help the customer wants).
  for (const n of findAll(kind === 'praise' ? NUDGE_OR_OURS : OURS, t)) {
    const p = products.find((p) => sameSentence(t, n, p) && (p.start >= n.end ? p.start - n.end : n.start - p.end) <= 40);
    if (p) out.push(finding('sales_pitch', { start: Math.min(n.start, p.start), end: Math.max(n.end, p.end) }, why, ctx));
  }
  return out;
}
