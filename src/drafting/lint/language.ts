/**
 * The reply must be in the customer's language (or the brand's default when the brand
 * does not answer in the customer's). A short text's language is uncertain, and a false
 * block costs a responder's time, so this rule blocks only when both sides agree the
 * texts differ: the reply shows no sign of the customer's language, and the post (unless
 * its language is given) shows no sign of the reply's.
 */
import { detectLanguage } from '../../triage/language.js';
import { LATIN_LETTERS, LATIN_WORDS } from '../../triage/language-words.js';
import { REPLY_WORDS } from './cues/reply-words.js';
import type { LintFinding, RuleContext } from './types.js';

const NOISE = /(?:https?:\/\/|www\.)\S+|\S+@\S+|@[\p{L}\p{N}_.-]+|#[\p{L}\p{N}_]+/gu;
const WORD = /[\p{L}\p{M}'-]+/gu;

const EXTRA = new Map<string, string[]>();
for (const [lang, list] of Object.entries(REPLY_WORDS)) {
  for (const w of list.split(/\s+/)) if (w) EXTRA.set(w, [...(EXTRA.get(w) ?? []), lang]);
}

/** Evidence per language: script letters for Greek/Devanagari, words and letters for Latin. */
export function languageScores(text: string): Map<string, number> {
  const clean = text.replace(NOISE, ' ').toLowerCase();
  const scores = new Map<string, number>();
  const add = (l: string, w: number) => scores.set(l, (scores.get(l) ?? 0) + w);
  let greek = 0;
  let deva = 0;
  let latin = 0;
  for (const ch of clean) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff)) greek++;
    else if (c >= 0x900 && c <= 0x97f) deva++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  // Script letters are strong evidence: one point per five letters.
  if (greek) add('el', greek / 5);
  if (deva) add('hi', deva / 5);
  if (latin > greek + deva) {
    for (const m of clean.matchAll(WORD)) {
      for (const [l, w] of LATIN_WORDS.get(m[0]) ?? []) add(l, w);
      const extra = EXTRA.get(m[0]);
      if (extra) for (const l of extra) add(l, 1 / extra.length);
    }
    for (const ch of clean) for (const [l, w] of LATIN_LETTERS.get(ch) ?? []) add(l, w);
  }
  return scores;
}

/**
 * Evidence for `a` and for `b` from the words and letters that support only one of the two:
 * Spanish and Portuguese (or French and Spanish) share many words ("por favor", "número"),
 * and shared words say nothing about which of the two a reply is in.
 */
export function exclusiveScores(text: string, a: string, b: string): [number, number] {
  const clean = text.replace(NOISE, ' ').toLowerCase();
  let sa = 0;
  let sb = 0;
  const take = (votes: ReadonlyArray<readonly [string, number]>, share = 1) => {
    let va = 0;
    let vb = 0;
    for (const [l, w] of votes) {
      if (l === a) va += w * share;
      else if (l === b) vb += w * share;
    }
    if (va && !vb) sa += va;
    else if (vb && !va) sb += vb;
  };
  for (const m of clean.matchAll(WORD)) {
    take(LATIN_WORDS.get(m[0]) ?? []);
    const extra = EXTRA.get(m[0]);
    if (extra) take(extra.map((l) => [l, 1] as const), 1 / extra.length);
  }
  for (const ch of clean) take(LATIN_LETTERS.get(ch) ?? []);
  return [sa, sb];
}

/** Both languages written in Latin script here (Hindi is, when romanised): exclusive evidence applies. */
const LATIN_SCRIPT = new Set(['en', 'es', 'pt', 'fr', 'de', 'hu', 'it', 'nl', 'hi']);

function top(scores: Map<string, number>): [string, number] {
  let best: [string, number] = ['und', 0];
  for (const [l, s] of scores) if (s > best[1]) best = [l, s];
  return best;
}

export function customerLanguage(ctx: Pick<RuleContext, 'customerLang' | 'mention'>): string {
  if (ctx.customerLang && ctx.customerLang !== 'und') return ctx.customerLang;
  return detectLanguage(ctx.mention.text, ctx.mention.lang);
}

function stripSignOff(text: string, signOff: string): string {
  return signOff.trim() ? text.split(signOff.trim()).join(' ') : text;
}

/** The reply's language, or 'und' when it has too little evidence. */
export function replyLanguage(text: string, signOff = ''): string {
  const [lang, score] = top(languageScores(stripSignOff(text, signOff)));
  return score >= 1.5 ? lang : 'und';
}

/** Span of the reply body: the text without leading handles and the trailing sign-off. */
function bodySpan(text: string, signOff: string): { start: number; end: number } {
  const lead = /^(?:\s*@[\p{L}\p{N}_.@-]+)*\s*/u.exec(text);
  const start = lead ? lead[0].length : 0;
  let end = text.length;
  const so = signOff.trim();
  if (so && text.trimEnd().endsWith(so)) end = text.trimEnd().length - so.length;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : { start: 0, end: text.length };
}

/**
 * How much evidence a reply needs to be called another language than a post that says
 * little about its own: less when the post has a few words and the triage detector (letter
 * trigrams, a second and independent opinion) reads the reply the same way.
 */
function needed(post: string, postCust: number, body: string, reply: string): number {
  if (postCust >= 1.5) return 3;
  const words = post.replace(NOISE, ' ').match(WORD)?.length ?? 0;
  return words >= 4 && detectLanguage(body) === reply ? 2 : 5;
}

export function checkLanguage(ctx: RuleContext): LintFinding[] {
  const customer = customerLanguage(ctx);
  if (customer === 'und') return [];
  const signOff = ctx.brand.voice.signOff;
  const replyScores = languageScores(stripSignOff(ctx.text, signOff));
  const [reply, replyScore] = top(replyScores);
  if (replyScore < 1.5 || reply === customer) return [];
  if (!ctx.brand.languages.includes(customer) && reply === ctx.brand.defaultLanguage) return [];
  // The reply shows real signs of the customer's language: mixed or uncertain, not wrong.
  // Between two Latin-script languages only the words that tell them apart count.
  const body = stripSignOff(ctx.text, signOff);
  const [custEvidence, replyEvidence] =
    LATIN_SCRIPT.has(customer) && LATIN_SCRIPT.has(reply) && !/[\u0900-\u097f]/u.test(body)
      ? exclusiveScores(body, customer, reply)
      : [replyScores.get(customer) ?? 0, replyScore];
  if (custEvidence >= 0.3 * replyEvidence || replyEvidence < 1.5) return [];
  const given = !!(ctx.customerLang && ctx.customerLang !== 'und') || !!ctx.mention.lang;
  let sure = true;
  if (!given) {
    const postScores = languageScores(ctx.mention.text);
    const [, postTop] = top(postScores);
    const other = postScores.get(reply) ?? 0;
    // The post reads as the reply's language too: not a mismatch.
    if (other >= 0.5 * postTop && postTop >= 2) return [];
    // Little evidence about the post's language: say so, but do not block, unless the post
    // leans to the customer's language, shows nothing of the reply's, and the reply is
    // clearly in its own language with no trace of the customer's (a short post is still
    // a post in some language; a whole reply in another one is the mistake).
    const clearReply = custEvidence <= 0.15 * replyEvidence;
    const [postCust, postOther] =
      LATIN_SCRIPT.has(customer) && LATIN_SCRIPT.has(reply) && !/[\u0900-\u097f]/u.test(ctx.mention.text)
        ? exclusiveScores(ctx.mention.text, customer, reply)
        : [postScores.get(customer) ?? 0, other];
    sure =
      (postTop >= 2 && other === 0) ||
      (postTop >= 2.5 && other < 0.5 * postTop) ||
      // The less the post says, the more the reply must say: a post with no word we know
      // may be in the reply's language after all ("bester Support-Chat ever").
      (clearReply && postOther === 0 && replyEvidence >= needed(ctx.mention.text, postCust, body, reply));
  }
  const { start, end } = bodySpan(ctx.text, signOff);
  return [
    {
      rule: 'language',
      severity: sure ? 'block' : 'warn',
      start,
      end,
      message: sure
        ? `reply looks ${reply} but the customer wrote ${customer}: answer in the customer's language`
        : `reply looks ${reply}; the post looks ${customer}, but it is short: check the language`,
    },
  ];
}
