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

function profilesTable() {
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
const MAX_TRIGRAMS = 120; // enough evidence; keeps long posts cheap

/** Log-likelihood of the text under each language profile, averaged per trigram. */
export function trigramScores(lower: string): Map<string, number> {
  const t = profilesTable();
  const sum = new Float64Array(t.langs.length);
  let n = 0;
  LATIN_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  outer: while ((m = LATIN_WORD.exec(lower)) !== null) {
    const w = ' ' + m[0] + ' ';
    for (let i = 0; i + 3 <= w.length; i++) {
      const row = t.table.get(w.slice(i, i + 3));
      for (let l = 0; l < sum.length; l++) sum[l]! += row ? row[l]! : t.floor[l]!;
      if (++n >= MAX_TRIGRAMS) break outer;
    }
  }
  const out = new Map<string, number>();
  if (n === 0) return out;
  for (let l = 0; l < t.langs.length; l++) out.set(t.langs[l]!, sum[l]! / n);
  return out;
}
