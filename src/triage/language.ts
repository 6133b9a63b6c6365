/**
 * Language of a short social post, as an ISO 639-1 code ('und' when unknown).
 * Pure and fast: script ranges decide non-Latin scripts; for Latin script a small
 * table of very frequent function words (plus tell-tale letters) votes. Hindi is 'hi'
 * in Devanagari and in Latin letters. A platform's own language tag wins.
 * Why not a general detector: see docs/triage.md (language-detector comparison).
 */
import { LATIN_WORDS, LATIN_LETTERS } from './language-words.js';

const HINT = /^([a-z]{2,3})(?:[-_].*)?$/i;
const IGNORED_HINTS = new Set(['und', 'zxx', 'qme', 'qht', 'qam', 'qct', 'qst', 'art', 'mul', 'xx']);

/** Normalizes a platform tag ('en-US', 'hi-Latn', 'in') to ISO 639-1, or null if unusable. */
export function normalizeLangTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = HINT.exec(tag.trim());
  if (!m) return null;
  let code = m[1]!.toLowerCase();
  if (IGNORED_HINTS.has(code)) return null;
  if (code === 'in') code = 'id'; // X used the old code for Indonesian
  if (code === 'iw') code = 'he';
  if (code === 'ell' || code === 'gre') code = 'el';
  if (code === 'hin') code = 'hi';
  if (code === 'hun') code = 'hu';
  return code.length === 2 ? code : null;
}

const enum S {
  Latin,
  Greek,
  Devanagari,
  Cyrillic,
  Arabic,
  Hebrew,
  Han,
  Kana,
  Hangul,
  Thai,
  Other,
}
const SCRIPT_LANG: Record<number, string> = {
  [S.Greek]: 'el',
  [S.Devanagari]: 'hi',
  [S.Cyrillic]: 'ru',
  [S.Arabic]: 'ar',
  [S.Hebrew]: 'he',
  [S.Han]: 'zh',
  [S.Kana]: 'ja',
  [S.Hangul]: 'ko',
  [S.Thai]: 'th',
};

function scriptOf(c: number): S | -1 {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? S.Latin : -1;
  if (c <= 0x24f) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 ? S.Latin : -1;
  if (c >= 0x370 && c <= 0x3ff) return S.Greek;
  if (c >= 0x1f00 && c <= 0x1fff) return S.Greek;
  if (c >= 0x400 && c <= 0x4ff) return S.Cyrillic;
  if (c >= 0x590 && c <= 0x5ff) return S.Hebrew;
  if (c >= 0x600 && c <= 0x6ff) return S.Arabic;
  if (c >= 0x900 && c <= 0x97f) return S.Devanagari;
  if (c >= 0xe00 && c <= 0xe7f) return S.Thai;
  if (c >= 0x3040 && c <= 0x30ff) return S.Kana;
  if (c >= 0x4e00 && c <= 0x9fff) return S.Han;
  if (c >= 0xac00 && c <= 0xd7af) return S.Hangul;
  if (c >= 0x1e00 && c <= 0x1eff) return S.Latin;
  return -1;
}

// Mentions, links, hashtags and emails say nothing about the language of the post.
const NOISE = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_]+|\S+@\S+/gu;
const WORD = /[\p{L}\p{M}']+/gu;

/**
 * Detects the language of `text`; `hint` is the platform's tag and wins when usable.
 */
export function detectLanguage(text: string, hint?: string | null): string {
  const h = normalizeLangTag(hint);
  if (h) return h === 'hi' ? 'hi' : h;
  const clean = text.replace(NOISE, ' ');
  const counts = new Int32Array(11);
  let letters = 0;
  for (let i = 0; i < clean.length; i++) {
    const s = scriptOf(clean.charCodeAt(i));
    if (s !== -1) {
      counts[s]!++;
      letters++;
    }
  }
  if (letters === 0) return 'und';
  let best: number = S.Latin;
  for (let s = 1; s < counts.length; s++) if (counts[s]! > counts[best]!) best = s;
  if (best !== S.Latin) {
    // Japanese text mixes Han and Kana: any Kana means Japanese.
    if (best === S.Han && counts[S.Kana]! > 0) return 'ja';
    return SCRIPT_LANG[best] ?? 'und';
  }
  return detectLatin(clean.toLowerCase());
}

function detectLatin(lower: string): string {
  const scores = new Map<string, number>();
  const add = (lang: string, w: number) => scores.set(lang, (scores.get(lang) ?? 0) + w);
  let words = 0;
  for (const m of lower.matchAll(WORD)) {
    const w = m[0];
    words++;
    const langs = LATIN_WORDS.get(w);
    if (langs) for (const [lang, weight] of langs) add(lang, weight);
  }
  for (let i = 0; i < lower.length; i++) {
    const langs = LATIN_LETTERS.get(lower[i]!);
    if (langs) for (const [lang, weight] of langs) add(lang, weight);
  }
  let bestLang = 'und';
  let bestScore = 0;
  for (const [lang, s] of scores) {
    if (s > bestScore) {
      bestScore = s;
      bestLang = lang;
    }
  }
  // No function word and no tell-tale letter: we do not know.
  if (bestScore < 1 || words === 0) return 'und';
  return bestLang;
}
