/**
 * Trains the shipped linear model (src/triage/model/triage-model.json) from the TUNE
 * split of ../shared/data: a 3-class sentiment head (all ten languages, plus the
 * sentiment labels of the complaint set) and a complaint head (English complaints).
 * Multinomial/binary logistic regression over hashed features (src/triage/hashing.ts),
 * AdaGrad, fixed seed: the same data gives the same bytes.
 *
 *   npx tsx scripts/train-triage.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { extractFeatures } from '../src/triage/features.js';
import { DIM, DIM_BITS, featurize, SENT_NEG, SENT_POS, type Sparse } from '../src/triage/hashing.js';
import { detectLanguage } from '../src/triage/language.js';
import { COMPLAINTS_FILE, SENTIMENT_FILE, loadLabeled, type ComplaintGold, type SentimentGold } from '../test/eval/data.js';
import { splitOf } from '../test/eval/split.js';

const SENT = ['negative', 'neutral', 'positive'] as const;
const EPOCHS = Number(process.env.EPOCHS ?? 8);
const LR = Number(process.env.LR ?? 0.05);
const L2 = Number(process.env.L2 ?? 1e-6);
const CUE_DROPOUT = Number(process.env.CUE_DROPOUT ?? 0.5);
// The complaint head has its own step size and epochs (chosen by CV=1, see below).
const COMP_LR = Number(process.env.COMP_LR ?? 0.1);
const COMP_EPOCHS = Number(process.env.COMP_EPOCHS ?? 16);

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
}

function vectorize(text: string, lang: string | null | undefined): { x: Sparse; xCues: Sparse } {
  const f = extractFeatures(text, detectLanguage(text, lang));
  return { x: featurize(f), xCues: featurize(f, { cuesOnly: true }) };
}

/** Softmax regression with K classes (K=1: logistic). Returns weights [K][DIM]. */
function train(examples: Example[], k: number, seed: number, cueDropout: number, lr = LR, epochs = EPOCHS): Float32Array[] {
  const w = Array.from({ length: k }, () => new Float32Array(DIM));
  const g2 = Array.from({ length: k }, () => new Float32Array(DIM).fill(1e-8));
  const rand = rng(seed);
  const scores = new Float64Array(k);
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
        grads[0] = p - ex.y;
      } else {
        const max = Math.max(...scores);
        let z = 0;
        for (let c = 0; c < k; c++) z += Math.exp(scores[c]! - max);
        for (let c = 0; c < k; c++) grads[c] = Math.exp(scores[c]! - max) / z - (c === ex.y ? 1 : 0);
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
  }
  return w;
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

// ------------------------------------------------------------------ data (tune split only)
const sentiment = loadLabeled<SentimentGold>(SENTIMENT_FILE).filter((r) => splitOf(r.mention.id) === 'tune');
const complaints = loadLabeled<ComplaintGold>(COMPLAINTS_FILE).filter((r) => splitOf(r.mention.id) === 'tune');

const sentEx: Example[] = [];
for (const r of sentiment) sentEx.push({ ...vectorize(r.mention.text, r.mention.lang), y: SENT.indexOf(r.gold.sentiment) });
for (const r of complaints) {
  if (r.gold.sentiment) sentEx.push({ ...vectorize(r.mention.text, r.mention.lang), y: SENT.indexOf(r.gold.sentiment) });
}
const compEx: Example[] = complaints.map((r) => ({ ...vectorize(r.mention.text, r.mention.lang), y: r.gold.complaint ? 1 : 0 }));

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
  console.log(`sentiment inner-validation macro F1 ${macroF1Multi(pred, val.map((e) => e.y)).toFixed(3)}`);
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

// Threshold for the complaint head: fit on 80% of the tune split, pick the cut that
// maximizes macro F1 on the other 20%; then refit on the whole tune split.
const inner = compEx.map((e, i) => ({ e, fold: i % 5 }));
const wInner = train(inner.filter((r) => r.fold !== 0).map((r) => r.e), 1, 7, CUE_DROPOUT, COMP_LR, COMP_EPOCHS)[0]!;
function bestThreshold(held: Array<{ p: number; y: number }>): { t: number; f1: number } {
  let best = { t: 0.5, f1: -1 };
  for (let t = 0.1; t <= 0.8001; t += 0.02) {
    const f1 = macroF1Binary(held.map((h) => h.p >= t), held.map((h) => h.y === 1));
    if (f1 > best.f1) best = { t: Math.round(t * 100) / 100, f1 };
  }
  return best;
}
const heldOut = inner.filter((r) => r.fold === 0);
const best = bestThreshold(heldOut.map((r) => ({ p: logistic(wInner, r.e.x), y: r.e.y })));
// Languages other than English: the word weights were learned on English, so the engine
// scores complaints from the cue features alone, with its own threshold.
const bestCues = bestThreshold(heldOut.map((r) => ({ p: logistic(wInner, r.e.xCues), y: r.e.y })));

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
  about: 'Hashed linear model for triage; trained by scripts/train-triage.ts from the tune split of ../shared/data. Int8 weights, base64.',
  dimBits: DIM_BITS,
  trainedOn: { sentimentExamples: sentEx.length, complaintExamples: compEx.length },
  complaintThreshold: best.t,
  complaintThresholdCues: bestCues.t,
  heads: {
    sentiment: { classes: SENT, ...sentQ },
    complaint: quantize([compW]),
  },
};
const out = resolve(PROJECT_ROOT, 'src/triage/model/triage-model.json');
writeFileSync(out, JSON.stringify(model) + '\n');
console.log(`wrote ${out}: ${sentEx.length} sentiment and ${compEx.length} complaint examples; complaint threshold ${best.t} (inner macro F1 ${best.f1.toFixed(3)}), cues only ${bestCues.t} (inner macro F1 ${bestCues.f1.toFixed(3)})`);

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
