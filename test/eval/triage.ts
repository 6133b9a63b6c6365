/**
 * `npm run eval`: the offline engine on labeled data, reported on the REPORT split
 * (ids hashed, see split.ts; weights, lexicons and the model were tuned on the other).
 *   npm run eval            report split (the figures in docs/triage.md)
 *   npm run eval -- --tune  the tune split, for development
 *   npm run eval -- --fixtures FILE   only a labelled file in the fixture format (all its posts,
 *                           no split: e.g. test/fixtures/triage/dev-kinds.jsonl), per language
 * The shipped model is fitted on all labelled posts (scripts/train-triage.ts, DATA=all), so
 * it has seen the report split: the eval first trains the same recipe on the tune split only
 * (DATA=tune, ~10 s, test/.tmp/triage-model-tune.json) and measures that model. `--shipped`
 * measures the shipped model instead (not a held-out figure on the report split).
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { createTriageEngine, triageOptionsFromBrand } from '../../src/triage/index.js';
import { loadBrand, DEMO_BRAND_FILE, PROJECT_ROOT } from '../../src/config.js';
import { modelFromJson, shippedModel, type LinearModel } from '../../src/triage/model.js';
import { COMPLAINTS_FILE, FIXTURES_FILE, SENTIMENT_FILE, loadLabeled, type ComplaintGold, type FixtureGold, type SentimentGold } from './data.js';
import { accuracy, f3, fmtPRF, macroF1, prf } from './metrics.js';
import { splitOf, type Split } from './split.js';
import { baselineSample, LARGE_SAMPLE_PER_LANG, multilangLabels, SAMPLE_PER_LANG } from './multilang-baseline.js';

const split: Split = process.argv.includes('--tune') ? 'tune' : 'report';
const verbose = process.argv.includes('--errors');
const out: string[] = [];
const say = (s = '') => out.push(s);

const useShipped = process.argv.includes('--shipped');
const fixturesArg = process.argv.indexOf('--fixtures');
const fixturesFile = fixturesArg >= 0 ? process.argv[fixturesArg + 1] : undefined;
if (fixturesArg >= 0 && !fixturesFile) throw new Error('--fixtures needs a file');

/** The training recipe on the tune split only, so report-split figures are held out. */
function tuneSplitModel(): LinearModel {
  const file = resolve(PROJECT_ROOT, 'test/.tmp/triage-model-tune.json');
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(PROJECT_ROOT, 'scripts/train-triage.ts')], { env: { ...process.env, DATA: 'tune', OUT: file }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`training the tune-split model failed (exit ${r.status})`);
  return modelFromJson(JSON.parse(readFileSync(file, 'utf8')));
}
const model = useShipped ? shippedModel() : tuneSplitModel();

say(fixturesFile ? `Triage eval on ${fixturesFile}` : `Triage eval on the ${split.toUpperCase()} split (ids hashed; the other split was used for tuning and training)`);
say(useShipped ? 'model: the SHIPPED model (fitted on all labelled posts: report-split figures are NOT held out)' : 'model: the shipped recipe trained on the tune split only (DATA=tune)');

// ------------------------------------------------------------------ any labelled file (--fixtures FILE)
if (fixturesFile) {
  const engine = createTriageEngine({ brandTerms: ['Acme', '@AcmeCare'] }, model);
  const rows = loadLabeled<FixtureGold>(resolve(fixturesFile));
  const res = rows.map((r) => engine.triage(r.mention));
  const isC = (k: string) => k === 'complaint';
  say(`\n== ${fixturesFile}: ${rows.length} posts (all of them, no split), brand "Acme" ==`);
  const line = (label: string, idx: number[]) => {
    const m = prf(idx.map((i) => isC(res[i]!.kind)), idx.map((i) => isC(rows[i]!.gold.kind)), true);
    const acc = accuracy(idx.map((i) => res[i]!.kind), idx.map((i) => rows[i]!.gold.kind));
    const sent = macroF1(idx.map((i) => res[i]!.sentiment), idx.map((i) => rows[i]!.gold.sentiment));
    say(`${label.padEnd(4)} complaint ${fmtPRF(m)}   kind accuracy ${f3(acc)}   sentiment macro F1 ${f3(sent)}   (n=${idx.length})`);
  };
  line('all', rows.map((_, i) => i));
  for (const l of [...new Set(rows.map((r) => r.gold.lang))].sort()) line(l, rows.map((r, i) => (r.gold.lang === l ? i : -1)).filter((i) => i >= 0));
  if (verbose) rows.forEach((r, i) => {
    const g = r.gold, x = res[i]!;
    if (g.kind !== x.kind) say(`  ${r.mention.id} gold ${g.kind}/${g.sentiment} got ${x.kind}/${x.sentiment} [${x.categories.join(',')}] ${r.mention.text.slice(0, 90)}`);
  });
  console.log(out.join('\n'));
  process.exit(0);
}

// ------------------------------------------------------------------ our fixtures (8 languages)
{
  const engine = createTriageEngine({ brandTerms: ['Acme', '@AcmeCare'] }, model);
  const rows = loadLabeled<FixtureGold>(FIXTURES_FILE).filter((r) => splitOf(r.mention.id) === split);
  const res = rows.map((r) => engine.triage(r.mention));
  const isC = (k: string) => k === 'complaint';
  say(`\n== test/fixtures/triage/labeled.jsonl: ${rows.length} posts, 8 languages, brand "Acme" ==`);
  say(`complaint detection   ${fmtPRF(prf(res.map((r) => isC(r.kind)), rows.map((r) => isC(r.gold.kind)), true))}`);
  say(`kind accuracy         ${f3(accuracy(res.map((r) => r.kind), rows.map((r) => r.gold.kind)))}`);
  say(`escalation            ${fmtPRF(prf(res.map((r) => r.escalate), rows.map((r) => r.gold.escalate), true))}`);
  say(`sentiment macro F1    ${f3(macroF1(res.map((r) => r.sentiment), rows.map((r) => r.gold.sentiment)))}`);
  let tp = 0, fp = 0, fn = 0;
  rows.forEach((r, i) => {
    const got = new Set(res[i]!.categories as string[]);
    for (const c of r.gold.categories) {
      if (got.has(c)) tp++;
      else fn++;
    }
    for (const c of got) if (!r.gold.categories.includes(c)) fp++;
  });
  say(`categories (micro)    P ${f3(tp / (tp + fp || 1))}  R ${f3(tp / (tp + fn || 1))}`);
  say(`language detection    accuracy ${f3(accuracy(res.map((r) => r.lang), rows.map((r) => r.gold.lang)))} (no platform tag given)`);
  const langs = [...new Set(rows.map((r) => r.gold.lang))].sort();
  say('complaint recall by language: ' + langs.map((l) => {
    const idx = rows.map((r, i) => (r.gold.lang === l ? i : -1)).filter((i) => i >= 0);
    const m = prf(idx.map((i) => isC(res[i]!.kind)), idx.map((i) => isC(rows[i]!.gold.kind)), true);
    return `${l} ${f3(m.recall)} (n=${m.support})`;
  }).join(', '));
  if (verbose) rows.forEach((r, i) => {
    const g = r.gold, x = res[i]!;
    if (g.kind !== x.kind || g.escalate !== x.escalate || g.sentiment !== x.sentiment) say(`  ${g.lang} gold ${g.kind}/${g.sentiment}/${g.escalate ? 'esc' : '-'} got ${x.kind}/${x.sentiment}/${x.escalate ? 'esc' : '-'} [${x.categories.join(',')}] ${r.mention.text.slice(0, 90)}`);
  });
}

// ------------------------------------------------------------------ English complaints (ACL 2019)
{
  // The CLI's engine: demo brand config, as `glasshouse triage` runs it.
  const engine = createTriageEngine(triageOptionsFromBrand(loadBrand(DEMO_BRAND_FILE)), model);
  const rows = loadLabeled<ComplaintGold>(COMPLAINTS_FILE).filter((r) => splitOf(r.mention.id) === split);
  const gold = rows.map((r) => r.gold.complaint);
  const ours = rows.map((r) => engine.triage(r.mention).kind === 'complaint');
  const afinn = new Sentiment();
  const afinnPred = rows.map((r) => afinn.analyze(r.mention.text).score < 0);
  const vaderPred = rows.map((r) => vader.SentimentIntensityAnalyzer.polarity_scores(r.mention.text).compound <= -0.05);
  say(`\n== ../shared/data/complaints: ${rows.length} English tweets, complaint or not ==`);
  say(`ours                  macro F1 ${f3(macroF1(ours, gold))}   complaint ${fmtPRF(prf(ours, gold, true))}`);
  say(`AFINN (score < 0)     macro F1 ${f3(macroF1(afinnPred, gold))}   complaint ${fmtPRF(prf(afinnPred, gold, true))}`);
  say(`VADER (compound<-.05) macro F1 ${f3(macroF1(vaderPred, gold))}   complaint ${fmtPRF(prf(vaderPred, gold, true))}`);
}

// ------------------------------------------------------------------ multilingual sentiment
{
  const engine = createTriageEngine({}, model);
  const rows = loadLabeled<SentimentGold>(SENTIMENT_FILE).filter((r) => splitOf(r.mention.id) === split);
  const ours = new Map(rows.map((r) => [r.mention.id, engine.triage(r.mention).sentiment as string]));
  const tagged = rows.map((r) => ({ mention: r.mention, gold: r.gold, lang: r.gold.lang === 'hi-Latn' ? 'hi' : r.gold.lang }));
  // The slow baseline runs on a fixed per-language sample (see multilang-baseline.ts), report split only.
  const sample = split === 'report' ? baselineSample(tagged) : [];
  // Also a larger sample, 1,000 per language (less noisy than 300; computed once, cached).
  const full = split === 'report' ? baselineSample(tagged, LARGE_SAMPLE_PER_LANG) : [];
  const baseline = full.length > 0 ? multilangLabels(split, full) : new Map<string, string>();
  say(`\n== ../shared/data/sentiment: ${rows.length} tweets; macro F1 by language ==`);
  say(`   ours on all posts of the split | ours vs multilang-sentiment (given the gold language) on ${SAMPLE_PER_LANG} | on ${LARGE_SAMPLE_PER_LANG} posts per language`);
  let worst = Infinity;
  let worstAll = Infinity;
  const delta = (x: number) => (x >= 0 ? '+' : '') + f3(x);
  for (const lang of [...new Set(rows.map((r) => r.gold.lang))].sort()) {
    const all = tagged.filter((r) => r.gold.lang === lang);
    const o = macroF1(all.map((r) => ours.get(r.mention.id)), all.map((r) => r.gold.sentiment));
    const smp = sample.filter((r) => r.gold.lang === lang);
    let line = `${lang.padEnd(8)} ours ${f3(o)} (n=${all.length})`;
    if (smp.length > 0) {
      const gold = smp.map((r) => r.gold.sentiment);
      const os = macroF1(smp.map((r) => ours.get(r.mention.id)), gold);
      const b = macroF1(smp.map((r) => baseline.get(r.mention.id)), gold);
      worst = Math.min(worst, os - b);
      line += ` | sample: ours ${f3(os)}  multilang-sentiment ${f3(b)}  Δ ${delta(os - b)} (n=${smp.length})`;
      const big = full.filter((r) => r.gold.lang === lang);
      const goldBig = big.map((r) => r.gold.sentiment);
      const ob = macroF1(big.map((r) => ours.get(r.mention.id)), goldBig);
      const bb = macroF1(big.map((r) => baseline.get(r.mention.id)), goldBig);
      worstAll = Math.min(worstAll, ob - bb);
      line += ` | ${LARGE_SAMPLE_PER_LANG}: ours ${f3(ob)}  multilang-sentiment ${f3(bb)}  Δ ${delta(ob - bb)} (n=${big.length})`;
    }
    say(line);
  }
  if (sample.length > 0) say(`smallest margin over multilang-sentiment: ${f3(worst)} (${SAMPLE_PER_LANG} per language), ${f3(worstAll)} (${LARGE_SAMPLE_PER_LANG} per language)`);
}

console.log(out.join('\n'));
