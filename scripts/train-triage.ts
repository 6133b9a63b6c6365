/**
 * Trains the linear model from ../shared/data: a 3-class sentiment head (all ten languages, plus the
 * sentiment labels of the complaint set) and a complaint head (English complaints).
 * Multinomial/binary logistic regression over hashed features (src/triage/hashing.ts),
 * AdaGrad with averaged weights (second half of the epochs), sentiment classes balanced
 * per language, complaint thresholds from 5-fold out-of-fold probabilities; fixed seeds:
 * the same data gives the same bytes.
 *
 * Which data (DATA):
 *   all (default)  every labelled post: the shipped model (src/triage/model/triage-model.json).
 *                  Features, cues and training settings were all chosen on the tune split;
 *                  this final fit adds the report split's posts (doubling the tune split's
 *                  posts raised inner-fold sentiment macro F1 from 0.575 to 0.605, see docs/triage.md).
 *   tune           the tune split only: what `npm run eval` trains and measures on the report
 *                  split, so the reported figures come from a model that never saw those posts.
 *
 *   npx tsx scripts/train-triage.ts
 *   DATA=tune OUT=test/.tmp/triage-model-tune.json npx tsx scripts/train-triage.ts
 *   VALIDATE=1 CV=1 npx tsx scripts/train-triage.ts   # also inner validation / CV figures
 *   DATA=tune INNER=1 OUT=/tmp/m.json npx tsx scripts/train-triage.ts   # leave out the inner fold
 *     (fnv1a('inner:' + id) % 5 === 0 of the tune split) to check the whole engine on it
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { extractFeatures } from '../src/triage/features.js';
import { DIM, DIM_BITS, featurize, fnv1a, SENT_NEG, SENT_POS, type Sparse } from '../src/triage/hashing.js';
import { detectLanguage } from '../src/triage/language.js';
import { COMPLAINTS_FILE, SENTIMENT_FILE, loadLabeled, type ComplaintGold, type SentimentGold } from '../test/eval/data.js';
import { splitOf } from '../test/eval/split.js';
import { seededRandom } from '../src/core/random.js';

/** Inner validation fold of the tune split (a fifth of it, by hashed id). */
function innerFold(id: string): boolean {
  return fnv1a('inner:' + id) % 5 === 0;
}

const SENT = ['negative', 'neutral', 'positive'] as const;
const EPOCHS = Number(process.env.EPOCHS ?? 8);
const LR = Number(process.env.LR ?? 0.05);
const L2 = Number(process.env.L2 ?? 1e-6);
const CUE_DROPOUT = Number(process.env.CUE_DROPOUT ?? 0.5);
// The complaint head has its own step size and epochs (chosen by CV=1, see below).
const COMP_LR = Number(process.env.COMP_LR ?? 0.1);
const COMP_EPOCHS = Number(process.env.COMP_EPOCHS ?? 8);
const AVERAGE = process.env.AVERAGE !== '0';
const SENT_BALANCE = Number(process.env.SENT_BALANCE ?? 1);
const COMP_BALANCE = Number(process.env.COMP_BALANCE ?? 0);

const rng = seededRandom;
/** SEED=n shifts every training seed by n (noise checks; default 0 = the shipped bytes). */
const SEED = Number(process.env.SEED ?? 0);

function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

interface Example {
  x: Sparse;
  xCues: Sparse;
  y: number;
  /** Gold language (sentiment set) or 'en' (complaints), for per-language validation. */
  lang: string;
  /** Loss weight (class balance). */
  wt: number;
}

function vectorize(text: string, lang: string | null | undefined): { x: Sparse; xCues: Sparse } {
  const f = extractFeatures(text, detectLanguage(text, lang));
  return { x: featurize(f), xCues: featurize(f, { cuesOnly: true }) };
}

/** Softmax regression with K classes (K=1: logistic). Returns weights [K][DIM]. */
function train(examples: Example[], k: number, seed: number, cueDropout: number, lr = LR, epochs = EPOCHS): Float32Array[] {
  const w = Array.from({ length: k }, () => new Float32Array(DIM));
  const g2 = Array.from({ length: k }, () => new Float32Array(DIM).fill(1e-8));
  const rand = rng(seed + SEED);
  const scores = new Float64Array(k);
  // Averaged weights (the mean of the weights after each epoch of the second half): less
  // variance on small data, the same model size and speed.
  const avg = Array.from({ length: k }, () => new Float64Array(DIM));
  let nAvg = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const ex of shuffle(examples, rand)) {
      const x = rand() < cueDropout ? ex.xCues : ex.x;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let i = 0; i < x.idx.length; i++) s += w[c]![x.idx[i]!]! * x.val[i]!;
        scores[c] = s;
      }
      const grads = new Float64Array(k);
      if (k === 1) {
        const p = 1 / (1 + Math.exp(-scores[0]!));
        grads[0] = (p - ex.y) * ex.wt;
      } else {
        const max = Math.max(...scores);
        let z = 0;
        for (let c = 0; c < k; c++) z += Math.exp(scores[c]! - max);
        for (let c = 0; c < k; c++) grads[c] = (Math.exp(scores[c]! - max) / z - (c === ex.y ? 1 : 0)) * ex.wt;
      }
      for (let c = 0; c < k; c++) {
        const wc = w[c]!;
        const gc = g2[c]!;
        for (let i = 0; i < x.idx.length; i++) {
          const j = x.idx[i]!;
          const g = grads[c]! * x.val[i]! + L2 * wc[j]!;
          gc[j]! += g * g;
          wc[j]! -= (lr * g) / Math.sqrt(gc[j]!);
        }
      }
    }
    if (AVERAGE && epoch >= Math.floor(epochs / 2)) {
      for (let c = 0; c < k; c++) for (let j = 0; j < DIM; j++) avg[c]![j]! += w[c]![j]!;
      nAvg++;
    }
  }
  if (!AVERAGE) return w;
  return avg.map((a) => Float32Array.from(a, (v) => v / nAvg));
}

function quantize(rows: Float32Array[]): { scale: number; b64: string } {
  let max = 0;
  for (const r of rows) for (const v of r) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const bytes = new Int8Array(rows.length * DIM);
  rows.forEach((r, c) => r.forEach((v, i) => (bytes[c * DIM + i] = Math.round(v / scale))));
  return { scale, b64: Buffer.from(bytes.buffer).toString('base64') };
}

/** The weights the engine will actually use (int8 × scale). */
function dequantize(q: { scale: number; b64: string }, rows: number): Float32Array[] {
  const bytes = new Int8Array(Buffer.from(q.b64, 'base64'));
  return Array.from({ length: rows }, (_, c) => Float32Array.from(bytes.subarray(c * DIM, (c + 1) * DIM), (v) => v * q.scale));
}

function logistic(w: Float32Array, x: Sparse): number {
  let s = 0;
  for (let i = 0; i < x.idx.length; i++) s += w[x.idx[i]!]! * x.val[i]!;
  return 1 / (1 + Math.exp(-s));
}

// ------------------------------------------------------------------ data (DATA: all, or the tune split only)
// INNER=1: leave out the inner validation fold of the tune split (innerFold, the same
// fold test-harnesses evaluate the whole engine on), to check the shipped pipeline.
const DATA = process.env.DATA ?? 'all';
if (DATA !== 'all' && DATA !== 'tune') throw new Error(`DATA must be "all" or "tune", not "${DATA}"`);
const keep = (id: string) => (DATA === 'all' || splitOf(id) === 'tune') && !(process.env.INNER && innerFold(id));
const sentiment = loadLabeled<SentimentGold>(SENTIMENT_FILE).filter((r) => keep(r.mention.id));
const complaints = loadLabeled<ComplaintGold>(COMPLAINTS_FILE).filter((r) => keep(r.mention.id));

const sentEx: Example[] = [];
for (const r of sentiment) sentEx.push({ ...vectorize(r.mention.text, r.mention.lang), y: SENT.indexOf(r.gold.sentiment), lang: r.gold.lang, wt: 1 });
for (const r of complaints) {
  if (r.gold.sentiment) sentEx.push({ ...vectorize(r.mention.text, r.mention.lang), y: SENT.indexOf(r.gold.sentiment), lang: 'en-complaints', wt: 1 });
}
const compEx: Example[] = complaints.map((r) => ({ ...vectorize(r.mention.text, r.mention.lang), y: r.gold.complaint ? 1 : 0, lang: 'en', wt: 1 }));
balance(sentEx, SENT_BALANCE);
balance(compEx, COMP_BALANCE);

/** Class weights: per language, each class weighs (n / (k n_class))^power (power 0: none). */
function balance(exs: Example[], power: number): void {
  const counts = new Map<string, number>();
  const totals = new Map<string, number>();
  const classes = new Map<string, Set<number>>();
  for (const e of exs) {
    counts.set(e.lang + ':' + e.y, (counts.get(e.lang + ':' + e.y) ?? 0) + 1);
    totals.set(e.lang, (totals.get(e.lang) ?? 0) + 1);
    classes.set(e.lang, (classes.get(e.lang) ?? new Set()).add(e.y));
  }
  for (const e of exs) e.wt = Math.pow(totals.get(e.lang)! / (classes.get(e.lang)!.size * counts.get(e.lang + ':' + e.y)!), power);
}

// Sentiment first: the complaint head reads its answer (stacking).
// Inner validation of the sentiment head (fold 0 of the tune split), to choose the
// hyperparameters above without looking at the report split.
if (process.env.VALIDATE) {
  const fit = train(sentEx.filter((_, i) => i % 5 !== 0), 3, 11, 0.1);
  const val = sentEx.filter((_, i) => i % 5 === 0);
  const pred = val.map((e) => {
    const sc = fit.map((w) => e.x.idx.reduce((a, j, i) => a + w[j]! * e.x.val[i]!, 0));
    return sc.indexOf(Math.max(...sc));
  });
  const langs = [...new Set(val.map((e) => e.lang))].sort();
  const per = langs.map((l) => {
    const ix = val.map((e, i) => (e.lang === l ? i : -1)).filter((i) => i >= 0);
    return [l, macroF1Multi(ix.map((i) => pred[i]!), ix.map((i) => val[i]!.y))] as const;
  });
  console.log(`sentiment inner-validation macro F1 ${macroF1Multi(pred, val.map((e) => e.y)).toFixed(3)}; mean over languages ${(per.reduce((a, p) => a + p[1], 0) / per.length).toFixed(3)}: ${per.map(([l, v]) => `${l} ${v.toFixed(3)}`).join(', ')}`);
}
const sentW = train(sentEx, 3, 11, 0.1);
const sentQ = quantize(sentW);
const sentDequant = dequantize(sentQ, 3);
for (const e of compEx) {
  const sc = sentDequant.map((w) => e.x.idx.reduce((a, j, i) => a + w[j]! * e.x.val[i]!, 0));
  const mx = Math.max(...sc);
  const ex = sc.map((v) => Math.exp(v - mx));
  const z = ex.reduce((a, b) => a + b, 0);
  for (const v of [e.x, e.xCues]) {
    v.idx.push(SENT_NEG, SENT_POS);
    v.val.push(ex[0]! / z, ex[2]! / z);
  }
}

// Thresholds for the complaint head: 5-fold out-of-fold probabilities inside the tune
// split (each fifth scored by a head fitted on the other four), pooled, and the cut that
// maximizes macro F1 on all of them (steadier than one held-out fifth); then the head is
// refitted on the whole tune split.
const inner = compEx.map((e, i) => ({ e, fold: i % 5 }));
// The macro F1 curve is flat near its top, so the arg max wanders with the data (0.40–0.54
// on the same recipe): take the centre of the thresholds within PLATEAU of the best instead
// (nested 5-fold CV inside the tune split, three fold seeds: +0.002, +0.003, +0.009 macro F1).
const PLATEAU = Number(process.env.PLATEAU ?? 0.01);
function bestThreshold(held: Array<{ p: number; y: number }>): { t: number; f1: number } {
  const curve: Array<{ t: number; f1: number }> = [];
  for (let i = 0; i <= 35; i++) {
    const t = 0.1 + 0.02 * i;
    curve.push({ t, f1: macroF1Binary(held.map((h) => h.p >= t), held.map((h) => h.y === 1)) });
  }
  const top = Math.max(...curve.map((c) => c.f1));
  const near = curve.filter((c) => c.f1 >= top - PLATEAU);
  const t = Math.round((near.reduce((a, c) => a + c.t, 0) / near.length) * 100) / 100;
  return { t, f1: macroF1Binary(held.map((h) => h.p >= t), held.map((h) => h.y === 1)) };
}
const oof: Array<{ p: number; y: number }> = [];
const oofCues: Array<{ p: number; y: number }> = [];
for (let k = 0; k < 5; k++) {
  const w = train(inner.filter((r) => r.fold !== k).map((r) => r.e), 1, 7 + k, CUE_DROPOUT, COMP_LR, COMP_EPOCHS)[0]!;
  for (const r of inner) {
    if (r.fold !== k) continue;
    oof.push({ p: logistic(w, r.e.x), y: r.e.y });
    oofCues.push({ p: logistic(w, r.e.xCues), y: r.e.y });
  }
}
const best = bestThreshold(oof);
// Languages other than English: the word weights were learned on English, so the engine
// scores complaints from the cue features alone, with its own threshold.
const bestCues = bestThreshold(oofCues);

// CV=1: 5-fold cross-validation of the complaint head inside the tune split (threshold
// chosen on the training folds), to compare settings without touching the report split.
if (process.env.CV) {
  const scores: number[] = [];
  for (let k = 0; k < 5; k++) {
    const fit = inner.filter((r) => r.fold !== k).map((r) => r.e);
    const w = train(fit, 1, 7 + k, CUE_DROPOUT, COMP_LR, COMP_EPOCHS)[0]!;
    const t = bestThreshold(fit.map((e) => ({ p: logistic(w, e.x), y: e.y }))).t;
    const val = inner.filter((r) => r.fold === k).map((r) => r.e);
    scores.push(macroF1Binary(val.map((e) => logistic(w, e.x) >= t), val.map((e) => e.y === 1)));
  }
  console.log(`complaint 5-fold CV macro F1 ${(scores.reduce((a, b) => a + b, 0) / 5).toFixed(3)} (${scores.map((x) => x.toFixed(3)).join(' ')})`);
}
const compW = train(compEx, 1, 13, CUE_DROPOUT, COMP_LR, COMP_EPOCHS)[0]!;

const model = {
  about: `Hashed linear model for triage; trained by scripts/train-triage.ts (DATA=${DATA}) from ${DATA === 'all' ? 'all labelled posts' : 'the tune split'} of ../shared/data. Int8 weights, base64.`,
  dimBits: DIM_BITS,
  trainedOn: { sentimentExamples: sentEx.length, complaintExamples: compEx.length },
  complaintThreshold: best.t,
  complaintThresholdCues: bestCues.t,
  heads: {
    sentiment: { classes: SENT, ...sentQ },
    complaint: quantize([compW]),
  },
};
const out = resolve(PROJECT_ROOT, process.env.OUT ?? 'src/triage/model/triage-model.json');
writeFileSync(out, JSON.stringify(model) + '\n');
console.log(`wrote ${out}: ${sentEx.length} sentiment and ${compEx.length} complaint examples; complaint threshold ${best.t} (out-of-fold macro F1 ${best.f1.toFixed(3)}), cues only ${bestCues.t} (out-of-fold macro F1 ${bestCues.f1.toFixed(3)})`);

function macroF1Multi(pred: number[], gold: number[]): number {
  const classes = [...new Set(gold)];
  return classes.reduce((a, c) => a + f1Of(pred.map((p) => p === c), gold.map((g) => g === c)), 0) / classes.length;
}

function f1Of(pred: boolean[], gold: boolean[]): number {
  let tp = 0, fp = 0, fn = 0;
  pred.forEach((p, i) => {
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

function macroF1Binary(pred: boolean[], gold: boolean[]): number {
  return (f1Of(pred, gold) + f1Of(pred.map((p) => !p), gold.map((g) => !g))) / 2;
}
