/**
 * Trains the character-trigram language profiles (src/triage/model/language-trigrams.json)
 * from the TUNE split of ../shared/data/sentiment (Latin-script languages only; the other
 * scripts are decided by their Unicode ranges). Deterministic.
 *
 *   npx tsx scripts/train-language.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { trigramsOf } from '../src/triage/text.js';
import { SENTIMENT_FILE, loadLabeled, type SentimentGold } from '../test/eval/data.js';
import { splitOf } from '../test/eval/split.js';

const KEEP = 1200; // trigrams kept per language
const LATIN = new Map([['en', 'en'], ['es', 'es'], ['pt', 'pt'], ['fr', 'fr'], ['de', 'de'], ['it', 'it'], ['hu', 'hu'], ['hi-Latn', 'hi']]);
const NOISE = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_]+|\brt\b/gu;

const counts = new Map<string, Map<string, number>>();
for (const r of loadLabeled<SentimentGold>(SENTIMENT_FILE)) {
  if (splitOf(r.mention.id) !== 'tune') continue;
  const lang = LATIN.get(r.gold.lang);
  if (!lang) continue;
  const c = counts.get(lang) ?? new Map<string, number>();
  counts.set(lang, c);
  for (const g of trigramsOf(r.mention.text.replace(NOISE, ' ').toLowerCase())) c.set(g, (c.get(g) ?? 0) + 1);
}
const langs = [...counts.keys()].sort();
const kept = new Set<string>();
for (const lang of langs) {
  const top = [...counts.get(lang)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEEP);
  for (const [g] of top) kept.add(g);
}
const totals = langs.map((l) => [...counts.get(l)!.values()].reduce((a, b) => a + b, 0));
const V = kept.size + 1;
const round = (x: number) => Math.round(x * 1000) / 1000;
const trigrams: Record<string, number[]> = {};
for (const g of [...kept].sort()) trigrams[g] = langs.map((l, i) => round(Math.log(((counts.get(l)!.get(g) ?? 0) + 0.5) / (totals[i]! + 0.5 * V))));
const floor = langs.map((_, i) => round(Math.log(0.5 / (totals[i]! + 0.5 * V)) - 1));
const out = resolve(PROJECT_ROOT, 'src/triage/model/language-trigrams.json');
writeFileSync(out, JSON.stringify({ about: 'Character trigram log-probabilities per language; scripts/train-language.ts', langs, floor, trigrams }) + '\n');
console.log(`wrote ${out}: ${langs.join(', ')}; ${kept.size} trigrams`);
