/** Cue matching helpers shared by the phrase rules: whole-word, Unicode-aware, all languages. */
import { CUES } from './cues/index.js';
import type { LangCues } from './cues/types.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

// JS `\b` is ASCII-only; these lookarounds make word edges work for Greek and Devanagari too.
const EDGE_L = '(?<![\\p{L}\\p{M}\\p{N}_])';
const EDGE_R = '(?![\\p{L}\\p{M}\\p{N}_])';

/** One regex per cue list: all languages' patterns, alternated. */
export function compileCues(patterns: string[]): RegExp {
  // A space in a cue means a run of whitespace; " ?" an optional one.
  const alts = patterns
    .map((p) =>
      p
        // "x (?:y)?" must also match a bare "x": the space belongs inside the optional group.
        .replace(/ \(\?:([^()]*[^() ])\)\?/g, '(?: (?:$1))?')
        .replace(/ \?/g, '\\s?')
        .replace(/ /g, '\\s+'),
    )
    .map((p) => `(?:${p})`)
    .join('|');
  return new RegExp(`${EDGE_L}(?:${alts})${EDGE_R}`, 'giu');
}

export function findAll(re: RegExp, text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Union over all languages of one cue family, compiled once. */
export function allLanguages(pick: (c: LangCues) => string[]): RegExp {
  return compileCues(Object.values(CUES).flatMap(pick));
}

/** Sentences as [start, end) ranges; Hindi danda and Greek question mark included. */
export function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[.!?।;\n]+(?=\s|$)|\n+/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
