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
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*['’]?/gu;

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
  const ascii = ASCII.test(lower);
  if (ascii) return asciiTokens(lower);
  const folded: string[] = [];
  const shown: string[] = [];
  // Hot path: no closures, one regex pass.
  const re = TOKEN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower)) !== null) {
    let t = m[0];
    if (!ascii && t.includes('’')) t = t.replace(/’/g, "'");
    const q = t.indexOf("'");
    if (q > 0 && q <= 2 && q < t.length - 1) {
      // Elided article or pronoun (fr "j'", "n'", "l'"; it "l'"): split it off.
      const a = t.slice(0, q + 1);
      const b = t.slice(q + 1);
      shown.push(a, b);
      folded.push(ascii ? a : foldToken(a), ascii ? b : foldToken(b));
    } else {
      if (q === t.length - 1 && q > 0) t = t.slice(0, q);
      shown.push(t);
      folded.push(ascii ? t : foldToken(t));
    }
  }
  return { folded, shown };
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
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isAlnum(lower.charCodeAt(i))) {
      i++;
      continue;
    }
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
  return { folded: tokens, shown: tokens.slice() };
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
