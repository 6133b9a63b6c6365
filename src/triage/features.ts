/**
 * Turns a post into cues: lexicon hits with negation and intensifiers resolved, emoji,
 * sarcasm, question form and category evidence. Everything downstream (model, rules,
 * reasons) reads these, so the evidence shown to people is what the engine used.
 */
import type { Category } from '../core/triage.js';
import { CATEGORIES } from '../core/triage.js';
import { afinnMass } from './afinn.js';
import { emojiCues, type EmojiCues } from './emoji.js';
import { matcherFor, type CueHit } from './lexicon.js';
import { tokenize } from './text.js';

export interface Features {
  lang: string;
  tokens: string[];
  /** Polarity mass after negation, intensifiers and sarcasm (lexicon + emoji). */
  positive: number;
  negative: number;
  /** Problem-report cues ("still waiting", "refund") and negated functions ("not working"). */
  complaint: number;
  negatedFunctions: number;
  negatedPositives: number;
  /** Problem reported as fixed, not negated ("wurde gelöst", "λύθηκε"; not "still not fixed"). */
  resolved: number;
  sarcasm: boolean;
  question: boolean;
  exclamations: number;
  emoji: EmojiCues;
  /** AFINN positive and negative mass of the words (see afinn.ts). */
  afinn: { positive: number; negative: number };
  /** Category -> the words that matched (as listed in the lexicon). */
  categories: Map<Category, string[]>;
  evidence: { negative: string[]; positive: string[]; complaint: string[] };
}

const CATEGORY_SET = new Set<string>(CATEGORIES);
const NEGATION_BEFORE = 3;
const NEGATION_AFTER = 2;

function pushUnique(list: string[], v: string, max = 4): void {
  if (list.length < max && !list.includes(v)) list.push(v);
}

export function extractFeatures(text: string, lang: string): Features {
  const { folded: tokens, shown, breaks } = tokenize(text);
  const hits = matcherFor(lang).match(tokens);
  const emoji = emojiCues(text);
  const f: Features = {
    lang,
    tokens,
    positive: emoji.positive * 0.8,
    negative: emoji.negative * 0.9,
    complaint: 0,
    negatedFunctions: 0,
    negatedPositives: 0,
    resolved: 0,
    sarcasm: false,
    // Greek writes its question mark as ';' (U+037E or the ASCII semicolon).
    question: text.includes('?') || text.includes('¿') || text.includes('\u037e') || (lang === 'el' && text.includes(';')),
    exclamations: 0,
    emoji,
    afinn: afinnMass(shown, lang),
    categories: new Map(),
    evidence: { negative: [], positive: [], complaint: [] },
  };
  for (let i = text.indexOf('!'); i !== -1; i = text.indexOf('!', i + 1)) f.exclamations++;

  const negators: CueHit[] = [];
  // Token positions right after an intensifier (few, usually none: no Set per post).
  const intensifiedAt: number[] = [];
  let sarcasmPhrase: string | null = null;
  for (const h of hits) {
    if (h.kind === 'negators') negators.push(h);
    else if (h.kind === 'intensifiers') intensifiedAt.push(h.end);
    else if (h.kind === 'sarcasm') sarcasmPhrase = h.raw;
    else if (h.kind === 'question' && h.start === 0) f.question = true;
    else if (h.kind === 'resolved' && !negated(negators, h, breaks)) f.resolved++;
  }

  const positives: CueHit[] = [];
  for (const h of hits) {
    const k = h.kind;
    const boost = intensifiedAt.length > 0 && intensifiedAt.includes(h.start) ? 1.5 : 1;
    if (k === 'positive') {
      if (negated(negators, h, breaks)) {
        f.negative += boost;
        f.negatedPositives++;
        pushUnique(f.evidence.negative, `${negatorBefore(negators, h, shown, breaks)}${shown.slice(h.start, h.end).join(' ')}`);
      } else positives.push(h);
    } else if (k === 'negative') {
      if (negated(negators, h, breaks)) f.positive += 0.3;
      else {
        f.negative += boost;
        pushUnique(f.evidence.negative, shown.slice(h.start, h.end).join(' '));
      }
    } else if (k === 'complaint') {
      f.complaint += 1;
      pushUnique(f.evidence.complaint, shown.slice(h.start, h.end).join(' '));
    } else if (k === 'functions') {
      if (negated(negators, h, breaks)) {
        f.negatedFunctions++;
        f.complaint += 1;
        // Already shown when a complaint phrase covers it ("not working", "no reply").
        let covered = false;
        for (const x of hits) if (x.kind === 'complaint' && x.start <= h.start && x.end >= h.end && x.end - x.start > 1) covered = true;
        if (!covered) pushUnique(f.evidence.complaint, `${negatorBefore(negators, h, shown, breaks)}${shown.slice(h.start, h.end).join(' ')}`);
      }
    } else if (CATEGORY_SET.has(k)) {
      const cat = k as Category;
      const list = f.categories.get(cat) ?? [];
      const words = shown.slice(h.start, h.end).join(' ');
      // "fire" adds nothing after "caught fire".
      let seen = false;
      for (const x of list) if (x.includes(words)) seen = true;
      if (!seen) pushUnique(list, words, 3);
      f.categories.set(cat, list);
    }
  }
  // Sarcasm: praise words next to a complaint, an eye-roll or a stock sarcastic phrase.
  // Then the praise is read as its opposite ("great job, only 9 hours late 🙄").
  const problem = f.complaint > 0 || f.negative > 0 || emoji.negative > 0;
  // Praise next to a problem reported as fixed is not sarcasm ("the outage was fixed, bravo").
  f.sarcasm = (positives.length > 0 || sarcasmPhrase !== null) && (emoji.sarcasm > 0 || (sarcasmPhrase !== null && problem && f.resolved === 0));
  for (const h of positives) {
    const words = shown.slice(h.start, h.end).join(' ');
    const boost = intensifiedAt.length > 0 && intensifiedAt.includes(h.start) ? 1.5 : 1;
    if (f.sarcasm) {
      f.negative += boost;
      pushUnique(f.evidence.negative, words);
    } else {
      f.positive += boost;
      pushUnique(f.evidence.positive, words);
    }
  }
  if (f.sarcasm) {
    f.negative += 1;
    pushUnique(f.evidence.negative, sarcasmPhrase ?? emoji.found.join(''));
  }
  for (const e of emoji.found) pushUnique(emoji.negative > 0 || emoji.sarcasm > 0 ? f.evidence.negative : f.evidence.positive, e);
  return f;
}

// Hot path: module-level helpers and plain loops, no per-call closures (tsx wraps each
// closure creation in a __name() call, and they showed up in profiles).
/** Whether a sentence break lies between token positions a < b (negation does not cross one). */
function split(breaks: readonly number[], a: number, b: number): boolean {
  for (let i = 0; i < breaks.length; i++) if (breaks[i]! > a && breaks[i]! <= b) return true;
  return false;
}

function negated(negators: readonly CueHit[], h: CueHit, breaks: readonly number[]): boolean {
  for (const n of negators) {
    if (n.end <= h.start && h.start - n.end < NEGATION_BEFORE && !split(breaks, n.start, h.start)) return true;
    if (n.start >= h.end && n.start - h.end < NEGATION_AFTER && !split(breaks, h.start, n.start)) return true;
  }
  return false;
}

function negatorBefore(negators: CueHit[], h: CueHit, tokens: readonly string[], breaks: readonly number[]): string {
  for (const n of negators) if (n.end <= h.start && h.start - n.end < NEGATION_BEFORE && !split(breaks, n.start, h.start)) return tokens.slice(n.start, n.end).join(' ') + ' … ';
  return '';
}
