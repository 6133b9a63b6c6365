/**
 * `npx tsx test/bench/engine-stages.ts FILE`: µs per mention of each stage of the triage
 * engine (src/triage/index.ts), in-process, to tell which stage to work on.
 */
import { readFileSync } from 'node:fs';
import type { Mention } from '../../src/core/mention.js';
import { detectLanguage } from '../../src/triage/language.js';
import { extractFeatures, type Features } from '../../src/triage/features.js';
import { shippedModel, type ModelOutput } from '../../src/triage/model.js';
import { classify } from '../../src/triage/classify.js';
import { createTriageEngine, triageOptionsFromBrand } from '../../src/triage/index.js';
import { exposureFigures, minutesWaiting } from '../../src/triage/exposure.js';
import { fold, tokenize } from '../../src/triage/text.js';
import { matcherFor } from '../../src/triage/lexicon.js';
import { afinnMass } from '../../src/triage/afinn.js';
import { emojiCues } from '../../src/triage/emoji.js';
import { loadEngineConfig } from '../../src/config.js';

const file = process.argv[2];
if (!file) throw new Error('usage: engine-stages.ts FILE.jsonl');
const ms = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Mention);
const model = shippedModel();
// The CLI's engine: brand terms from the default brand config.
const engine = createTriageEngine(triageOptionsFromBrand(loadEngineConfig(undefined).brand), model);
const now = new Date('2026-11-21T00:00:00Z');
// CPU time (wall time counts other processes on a busy machine), best of three runs.
const time = (name: string, f: () => void) => {
  f(); // warm-up
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = process.cpuUsage();
    f();
    const u = process.cpuUsage(t);
    best = Math.min(best, (u.user + u.system) / ms.length);
  }
  console.log(`${name.padEnd(34)} ${best.toFixed(2).padStart(6)} µs/mention (CPU)`);
};
let langs: string[] = [];
let feats: Features[] = [];
let outs: ModelOutput[] = [];
time('detectLanguage (with platform tag)', () => (langs = ms.map((m) => detectLanguage(m.text, m.lang))));
time('tokenize', () => ms.forEach((m) => tokenize(m.text)));
time('extractFeatures (incl. tokenize)', () => (feats = ms.map((m, i) => extractFeatures(m.text, langs[i]!))));
time('model.predict', () => (outs = feats.map((f) => model.predict(f))));
time('classify', () => feats.forEach((f, i) => classify(f, outs[i]!, true)));
time('engine.triage (all)', () => ms.forEach((m) => engine.triage(m)));
time('engine.triage (with --now)', () => ms.forEach((m) => engine.triage(m, { now })));
time('exposureFigures + minutesWaiting', () => ms.forEach((m) => (exposureFigures(m, undefined, undefined), minutesWaiting(m, now))));
time('fold(text) (brand check)', () => ms.forEach((m) => fold(m.text)));
// Parts of extractFeatures that live outside features.ts.
const toks = ms.map((m) => tokenize(m.text));
time('lexicon match', () => toks.forEach((t, i) => matcherFor(langs[i]!).match(t.folded)));
time('afinnMass', () => toks.forEach((t, i) => afinnMass(t.shown, langs[i]!)));
time('emojiCues', () => ms.forEach((m) => emojiCues(m.text)));
