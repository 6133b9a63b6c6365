/**
 * Character-trigram profiles of the Latin-script languages (trained by
 * scripts/train-triage.ts from the tune split of ../shared/data/sentiment; data in
 * ./model/language-trigrams.json). Separates close pairs that function words alone
 * cannot (es/pt, and English vs romanised Hindi).
 */
import { z } from 'zod';
import profiles from './model/language-trigrams.json' with { type: 'json' };

const ProfilesSchema = z.object({
  langs: z.array(z.string()),
  /** Log-probability of an unseen trigram, per language. */
  floor: z.array(z.number()),
  /** trigram -> log-probabilities, one per language. */
  trigrams: z.record(z.string(), z.array(z.number())),
});
export type TrigramProfiles = z.infer<typeof ProfilesSchema>;

let loaded: { langs: string[]; floor: Float64Array; table: Map<string, Float64Array> } | null = null;

/** The profiles as typed arrays: languages, per-language floor, trigram -> log-probabilities. */
export function profilesTable(): { langs: string[]; floor: Float64Array; table: Map<string, Float64Array> } {
  if (!loaded) {
    const p = ProfilesSchema.parse(profiles);
    loaded = {
      langs: p.langs,
      floor: Float64Array.from(p.floor),
      table: new Map(Object.entries(p.trigrams).map(([k, v]) => [k, Float64Array.from(v)])),
    };
  }
  return loaded;
}

const LATIN_WORD = /[\p{L}\p{M}']+/gu;
export const MAX_TRIGRAMS = 120; // enough evidence; keeps long posts cheap

/**
 * Sums of trigram log-probabilities into `sum` (one slot per profilesTable().langs entry,
 * zeroed here); returns the number of trigrams (0: no evidence). Allocation-free apart
 * from the trigram strings, for the language detector's hot path.
 */
export function trigramSums(lower: string, sum: Float64Array): number {
  const t = profilesTable();
  const L = t.langs.length;
  sum.fill(0, 0, L);
  let n = 0;
  LATIN_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  outer: while ((m = LATIN_WORD.exec(lower)) !== null) {
    const rows = wordRows(m[0]);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      for (let l = 0; l < L; l++) sum[l]! += row[l]!;
      if (++n >= MAX_TRIGRAMS) break outer;
    }
  }
  return n;
}

// Word -> the profile rows of its padded trigrams, in order. Words repeat a lot (Zipf),
// so this saves the trigram slicing and lookups; the sums are added exactly as before.
const rowMemo = new Map<string, Float64Array[]>();
const ROW_MEMO_LIMIT = 50_000;

function wordRows(word: string): Float64Array[] {
  let rows = rowMemo.get(word);
  if (rows === undefined) {
    rows = trigramRows(word);
    if (rowMemo.size >= ROW_MEMO_LIMIT) rowMemo.clear();
    rowMemo.set(word, rows);
  }
  return rows;
}

/** The profile rows of the padded trigrams of a word, in order (the floor for unseen ones). */
export function trigramRows(word: string): Float64Array[] {
  const t = profilesTable();
  const w = ' ' + word + ' ';
  const rows: Float64Array[] = [];
  for (let i = 0; i + 3 <= w.length; i++) rows.push(t.table.get(w.slice(i, i + 3)) ?? t.floor);
  return rows;
}

/** Log-likelihood of the text under each language profile, averaged per trigram. */
export function trigramScores(lower: string): Map<string, number> {
  const t = profilesTable();
  const sum = new Float64Array(t.langs.length);
  const n = trigramSums(lower, sum);
  const out = new Map<string, number>();
  if (n === 0) return out;
  for (let l = 0; l < t.langs.length; l++) out.set(t.langs[l]!, sum[l]! / n);
  return out;
}
