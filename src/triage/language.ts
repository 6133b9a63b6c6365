/**
 * Language of a short social post, as an ISO 639-1 code ('und' when unknown).
 * Pure and fast: script ranges decide non-Latin scripts; for Latin script, character
 * trigram profiles (trained) plus a small table of function words and tell-tale letters. Hindi is 'hi'
 * in Devanagari and in Latin letters. A platform's own language tag wins.
 * Why not a general detector: see docs/triage.md (language-detector comparison).
 */
import { LATIN_WORDS, LATIN_LETTERS } from './language-words.js';
import { MAX_TRIGRAMS, profilesTable, trigramRows } from './language-profile.js';
import { charWidth, classAt, LM, mayHaveNoise } from './text.js';

const HINT = /^([a-z]{2,3})(?:[-_].*)?$/i;
const IGNORED_HINTS = new Set(['und', 'zxx', 'qme', 'qht', 'qam', 'qct', 'qst', 'art', 'mul', 'xx']);

const tagMemo = new Map<string, string | null>();

/** Normalizes a platform tag ('en-US', 'hi-Latn', 'in') to ISO 639-1, or null if unusable. */
export function normalizeLangTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const known = tagMemo.get(tag);
  if (known !== undefined) return known;
  const code = parseTag(tag);
  if (tagMemo.size < 1000) tagMemo.set(tag, code);
  return code;
}

function parseTag(tag: string): string | null {
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

// Script ids (plain numbers: they index the counts array).
const S = { Latin: 0, Greek: 1, Devanagari: 2, Cyrillic: 3, Arabic: 4, Hebrew: 5, Han: 6, Kana: 7, Hangul: 8, Thai: 9, Other: 10 } as const;
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

function scriptOf(c: number): number {
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

/**
 * Detects the language of `text`; `hint` is the platform's tag and wins when usable.
 */
export function detectLanguage(text: string, hint?: string | null): string {
  const h = normalizeLangTag(hint);
  if (h) return h;
  const clean = mayHaveNoise(text) ? text.replace(NOISE, ' ') : text;
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

// One function word (share of the words) weighs this many nats per trigram.
const WORD_WEIGHT = 1.5;

/**
 * Languages as small integers, so votes and scores live in reused typed arrays instead
 * of per-call Maps (this runs for every post without a platform tag). Profile languages
 * come first, in profile order, so index order is the order the scores are compared in.
 * Built at first use, like the profiles (start-up stays cheap for tagged-only input).
 */
let latinTables: ReturnType<typeof buildLatin> | null = null;

function buildLatin() {
  const langs = [...profilesTable().langs];
  const profiled = langs.length;
  const index = new Map(langs.map((l, i) => [l, i]));
  const idOf = (l: string) => {
    if (!index.has(l)) index.set(l, langs.push(l) - 1);
    return index.get(l)!;
  };
  const toIds = (entries: ReadonlyArray<readonly [string, number]>) => entries.map(([l, w]) => [idOf(l), w] as const);
  const words = new Map([...LATIN_WORDS].map(([k, v]) => [k, toIds(v)]));
  const letters = new Map([...LATIN_LETTERS].map(([k, v]) => [k.charCodeAt(0), toIds(v)]));
  const minLetter = Math.min(...letters.keys());
  return { langs, profiled, words, letters, minLetter, votes: new Float64Array(langs.length), tri: new Float64Array(profiled), order: [] as number[] };
}

// Word -> its function-word votes and the profile rows of its trigrams: one Map lookup per
// word (words repeat, Zipf). Deterministic: it only caches.
interface WordInfo {
  votes: ReadonlyArray<readonly [number, number]> | undefined;
  rows: Float64Array[];
}
const wordMemo = new Map<string, WordInfo>();
const WORD_MEMO_LIMIT = 50_000;

function detectLatin(lower: string): string {
  const latin = (latinTables ??= buildLatin());
  const { langs, profiled, votes, tri, order } = latin;
  // votes[l] accumulates in the same order as before (words, then letters), and `order`
  // keeps first-vote order: both decide ties and the exact floating-point sums.
  votes.fill(0);
  order.length = 0;
  // One pass over the words for both the votes and the trigram sums (the same words as
  // trigramSums() reads, summed in the same order, capped at MAX_TRIGRAMS the same way).
  tri.fill(0);
  let n = 0;
  let words = 0;
  // The words of /[\p{L}\p{M}']+/gu, by one scan of the characters (no match objects).
  const len = lower.length;
  let at = 0;
  for (;;) {
    while (at < len && !isWordChar(lower, at)) at += charWidth(lower, at);
    if (at >= len) break;
    const from = at;
    while (at < len && isWordChar(lower, at)) at += charWidth(lower, at);
    words++;
    const w = lower.slice(from, at);
    let info = wordMemo.get(w);
    if (info === undefined) {
      info = { votes: latin.words.get(w), rows: trigramRows(w) };
      if (wordMemo.size >= WORD_MEMO_LIMIT) wordMemo.clear();
      wordMemo.set(w, info);
    }
    if (info.votes) addVotes(info.votes, votes, order);
    const rows = info.rows;
    for (let i = 0; i < rows.length && n < MAX_TRIGRAMS; i++, n++) {
      const row = rows[i]!;
      for (let l = 0; l < profiled; l++) tri[l]! += row[l]!;
    }
  }
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < latin.minLetter) continue; // plain ASCII letters tell nothing: skip the lookup
    const e = latin.letters.get(c);
    if (e) addVotes(e, votes, order);
  }
  // Too little text and no function word: we do not know.
  if (order.length === 0 && words < 2) return 'und';
  // Fast path: several function words, all for one language.
  if (order.length === 1 && votes[order[0]!]! >= 3) return langs[order[0]!]!;
  // No trigram: the floor is Math.min() of nothing, +Infinity, so the first voted language wins.
  let floor = Infinity;
  if (n > 0) for (let l = 0; l < profiled; l++) floor = Math.min(floor, tri[l]! / n);
  let bestLang = 'und';
  let best = -Infinity;
  // Written out twice (no per-call closure): profile languages, then the other voted ones.
  if (n > 0) {
    for (let l = 0; l < profiled; l++) {
      const score = (n > 0 && l < profiled ? tri[l]! / n : floor) + (WORD_WEIGHT * votes[l]!) / Math.max(1, words);
      if (score > best) {
        best = score;
        bestLang = langs[l]!;
      }
    }
  }
  for (const l of order) {
    if (n === 0 || l >= profiled) {
      const score = (n > 0 && l < profiled ? tri[l]! / n : floor) + (WORD_WEIGHT * votes[l]!) / Math.max(1, words);
      if (score > best) {
        best = score;
        bestLang = langs[l]!;
      }
    }
  }
  return bestLang;
}

/** A character of a word (/[\p{L}\p{M}']/u): a letter, a mark or the ASCII apostrophe. */
function isWordChar(s: string, i: number): boolean {
  return s.charCodeAt(i) === 39 || (classAt(s, i) & LM) !== 0;
}

function addVotes(entries: ReadonlyArray<readonly [number, number]>, votes: Float64Array, order: number[]): void {
  for (const [l, w] of entries) {
    if (votes[l] === 0 && !order.includes(l)) order.push(l);
    votes[l]! += w;
  }
}
