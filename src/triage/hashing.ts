/**
 * Hashed sparse features for the shipped linear model. Shared by the engine and by
 * scripts/train-triage.ts so training and scoring see exactly the same features:
 * words (also paired with the language; letters repeated 3+ times cut to two and digits to 0,
 * with a feature for the elongation), 5-letter stems (inflection: "működik/működött",
 * "ευχαριστ-"), word pairs, the emoji and emoticons found, the language, and the lexicon/emoji cues (which carry what the model learns on
 * English over to the other languages).
 */
import type { Features } from './features.js';

export const DIM_BITS = 18;
export const DIM = 1 << DIM_BITS;
const MASK = DIM - 1;

export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** A token's hashes, memoized: the word (elongations and digits normalized) and its 5-letter stem. */
interface TokenInfo {
  h: number;
  /** Stem hash, or -1 for words of up to 6 letters. */
  stem: number;
  /** Letters repeated 3+ times ("sooo", "noooo"): normalized to two, and a feature of its own. */
  elongated: boolean;
}

/** "sooooo" -> "soo", "2019" -> "0000": one hash for every spelling of the same word. */
function normalizeToken(t: string): { t: string; elongated: boolean } {
  let out = '';
  let elongated = false;
  let run = 0;
  let changed = false;
  for (let i = 0; i < t.length; i++) {
    let c = t.charCodeAt(i);
    if (c >= 48 && c <= 57 && c !== 48) {
      c = 48;
      changed = true;
    }
    run = i > 0 && t.charCodeAt(i) === t.charCodeAt(i - 1) ? run + 1 : 1;
    if (run >= 3) {
      elongated = true;
      changed = true;
      continue;
    }
    out += String.fromCharCode(c);
  }
  return { t: changed ? out : t, elongated };
}

const tokenMemo = new Map<string, TokenInfo>();
function tokenInfo(raw: string): TokenInfo {
  let info = tokenMemo.get(raw);
  if (info === undefined) {
    const { t, elongated } = normalizeToken(raw);
    info = { h: fnv1a(t), stem: t.length > 6 ? mix(fnv1a(t.slice(0, 5)), STEM) : -1, elongated };
    if (tokenMemo.size > 50_000) tokenMemo.clear();
    tokenMemo.set(raw, info);
  }
  return info;
}

const STEM = 0x51ed270b;
const PAIR = 0x2545f491;
const named = new Map<string, number>();
function nameHash(name: string): number {
  let h = named.get(name);
  if (h === undefined) {
    h = fnv1a('#' + name);
    named.set(name, h);
  }
  return h;
}

const emojiMemo = new Map<string, number>();
function emojiHash(e: string): number {
  let h = emojiMemo.get(e);
  if (h === undefined) {
    h = nameHash('emo:' + e) & MASK;
    emojiMemo.set(e, h);
  }
  return h;
}

/** Sparse vector: parallel arrays of bucket indices and values. */
export interface Sparse {
  idx: number[];
  val: number[];
  /** Index where the cue features start (after bias, language and words). */
  cueStart: number;
}

export interface FeaturizeOptions {
  /** Training only: leave out the words, keep the cues (teaches the cue weights). */
  cuesOnly?: boolean;
}

const CUE_NAMES = [
  'cue:pos', 'cue:neg', 'cue:complaint', 'cue:negfun', 'cue:negpos', 'cue:sarcasm', 'cue:question', 'cue:question+complaint',
  'cue:excl', 'cue:emoji+', 'cue:emoji-', 'cue:emoji~', 'cue:nocue', 'cue:len', 'afinn+', 'afinn-', 'afinn0',
] as const;
const CUE_HASHES = CUE_NAMES.map((n) => nameHash(n) & MASK);
const BIAS = nameHash('bias') & MASK;
const ELONGATED = nameHash('elong') & MASK;
const sat = (x: number) => Math.log1p(x);

// Hot path: plain loops and no closures (this runs for every mention).
export function featurize(f: Features, opts: FeaturizeOptions = {}): Sparse {
  const lh = nameHash('lang:' + f.lang);
  const idx: number[] = [BIAS, lh & MASK];
  const val: number[] = [1, 1];
  const toks = f.tokens;
  if (!opts.cuesOnly && toks.length > 0) {
    const w = 1 / Math.sqrt(toks.length);
    let prev = 0;
    for (let i = 0; i < toks.length; i++) {
      const info = tokenInfo(toks[i]!);
      const h = info.h;
      idx.push(h & MASK);
      val.push(w);
      // The word within its language ("no" in es/it/pt, "mal" in de/es/pt).
      idx.push(mix(h, lh) & MASK);
      val.push(w);
      if (info.stem >= 0) {
        idx.push(info.stem & MASK);
        val.push(w);
      }
      if (i > 0) {
        idx.push(mix(prev, h ^ PAIR) & MASK);
        val.push(w);
      }
      if (info.elongated) {
        idx.push(ELONGATED);
        val.push(1);
      }
      prev = h;
    }
    // Emoji and emoticons by name (the tokens hold letters and digits only).
    const found = f.emoji.found;
    for (let i = 0; i < found.length; i++) {
      idx.push(emojiHash(found[i]!));
      val.push(1);
    }
  }
  const cueStart = idx.length;
  const cues = [
    sat(f.positive),
    sat(f.negative),
    sat(f.complaint),
    sat(f.negatedFunctions),
    sat(f.negatedPositives),
    f.sarcasm ? 1 : 0,
    f.question ? 1 : 0,
    f.question && f.complaint > 0 ? 1 : 0,
    sat(f.exclamations),
    sat(f.emoji.positive),
    sat(f.emoji.negative),
    sat(f.emoji.sarcasm),
    f.positive + f.negative + f.complaint === 0 ? 1 : 0,
    Math.min(1, toks.length / 30),
    sat(f.afinn.positive),
    sat(f.afinn.negative),
    f.afinn.positive === f.afinn.negative ? 1 : 0,
  ];
  for (let i = 0; i < cues.length; i++) {
    if (cues[i] !== 0) {
      idx.push(CUE_HASHES[i]!);
      val.push(cues[i]!);
    }
  }
  for (const c of f.categories.keys()) {
    idx.push(nameHash('cat:' + c) & MASK);
    val.push(1);
  }
  return { idx, val, cueStart };
}

/** Features the complaint head reads from the sentiment head's output (stacking). */
export const SENT_NEG = nameHash('sent:neg') & MASK;
export const SENT_POS = nameHash('sent:pos') & MASK;
