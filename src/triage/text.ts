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
const ASCII_TOKEN = /[a-z0-9]+(?:'[a-z]+)*'?/g;

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

function foldToken(t: string): string {
  if (ASCII.test(t)) return t;
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
  const folded: string[] = [];
  const shown: string[] = [];
  // Hot path: no closures, one regex pass.
  const re = ascii ? ASCII_TOKEN : TOKEN;
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
