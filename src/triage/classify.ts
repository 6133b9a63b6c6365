/**
 * Kind, sentiment, negativity and categories from the cues and the model. Rules on top
 * of the model only where the model cannot know: sarcasm flips praise, posts not about
 * the brand are not complaints or praise, categories need a negative post.
 */
import type { Category, Kind, Sentiment } from '../core/triage.js';
import { CATEGORIES } from '../core/triage.js';
import type { Features } from './features.js';
import type { ModelOutput } from './model.js';
import { WEIGHTS } from './weights.js';

export interface Classification {
  kind: Kind;
  sentiment: Sentiment;
  /** In [0, 1]: how negative the post is (feeds risk). */
  negativity: number;
  /** Matched categories, in CATEGORIES order, with the words that matched. */
  categories: Array<{ category: Category; severity: number; words: string[] }>;
  severity: number;
  complaintProbability: number;
}

/** The sentiment head's p(negative) from which a complaint with problem cues reads negative. */
const COMPLAINT_READS_NEGATIVE = 1 / 3;

export function classify(f: Features, m: ModelOutput, aboutBrand: boolean): Classification {
  const W = WEIGHTS;
  const s = m.sentiment;
  let sentiment: Sentiment = s.negative >= s.neutral && s.negative >= s.positive ? 'negative' : s.positive >= s.neutral ? 'positive' : 'neutral';
  if (f.sarcasm) sentiment = 'negative';

  const complaintThreshold = m.complaintThreshold;
  let pc = m.complaint;
  // Sarcasm, and a severe category in a negative post, are complaints whatever the words.
  let severeCue = false;
  for (const c of f.categories.keys()) if (W.severity[c] >= W.kind.severeCategory) severeCue = true;
  const negativeCues = f.negative > 0 || f.negatedFunctions > 0 || sentiment === 'negative';
  if (f.sarcasm || severeCue || (f.negatedFunctions > 0 && negativeCues)) pc = Math.max(pc, Math.min(1, complaintThreshold + 0.1));
  // Outside English the complaint head reads cues only, and a plain question ("do you
  // deliver to Crete?") without any problem cue is a question there.
  // Outside English a complaint needs a problem cue of the lexicon or an emoji: the head
  // alone (sentiment stacking, AFINN translations) read "नई ऐप बहुत अच्छी है" as one.
  const problemCue = f.negative > 0 || f.complaint > 0 || severeCue || f.emoji.negative > 0;
  if (f.lang !== 'en' && !problemCue) pc = Math.min(pc, complaintThreshold - 0.01);
  // A problem reported as fixed, with praise, no negated function, not a question: praise
  // ("le problème de facture est réglé, merci", "λύθηκε γρήγορα, ευχαριστώ").
  if (f.resolved > 0 && f.positive > 0 && !f.sarcasm && f.negatedFunctions === 0 && !f.question) pc = Math.min(pc, complaintThreshold - 0.01);
  // Clearly positive, no negative cue, complaint score only just over the line: praise.
  if (!f.sarcasm && f.negative === 0 && f.positive > 0 && s.positive >= W.kind.complaintStaysPositive && pc < complaintThreshold + W.kind.praiseMargin) pc = Math.min(pc, complaintThreshold - 0.01);
  const isComplaint = aboutBrand && pc >= complaintThreshold;
  // A complaint with problem cues does not read positive or neutral, unless clearly positive,
  // provided the sentiment head itself gives negative a fair chance (forcing it always cost
  // 0.02 mean sentiment macro F1 on the tune split's inner fold, 0.05–0.15 in Greek/German).
  if (isComplaint && s.negative >= COMPLAINT_READS_NEGATIVE && sentiment !== 'negative' && problemCue && !(sentiment === 'positive' && s.positive >= W.kind.complaintStaysPositive)) sentiment = 'negative';

  let negativity = W.negativity.complaint * pc + (1 - W.negativity.complaint) * s.negative;
  if (f.sarcasm) negativity = Math.max(negativity, W.negativity.sarcasmFloor);
  if (!aboutBrand) negativity *= W.negativity.offTopic;

  let kind: Kind;
  if (isComplaint) kind = 'complaint';
  else if (f.question) kind = 'question';
  else if (aboutBrand && sentiment === 'positive' && s.positive >= W.kind.praiseMinPositive) kind = 'praise';
  else kind = 'other';

  const categories: Classification['categories'] = [];
  let severity = 0;
  if (aboutBrand && (isComplaint || negativity >= W.categoryMinNegativity)) {
    for (const c of CATEGORIES) {
      const words = f.categories.get(c);
      if (!words) continue;
      const sev = W.severity[c];
      categories.push({ category: c, severity: sev, words });
      severity = Math.max(severity, sev);
    }
  }
  return { kind, sentiment, negativity, categories, severity, complaintProbability: pc };
}

/** Applies an LLM verdict: its kind, sentiment and categories; severity at least its own. */
export function refine(
  c: Classification,
  v: { kind: Kind; sentiment: Sentiment; categories: readonly Category[]; severity: number },
  f: Features,
): Classification {
  const W = WEIGHTS;
  const categories = CATEGORIES.filter((cat) => v.categories.includes(cat)).map((category) => ({
    category,
    severity: W.severity[category],
    words: f.categories.get(category) ?? ['(LLM)'],
  }));
  const severity = Math.max(Math.min(1, Math.max(0, v.severity)), ...categories.map((x) => x.severity), 0);
  let negativity = c.negativity;
  if (v.kind === 'complaint') negativity = Math.max(negativity, W.negativity.sarcasmFloor);
  else if (v.kind === 'praise') negativity = Math.min(negativity, 0.2);
  return { ...c, kind: v.kind, sentiment: v.sentiment, categories, severity, negativity };
}
