/**
 * Text normalization and tokenization shared by the lexicon matcher and the model,
 * so both see the same tokens: lower case, accents and Devanagari nukta folded (people
 * type Greek and Hungarian without accents, Hindi with or without nukta), links and
 * mentions removed, French elisions split ("j'attends" -> "j'", "attends").
 */

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;
const COMBINING = /[\u0300-\u036f\u093c]/g;
const NOISE = /(?:https?:\/\/|www\.)\S+|@[\p{L}\p{N}_.]+/gu;

/** Cheap pre-check: most posts need no regex pass for links and mentions. */
export function mayHaveNoise(text: string): boolean {
  return text.includes('@') || text.includes('http') || text.includes('www.') || text.includes('#');
}

/** Folds case and diacritics; the result is what lexicon entries are compared with. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/\u0901/g, '\u0902') // chandrabindu and anusvara are spelled interchangeably
    .replace(/ς/g, 'σ')
    .replace(/’/g, "'");
}

export interface Tokens {
  /** Folded tokens: what lexicons and the model compare. */
  folded: string[];
  /** The same tokens as written (lower case), for evidence shown to people. */
  shown: string[];
  /** Indices of the tokens that open a new sentence (after . ! ? ; । or a line break): negation stops there. */
  breaks: number[];
}

/** Whether the code unit at i ends a sentence: ! ? ; । ॥ ; (Greek) or a line break, or a period before a space or the end. */
function endsSentence(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 33 || c === 63 || c === 59 || c === 10 || c === 0x964 || c === 0x965 || c === 0x37e) return true;
  if (c !== 46) return false;
  const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 32;
  return d === 32 || d === 10 || d === 13 || d === 9;
}

const foldMemo = new Map<string, string>();

// Tokens of non-ASCII text, ASCII ones included: one Map lookup per token, no regex test
// (an ASCII token folds to itself, which is what fold() returns for it).
function foldToken(t: string): string {
  let f = foldMemo.get(t);
  if (f === undefined) {
    f = fold(t);
    if (foldMemo.size > 50_000) foldMemo.clear();
    foldMemo.set(t, f);
  }
  return f;
}

/** Tokens of a text, noise removed, folded and as written. */
export function tokenize(text: string): Tokens {
  const lower = (mayHaveNoise(text) ? text.replace(NOISE, ' ') : text).toLowerCase();
  if (ASCII.test(lower)) return asciiTokens(lower);
  const folded: string[] = [];
  const shown: string[] = [];
  const breaks: number[] = [];
  // Hot path: no closures, no regex match objects: one scan for the tokens of
  // /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*['’]?/gu (see tokenEnd).
  const n = lower.length;
  let i = 0;
  let ended = false;
  for (;;) {
    // Next token start: a letter, mark or number.
    while (i < n && (classAt(lower, i) & LMN) === 0) {
      if (!ended && endsSentence(lower, i)) ended = true;
      i += charWidth(lower, i);
    }
    if (i >= n) break;
    if (ended && shown.length > 0) breaks.push(shown.length);
    ended = false;
    const start = i;
    i = tokenEnd(lower, i);
    let t = lower.slice(start, i);
    if (t.includes('’')) t = t.replace(/’/g, "'");
    const q = t.indexOf("'");
    if (q > 0 && q <= 2 && q < t.length - 1) {
      // Elided article or pronoun (fr "j'", "n'", "l'"; it "l'"): split it off.
      const a = t.slice(0, q + 1);
      const b = t.slice(q + 1);
      shown.push(a, b);
      folded.push(foldToken(a), foldToken(b));
    } else {
      if (q === t.length - 1 && q > 0) t = t.slice(0, q);
      shown.push(t);
      folded.push(foldToken(t));
    }
  }
  return { folded, shown, breaks };
}

// Character classes of the token pattern, by code unit, computed per block of 256 at first use
// (from the same Unicode property escapes, so the scan and the regex agree).
export const LM = 1; // \p{L} or \p{M}
const N = 2; // \p{N}
const LMN = LM | N;
const LM_RE = /^[\p{L}\p{M}]$/u;
const N_RE = /^\p{N}$/u;
const blocks: Array<Uint8Array | undefined> = [];
const astral = new Map<number, number>();

function classOf(s: string): number {
  return (LM_RE.test(s) ? LM : 0) | (N_RE.test(s) ? N : 0);
}

/** Class of the code point at i (a surrogate pair is one code point; a lone surrogate is none). */
export function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      let k = astral.get(cp);
      if (k === undefined) {
        k = classOf(String.fromCodePoint(cp));
        astral.set(cp, k);
      }
      return k;
    }
  }
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  let b = blocks[c >> 8];
  if (b === undefined) {
    b = new Uint8Array(256);
    for (let j = 0; j < 256; j++) {
      const u = (c & 0xff00) | j;
      b[j] = u >= 0xd800 && u <= 0xdfff ? 0 : classOf(String.fromCharCode(u));
    }
    blocks[c >> 8] = b;
  }
  return b[c & 0xff]!;
}

/** Code units of the code point at i: 2 for a surrogate pair, else 1. */
export function charWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * End of the TOKEN match that starts at i (a letter, mark or number):
 * [\p{L}\p{M}\p{N}]+ then (['’][\p{L}\p{M}]+)* then an optional ['’].
 */
function tokenEnd(s: string, i: number): number {
  const n = s.length;
  while (i < n && (classAt(s, i) & LMN) !== 0) i += charWidth(s, i);
  while (i + 1 < n && isApostrophe(s.charCodeAt(i)) && (classAt(s, i + 1) & LM) !== 0) {
    i++;
    while (i < n && (classAt(s, i) & LM) !== 0) i += charWidth(s, i);
  }
  if (i < n && isApostrophe(s.charCodeAt(i))) i++;
  return i;
}

/** ASCII letter or digit (lower case: the text is lower-cased first). */
function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * tokenize() for all-ASCII lower-case text: the token regex /[a-z0-9]+(?:'[a-z]+)*'?/g
 * and the elision split written out as one scan over the characters (no match objects),
 * with the regex's exact semantics: [a-z0-9]+ then ('[a-z]+)* then an optional '.
 */
function asciiTokens(lower: string): Tokens {
  const tokens: string[] = [];
  const breaks: number[] = [];
  const n = lower.length;
  let i = 0;
  let ended = false;
  while (i < n) {
    if (!isAlnum(lower.charCodeAt(i))) {
      if (!ended && endsSentence(lower, i)) ended = true;
      i++;
      continue;
    }
    if (ended && tokens.length > 0) breaks.push(tokens.length);
    ended = false;
    const start = i;
    i++;
    while (i < n && isAlnum(lower.charCodeAt(i))) i++;
    let q = -1; // first apostrophe, relative to start
    while (i + 1 < n && lower.charCodeAt(i) === 39) {
      const c = lower.charCodeAt(i + 1);
      if (c < 97 || c > 122) break;
      if (q < 0) q = i - start;
      i += 2;
      while (i < n) {
        const d = lower.charCodeAt(i);
        if (d < 97 || d > 122) break;
        i++;
      }
    }
    if (i < n && lower.charCodeAt(i) === 39) {
      if (q < 0) q = i - start;
      i++;
    }
    const len = i - start;
    if (q > 0 && q <= 2 && q < len - 1) {
      // Elided article or pronoun: split it off (as in tokenize()).
      tokens.push(lower.slice(start, start + q + 1), lower.slice(start + q + 1, i));
    } else if (q === len - 1 && q > 0) {
      tokens.push(lower.slice(start, i - 1));
    } else tokens.push(lower.slice(start, i));
  }
  // ASCII tokens fold to themselves: the same strings serve as folded and shown.
  return { folded: tokens, shown: tokens.slice(), breaks };
}

/** Folds one lexicon entry the same way as text, keeping the '*' prefix marks. */
export function foldEntry(entry: string): string[] {
  return fold(entry)
    .split(/\s+/)
    .map((t) => t.replace(/’/g, "'"))
    .filter(Boolean);
}

/** Padded character trigrams of the words of a lower-cased text (language profiles). */
export function* trigramsOf(lower: string): Generator<string> {
  for (const m of lower.matchAll(/[\p{L}\p{M}']+/gu)) {
    const w = ` ${m[0]} `;
    for (let i = 0; i + 3 <= w.length; i++) yield w.slice(i, i + 3);
  }
}
