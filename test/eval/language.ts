/**
 * Language detectors compared on short social posts: accuracy and speed of eld, tinyld,
 * franc, cld3-asm and ours (src/triage/language.ts), on the REPORT split of
 * ../shared/data/sentiment (10 languages, Hindi romanised) plus our fixtures (8
 * languages, Hindi in both scripts). Platform tags are not given to any detector.
 *   npx tsx test/eval/language.ts
 */
import { eld } from 'eld/medium';
import * as tinyld from 'tinyld';
import { franc } from 'franc';
import { loadModule } from 'cld3-asm';
import { detectLanguage } from '../../src/triage/language.js';
import { FIXTURES_FILE, SENTIMENT_FILE, loadLabeled, type FixtureGold, type SentimentGold } from './data.js';
import { splitOf } from './split.js';

const ISO3: Record<string, string> = { eng: 'en', ell: 'el', hin: 'hi', hun: 'hu', spa: 'es', deu: 'de', fra: 'fr', por: 'pt', ita: 'it', arb: 'ar', ara: 'ar', urd: 'ur' };
const cldFactory = await loadModule();
const cld = cldFactory.create(0, 512);

const detectors: Record<string, (t: string) => string> = {
  ours: (t) => detectLanguage(t),
  eld: (t) => eld.detect(t).language || 'und',
  tinyld: (t) => tinyld.detect(t) || 'und',
  franc: (t) => ISO3[franc(t, { minLength: 3 })] ?? franc(t, { minLength: 3 }),
  'cld3-asm': (t) => {
    const r = cld.findLanguage(t);
    return r.is_reliable || r.probability > 0.3 ? r.language.split('-')[0]! : 'und';
  },
};

interface Row {
  text: string;
  lang: string;
  set: string;
}
const rows: Row[] = [
  ...loadLabeled<SentimentGold>(SENTIMENT_FILE)
    .filter((r) => splitOf(r.mention.id) === 'report')
    .map((r) => ({ text: r.mention.text, lang: r.gold.lang === 'hi-Latn' ? 'hi' : r.gold.lang, set: r.gold.lang })),
  ...loadLabeled<FixtureGold>(FIXTURES_FILE).map((r) => ({ text: r.mention.text, lang: r.gold.lang, set: 'fixtures' })),
];
// Mentions, links and "RT" are noise for every detector alike; strip them for all.
const clean = (t: string) => t.replace(/(?:https?:\/\/|www\.)\S+|@[\w.]+|\bRT\b/g, ' ').trim();
const texts = rows.map((r) => clean(r.text));
const sets = [...new Set(rows.map((r) => r.set))].sort();

console.log(`${rows.length} posts (sentiment report split + fixtures); accuracy by source, then speed (posts/s, one core, after warm-up)`);
console.log(['detector'.padEnd(10), ...sets.map((s) => s.slice(0, 8).padStart(8)), 'all'.padStart(7), 'posts/s'.padStart(9)].join(' '));
for (const [name, detect] of Object.entries(detectors)) {
  for (let i = 0; i < 300; i++) detect(texts[i % texts.length]!); // warm-up
  const start = performance.now();
  const got = texts.map((t) => detect(t));
  const secs = (performance.now() - start) / 1000;
  const acc = (pred: (i: number) => boolean) => {
    const idx = rows.map((_, i) => i).filter(pred);
    return idx.filter((i) => got[i] === rows[i]!.lang).length / (idx.length || 1);
  };
  console.log(
    [name.padEnd(10), ...sets.map((s) => acc((i) => rows[i]!.set === s).toFixed(3).padStart(8)), acc(() => true).toFixed(3).padStart(7), Math.round(rows.length / secs).toString().padStart(9)].join(' '),
  );
}
cld.dispose();
