/**
 * Experiment harness (tune split only): 5-fold CV of the sentiment head per language and
 * of the complaint head, for feature/optimiser variants. Not part of the shipped recipe.
 *   FEAT=base,emojitok,elong,digits npx tsx scripts/exp-triage.ts
 * FEAT: base plus switches of exp-featurize.ts (emojitok, elong, digits = the shipped
 * features; negscope, pre4, suf3, arstem, langcue, skip, pairlang, edges, nopair, nostem).
 * SALT: fold seed. ONLY=sent|comp. Optimiser: EPOCHS, LR, L2, SENT_BALANCE, SENT_DROP, BAGS,
 * NB, CSW, QUANT=1, BITS; complaint head: CUE_DROPOUT, COMP_LR, COMP_EPOCHS, COMP_BAGS, SEVW,
 * THR=best|<plateau width> (nested threshold choice), STACK=oof|proper|insample. CONF=1 prints
 * confusion matrices. The figures of the experiments are in docs/triage.md.
 */
import { extractFeatures, type Features } from '../src/triage/features.js';
import { fnv1a } from '../src/triage/hashing.js';
import { detectLanguage } from '../src/triage/language.js';
import { COMPLAINTS_FILE, SENTIMENT_FILE, loadLabeled, type ComplaintGold, type SentimentGold } from '../test/eval/data.js';
import { splitOf } from '../test/eval/split.js';
import { seededRandom } from '../src/core/random.js';
import { DIM, featurizeX, type Sparse } from './exp-featurize.js';

const OPTS = new Set((process.env.FEAT ?? 'base').split(','));
const EPOCHS = Number(process.env.EPOCHS ?? 8);
const LR = Number(process.env.LR ?? 0.05);
const L2 = Number(process.env.L2 ?? 1e-6);
const BAL = Number(process.env.SENT_BALANCE ?? 1);
const BAGS = Number(process.env.BAGS ?? 1);
const SENT = ['negative', 'neutral', 'positive'] as const;
const ONLY = process.env.ONLY ?? 'both';

interface Ex { x: Sparse; xc: Sparse; y: number; lang: string; wt: number; fold: number; sev: number; sent: number }

const t0 = Date.now();
const sentRows = loadLabeled<SentimentGold>(SENTIMENT_FILE).filter((r) => splitOf(r.mention.id) === 'tune');
const compRows = loadLabeled<ComplaintGold>(COMPLAINTS_FILE).filter((r) => splitOf(r.mention.id) === 'tune');
const feats = (text: string, lang?: string | null): Features => extractFeatures(text, detectLanguage(text, lang ?? undefined));
const fold = (id: string) => fnv1a('cv' + (process.env.SALT ?? '') + ':' + id) % 5;

const sentEx: Ex[] = [];
for (const r of sentRows) {
  const f = feats(r.mention.text, r.mention.lang);
  sentEx.push({ x: featurizeX(f, OPTS), xc: featurizeX(f, OPTS, true), y: SENT.indexOf(r.gold.sentiment), lang: r.gold.lang, wt: 1, fold: fold(r.mention.id), sev: 0, sent: 0 });
}
const compSentEx: Ex[] = [];
const compEx: Ex[] = [];
for (const r of compRows) {
  const f = feats(r.mention.text, r.mention.lang);
  const e: Ex = { x: featurizeX(f, OPTS), xc: featurizeX(f, OPTS, true), y: r.gold.complaint ? 1 : 0, lang: 'en', wt: 1, fold: fold(r.mention.id), sev: r.gold.severity ?? -1, sent: r.gold.sentiment ? SENT.indexOf(r.gold.sentiment) : -1 };
  compEx.push(e);
  if (r.gold.sentiment) compSentEx.push({ ...e, y: SENT.indexOf(r.gold.sentiment), lang: 'en-complaints' });
}
balance(sentEx.concat(compSentEx), BAL);
for (const e of compSentEx) e.wt *= Number(process.env.CSW ?? 1);
console.log(`features ${((Date.now() - t0) / 1000).toFixed(1)} s; opts ${[...OPTS].join(',')}`);

function balance(exs: Ex[], power: number): void {
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

function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const NB = Number(process.env.NB ?? 0);
const NB_ALPHA = Number(process.env.NB_ALPHA ?? 1);
/** Per class (one vs rest) NB log-count ratios of the word features, binarized (Wang & Manning 2012). */
function nbRatios(examples: Ex[], k: number): Float32Array[] {
  const cnt = Array.from({ length: k }, () => new Float32Array(DIM));
  const tot = new Float32Array(DIM);
  const nPer = new Float64Array(k);
  for (const e of examples) {
    const seen = new Set<number>();
    for (let i = 0; i < e.x.cueStart; i++) seen.add(e.x.idx[i]!);
    for (const j of seen) { cnt[e.y]![j]! += e.wt; tot[j]! += e.wt; }
    nPer[e.y]! += e.wt;
  }
  const out = Array.from({ length: k }, () => new Float32Array(DIM).fill(1));
  for (let c = 0; c < k; c++) {
    let sp = 0, sq = 0;
    for (let j = 0; j < DIM; j++) { sp += NB_ALPHA + cnt[c]![j]!; sq += NB_ALPHA + tot[j]! - cnt[c]![j]!; }
    for (let j = 0; j < DIM; j++) {
      const r = Math.log(((NB_ALPHA + cnt[c]![j]!) / sp) / ((NB_ALPHA + tot[j]! - cnt[c]![j]!) / sq));
      out[c]![j] = 1 + NB * Math.abs(r);
    }
  }
  return out;
}

export function train(examples: Ex[], k: number, seed: number, cueDropout: number, lr = LR, epochs = EPOCHS): Float32Array[] {
  const scale = NB > 0 && k > 1 ? nbRatios(examples, k) : null;
  const w = Array.from({ length: k }, () => new Float32Array(DIM));
  const g2 = Array.from({ length: k }, () => new Float32Array(DIM).fill(1e-8));
  const rand = seededRandom(seed);
  const scores = new Float64Array(k);
  const avg = Array.from({ length: k }, () => new Float64Array(DIM));
  let nAvg = 0;
  const grads = new Float64Array(k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const ex of shuffle(examples, rand)) {
      const x = rand() < cueDropout ? ex.xc : ex.x;
      for (let c = 0; c < k; c++) {
        let s = 0;
        if (scale) for (let i = 0; i < x.idx.length; i++) s += w[c]![x.idx[i]!]! * x.val[i]! * (i < x.cueStart ? scale[c]![x.idx[i]!]! : 1);
        else for (let i = 0; i < x.idx.length; i++) s += w[c]![x.idx[i]!]! * x.val[i]!;
        scores[c] = s;
      }
      if (k === 1) {
        const p = 1 / (1 + Math.exp(-scores[0]!));
        grads[0] = (p - ex.y) * ex.wt;
      } else {
        let max = -Infinity;
        for (let c = 0; c < k; c++) max = Math.max(max, scores[c]!);
        let z = 0;
        for (let c = 0; c < k; c++) z += Math.exp(scores[c]! - max);
        for (let c = 0; c < k; c++) grads[c] = (Math.exp(scores[c]! - max) / z - (c === ex.y ? 1 : 0)) * ex.wt;
      }
      for (let c = 0; c < k; c++) {
        const wc = w[c]!;
        const gc = g2[c]!;
        for (let i = 0; i < x.idx.length; i++) {
          const j = x.idx[i]!;
          const g = grads[c]! * x.val[i]! * (scale && i < x.cueStart ? scale[c]![j]! : 1) + L2 * wc[j]!;
          gc[j]! += g * g;
          wc[j]! -= (lr * g) / Math.sqrt(gc[j]!);
        }
      }
    }
    if (epoch >= Math.floor(epochs / 2)) {
      for (let c = 0; c < k; c++) for (let j = 0; j < DIM; j++) avg[c]![j]! += w[c]![j]!;
      nAvg++;
    }
  }
  // Fold the NB scaling into the weights (the shipped model stays one linear layer).
  return avg.map((a, c) => Float32Array.from(a, (v, j) => (v / nAvg) * (scale ? scale[c]![j]! : 1)));
}

const dot = (w: Float32Array, x: Sparse) => {
  let s = 0;
  for (let i = 0; i < x.idx.length; i++) s += w[x.idx[i]!]! * x.val[i]!;
  return s;
};

function f1Of(pred: boolean[], gold: boolean[]): number {
  let tp = 0, fp = 0, fn = 0;
  pred.forEach((p, i) => {
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}
function macroF1Multi(pred: number[], gold: number[]): number {
  const classes = [...new Set(gold)];
  return classes.reduce((a, c) => a + f1Of(pred.map((p) => p === c), gold.map((g) => g === c)), 0) / classes.length;
}
const macroF1Binary = (pred: boolean[], gold: boolean[]) => (f1Of(pred, gold) + f1Of(pred.map((p) => !p), gold.map((g) => !g))) / 2;

// ------------------------------------------------------------- sentiment 5-fold CV
const allSent = process.env.NOCS ? sentEx.slice() : sentEx.concat(compSentEx);
const oofScores: number[][] = allSent.map(() => [0, 0, 0]);
if (ONLY !== 'comp') {
  for (let k = 0; k < 5; k++) {
    const fit = allSent.filter((e) => e.fold !== k);
    for (let b = 0; b < BAGS; b++) {
      let w = train(fit, 3, 11 + 100 * b, Number(process.env.SENT_DROP ?? 0.1));
      if (process.env.QUANT) {
        let max = 0;
        for (const r of w) for (const v of r) max = Math.max(max, Math.abs(v));
        const sc = max / 127;
        let zero = 0, nz = 0;
        for (const r of w) for (const v of r) { if (v !== 0) { nz++; if (Math.round(v / sc) === 0) zero++; } }
        if (k === 0) console.log(`quant scale ${sc.toExponential(2)}; nonzero weights rounding to 0: ${zero}/${nz}`);
        w = w.map((r) => Float32Array.from(r, (v) => Math.round(v / sc) * sc));
      }
      allSent.forEach((e, i) => {
        if (e.fold !== k) return;
        for (let c = 0; c < 3; c++) oofScores[i]![c]! += dot(w[c]!, e.x) / BAGS;
      });
    }
  }
  const argmax = (s: number[]) => (s[0]! >= s[1]! && s[0]! >= s[2]! ? 0 : s[2]! >= s[1]! ? 2 : 1);
  const langs = [...new Set(allSent.map((e) => e.lang))].sort();
  const rows: string[] = [];
  let mean = 0, meanB = 0;
  for (const l of langs) {
    const ix = allSent.map((e, i) => (e.lang === l ? i : -1)).filter((i) => i >= 0);
    const m = macroF1Multi(ix.map((i) => argmax(oofScores[i]!)), ix.map((i) => allSent[i]!.y));
    // Per-language bias shift tuned on half the OOF scores (by id hash parity), measured on the other half, both ways.
    let mb = 0;
    for (const half of [0, 1]) {
      const tuneIx = ix.filter((i) => i % 2 === half), testIx = ix.filter((i) => i % 2 !== half);
      let best = { f: -1, b0: 0, b2: 0 };
      for (let b0 = -1; b0 <= 1.001; b0 += 0.1) for (let b2 = -1; b2 <= 1.001; b2 += 0.1) {
        const f = macroF1Multi(tuneIx.map((i) => argmax([oofScores[i]![0]! + b0, oofScores[i]![1]!, oofScores[i]![2]! + b2])), tuneIx.map((i) => allSent[i]!.y));
        if (f > best.f) best = { f, b0, b2 };
      }
      mb += macroF1Multi(testIx.map((i) => argmax([oofScores[i]![0]! + best.b0, oofScores[i]![1]!, oofScores[i]![2]! + best.b2])), testIx.map((i) => allSent[i]!.y)) / 2;
    }
    if (l !== 'en-complaints') { mean += m / (langs.length - 1); meanB += mb / (langs.length - 1); }
    rows.push(`${l} ${m.toFixed(3)}/${mb.toFixed(3)}`);
    if (process.env.CONF) {
      const cm = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
      for (const i of ix) cm[allSent[i]!.y]![argmax(oofScores[i]!)]!++;
      console.log(l, 'gold rows neg/neu/pos x pred', JSON.stringify(cm));
    }
  }
  console.log(`SENT mean ${mean.toFixed(4)} (bias-tuned ${meanB.toFixed(4)}): ${rows.join(', ')}`);
}

// ------------------------------------------------------------- complaint 5-fold CV (stacked on OOF sentiment)
if (ONLY !== 'sent') {
  const CUE_DROPOUT = Number(process.env.CUE_DROPOUT ?? 0.5);
  const COMP_LR = Number(process.env.COMP_LR ?? 0.1);
  const COMP_EPOCHS = Number(process.env.COMP_EPOCHS ?? 8);
  const SENT_NEG = fnv1a('#sent:neg') & (DIM - 1), SENT_POS = fnv1a('#sent:pos') & (DIM - 1);
  // Sentiment probabilities for the complaint examples: from a head fitted without their fold.
  const inSample = process.env.STACK === 'insample' ? train(allSent, 3, 11, 0.1) : null;
  const heads: Float32Array[][] = [];
  for (let k = 0; k < 5; k++) {
    const w = inSample ?? train(allSent.filter((e) => e.fold !== k), 3, 11, 0.1);
    heads.push(w);
    for (const e of compEx) {
      if (e.fold !== k) continue;
      const sc = w.map((wc) => dot(wc, e.x));
      const mx = Math.max(...sc);
      const ex = sc.map((v) => Math.exp(v - mx));
      const z = ex[0]! + ex[1]! + ex[2]!;
      for (const v of [e.x, e.xc]) {
        v.idx.push(SENT_NEG, SENT_POS);
        v.val.push(ex[0]! / z, ex[2]! / z);
      }
    }
  }
  const scores: number[] = [], cueScores: number[] = [];
  const sig = (s: number) => 1 / (1 + Math.exp(-s));
  const bestT = (ps: number[], ys: number[]) => {
    let best = { t: 0.5, f: -1 };
    for (let t = 0.1; t <= 0.8001; t += 0.02) {
      const f = macroF1Binary(ps.map((p) => p >= t), ys.map((y) => y === 1));
      if (f > best.f) best = { t, f };
    }
    return best.t;
  };
  const SEVW = Number(process.env.SEVW ?? 0);
  for (const e of compEx) e.wt = 1 + (e.sev >= 2 ? SEVW : 0);
  for (let k = 0; k < 5; k++) {
    if (process.env.STACK === 'proper') {
      // As shipped: the sentiment head (fitted without fold k) has seen the fit folds' labels.
      for (const e of compEx) {
        const n = e.x.idx.length - 2;
        const sc = heads[k]!.map((wc) => { let a = 0; for (let i = 0; i < n; i++) a += wc[e.x.idx[i]!]! * e.x.val[i]!; return a; });
        const mx = Math.max(...sc);
        const ex = sc.map((v) => Math.exp(v - mx));
        const z = ex[0]! + ex[1]! + ex[2]!;
        for (const v of [e.x, e.xc]) { v.val[v.val.length - 2] = ex[0]! / z; v.val[v.val.length - 1] = ex[2]! / z; }
      }
    }
    const fit = compEx.filter((e) => e.fold !== k);
    const CB = Number(process.env.COMP_BAGS ?? 1);
    const w = new Float32Array(DIM);
    for (let b = 0; b < CB; b++) {
      const wb = train(fit, 1, 7 + k + 1000 * b, CUE_DROPOUT, COMP_LR, COMP_EPOCHS)[0]!;
      for (let j = 0; j < DIM; j++) w[j]! += wb[j]! / CB;
    }
    let t = bestT(fit.map((e) => sig(dot(w, e.x))), fit.map((e) => e.y));
    if (process.env.THR) {
      // Nested: inner 5-fold out-of-fold probabilities of the fit set choose the threshold.
      const ps: number[] = [], ys: number[] = [];
      for (let q = 0; q < 5; q++) {
        const innerFit = fit.filter((_, i) => i % 5 !== q);
        const wi = train(innerFit, 1, 70 + q, CUE_DROPOUT, COMP_LR, COMP_EPOCHS)[0]!;
        fit.forEach((e, i) => { if (i % 5 === q) { ps.push(sig(dot(wi, e.x))); ys.push(e.y); } });
      }
      const curve: Array<[number, number]> = [];
      for (let th = 0.1; th <= 0.8001; th += 0.02) curve.push([th, macroF1Binary(ps.map((p) => p >= th), ys.map((y) => y === 1))]);
      const bestF = Math.max(...curve.map((c) => c[1]));
      if (process.env.THR === 'best') t = curve.find((c) => c[1] === bestF)![0];
      else { const near = curve.filter((c) => c[1] >= bestF - Number(process.env.THR)); t = near.reduce((a, c) => a + c[0], 0) / near.length; }
    }
    const tc = bestT(fit.map((e) => sig(dot(w, e.xc))), fit.map((e) => e.y));
    const val = compEx.filter((e) => e.fold === k);
    scores.push(macroF1Binary(val.map((e) => sig(dot(w, e.x)) >= t), val.map((e) => e.y === 1)));
    cueScores.push(macroF1Binary(val.map((e) => sig(dot(w, e.xc)) >= tc), val.map((e) => e.y === 1)));
  }
  const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
  console.log(`COMP CV macro F1 ${mean(scores).toFixed(4)} (${scores.map((x) => x.toFixed(3)).join(' ')}); cues only ${mean(cueScores).toFixed(4)}`);
}
console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
