/** Experimental featurize variants (a copy of src/triage/hashing.ts with switches). */
import type { Features } from '../src/triage/features.js';
import { fnv1a } from '../src/triage/hashing.js';

export const DIM = 1 << Number(process.env.BITS ?? 18);
const MASK = DIM - 1;
export interface Sparse { idx: number[]; val: number[]; cueStart: number }

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
const STEM = 0x51ed270b;
const PAIR = 0x2545f491;
const PRE = 0x1b873593;
const SUF = 0x27d4eb2f;
const NEGT = 0x165667b1;
const nameHash = (n: string) => fnv1a('#' + n);
const CUE_NAMES = [
  'cue:pos', 'cue:neg', 'cue:complaint', 'cue:negfun', 'cue:negpos', 'cue:sarcasm', 'cue:question', 'cue:question+complaint',
  'cue:excl', 'cue:emoji+', 'cue:emoji-', 'cue:emoji~', 'cue:nocue', 'cue:len', 'afinn+', 'afinn-', 'afinn0',
] as const;
const CUE_HASHES = CUE_NAMES.map((n) => nameHash(n) & MASK);
const BIAS = nameHash('bias') & MASK;
const sat = (x: number) => Math.log1p(x);

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'dont', "don't", 'cant', "can't", 'isnt', "isn't", 'wont', "won't", 'didnt', "didn't", 'doesnt', "doesn't", 'nothing', 'nobody',
  'nicht', 'kein', 'keine', 'keinen', 'nie', 'niemals', 'ne', 'pas', 'jamais', 'rien', 'non', 'nao', 'nunca', 'nada', 'nem', 'mai', 'niente', 'nessun', 'nessuno',
  'δεν', 'μην', 'ουτε', 'nem', 'sem', 'ni', 'nahi', 'nahin', 'nhi', 'mat', 'na', 'لا', 'ما', 'مش', 'لم', 'لن', 'مو', 'ليس', 'غير']);

// Arabic clitics: conjunction and prepositions + article.
const AR_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و', 'ب', 'ف', 'ل'];

export function featurizeX(f: Features, o: Set<string>, cuesOnly = false): Sparse {
  const lh = nameHash('lang:' + f.lang);
  const idx: number[] = [BIAS, lh & MASK];
  const val: number[] = [1, 1];
  const toks = f.tokens;
  if (!cuesOnly && toks.length > 0) {
    const w = Math.pow(toks.length, -Number(process.env.WPOW ?? 0.5));
    let prev = 0;
    let negLeft = 0;
    for (let i = 0; i < toks.length; i++) {
      let t = toks[i]!;
      if (o.has('arstem') && f.lang === 'ar' && t.length > 4) {
        for (const p of AR_PREFIXES) if (t.startsWith(p) && t.length - p.length >= 3) { t = t.slice(p.length); break; }
      }
      if (o.has('elong') && /(.)\1\1/u.test(t)) {
        t = t.replace(/(.)\1{2,}/gu, '$1$1');
        idx.push(nameHash('elong') & MASK);
        val.push(1);
      }
      if (o.has('digits') && /[0-9]/.test(t)) t = t.replace(/[0-9]/g, '0');
      const h = fnv1a(t);
      if (o.has('skip') && i > 1) {
        idx.push(mix(fnv1a(toks[i - 2]!), h ^ 0x7f4a7c15) & MASK);
        val.push(w);
      }
      if (o.has('pairlang') && i > 0) {
        idx.push(mix(mix(prev, h ^ PAIR), lh) & MASK);
        val.push(w);
      }
      if (o.has('edges') && (i === 0 || i === toks.length - 1)) {
        idx.push(mix(h, i === 0 ? 0x3c6ef372 : 0xa54ff53a) & MASK);
        val.push(w);
      }
      idx.push(h & MASK);
      val.push(w);
      idx.push(mix(h, lh) & MASK);
      val.push(w);
      if (t.length > 6 && !o.has('nostem')) {
        idx.push(mix(fnv1a(t.slice(0, 5)), STEM) & MASK);
        val.push(w);
      }
      if (o.has('pre4') && t.length >= 5) {
        idx.push(mix(mix(fnv1a(t.slice(0, 4)), PRE), lh) & MASK);
        val.push(w);
      }
      if (o.has('suf3') && t.length >= 5) {
        idx.push(mix(mix(fnv1a(t.slice(-3)), SUF), lh) & MASK);
        val.push(w);
      }
      if (i > 0 && !o.has('nopair')) {
        idx.push(mix(prev, h ^ PAIR) & MASK);
        val.push(w);
      }
      if (o.has('negscope')) {
        if (negLeft > 0) {
          idx.push(mix(h, NEGT) & MASK);
          val.push(w);
          negLeft--;
        }
        if (NEGATORS.has(t)) negLeft = 3;
      }
      prev = h;
    }
    if (o.has('emojitok')) {
      for (const e of f.emoji.found) {
        idx.push(nameHash('emo:' + e) & MASK);
        val.push(1);
      }
    }
  }
  const cueStart = idx.length;
  const cues = [
    sat(f.positive), sat(f.negative), sat(f.complaint), sat(f.negatedFunctions), sat(f.negatedPositives),
    f.sarcasm ? 1 : 0, f.question ? 1 : 0, f.question && f.complaint > 0 ? 1 : 0, sat(f.exclamations),
    sat(f.emoji.positive), sat(f.emoji.negative), sat(f.emoji.sarcasm),
    f.positive + f.negative + f.complaint === 0 ? 1 : 0, Math.min(1, toks.length / 30),
    sat(f.afinn.positive), sat(f.afinn.negative), f.afinn.positive === f.afinn.negative ? 1 : 0,
  ];
  for (let i = 0; i < cues.length; i++) {
    if (cues[i] !== 0) {
      idx.push(CUE_HASHES[i]!);
      val.push(cues[i]!);
    }
  }
  if (o.has('langcue')) {
    // Cues paired with the language (AFINN and lexicon coverage differ by language).
    for (let i = 0; i < cues.length; i++) {
      if (cues[i] !== 0) {
        idx.push(mix(CUE_HASHES[i]!, lh) & MASK);
        val.push(cues[i]!);
      }
    }
  }
  for (const c of f.categories.keys()) {
    idx.push(nameHash('cat:' + c) & MASK);
    val.push(1);
  }
  return { idx, val, cueStart };
}
