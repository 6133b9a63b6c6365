/**
 * Per-language cue lists (data files in ./lexicons, one per language) compiled into a
 * matcher over tokens. An entry is a word or phrase; a trailing '*' on a word matches
 * any word starting with it (stems for inflected languages: "működ*", "ευχαριστημεν*").
 * A category entry starting with '!' states a problem by itself ("!charged twice",
 * "!doppelt abgebucht", "!kétszer levon*"): it is a cue of its category AND a complaint
 * cue, so the category phrase counts as complaint evidence without being listed twice.
 * Plain category entries ("bill", "app", "paket*") only say what a post is about.
 */
import type { Category } from '../core/triage.js';
import { CATEGORIES } from '../core/triage.js';
import { foldEntry } from './text.js';
import en from './lexicons/en.json' with { type: 'json' };
import el from './lexicons/el.json' with { type: 'json' };
import hi from './lexicons/hi.json' with { type: 'json' };
import hu from './lexicons/hu.json' with { type: 'json' };
import es from './lexicons/es.json' with { type: 'json' };
import de from './lexicons/de.json' with { type: 'json' };
import fr from './lexicons/fr.json' with { type: 'json' };
import pt from './lexicons/pt.json' with { type: 'json' };

export const CUE_LISTS = ['negators', 'intensifiers', 'positive', 'negative', 'complaint', 'functions', 'question', 'sarcasm', 'resolved'] as const;
export type CueList = (typeof CUE_LISTS)[number];
/** A cue kind: one of the lists, or a category. */
export type CueKind = CueList | Category;

export interface LexiconFile {
  lang: string;
  negators: string[];
  intensifiers: string[];
  positive: string[];
  negative: string[];
  complaint: string[];
  functions: string[];
  question: string[];
  sarcasm: string[];
  /** A problem reported as fixed ("fixed", "gelöst", "λύθηκε", "megoldották", "hal ho gaya"). */
  resolved: string[];
  /** English cue words that are ordinary words here; the mixed-in English lexicon skips them. */
  falseFriends?: string[];
  categories: Partial<Record<Category, string[]>>;
}

export const LEXICONS: Readonly<Record<string, LexiconFile>> = { en, el, hi, hu, es, de, fr, pt };
export const LEXICON_LANGS = Object.keys(LEXICONS);

interface Part {
  text: string;
  prefix: boolean;
}
interface Entry {
  kind: CueKind;
  parts: Part[];
  raw: string;
}

/** A cue found in a text: which list, the token span, and the words as written in the list. */
export interface CueHit {
  kind: CueKind;
  start: number;
  end: number;
  raw: string;
}

const MEMO_LIMIT = 50_000;

export class LexiconMatcher {
  private readonly exact = new Map<string, Entry[]>();
  private readonly prefixes = new Map<string, Entry[]>();
  private readonly prefixLengths: number[];
  // Token -> entries whose first word matches it. Social text is Zipfian, so this
  // memo turns most lookups into one Map hit. Deterministic: it only caches.
  private readonly memo = new Map<string, Entry[]>();

  constructor(files: LexiconFile[]) {
    const seen = new Set<string>();
    const lengths = new Set<number>();
    const add = (kind: CueKind, raw: string) => {
      const parts = foldEntry(raw).map((t) => (t.endsWith('*') && t.length > 1 ? { text: t.slice(0, -1), prefix: true } : { text: t, prefix: false }));
      if (parts.length === 0) return;
      const key = kind + '|' + parts.map((p) => p.text + (p.prefix ? '*' : '')).join(' ');
      if (seen.has(key)) return;
      seen.add(key);
      const entry: Entry = { kind, parts, raw };
      const first = parts[0]!;
      const map = first.prefix ? this.prefixes : this.exact;
      if (first.prefix) lengths.add(first.text.length);
      const list = map.get(first.text);
      if (list) list.push(entry);
      else map.set(first.text, [entry]);
    };
    for (const f of files) {
      // English is mixed into every language, except its cue words that are ordinary words
      // of that language (falseFriends: pt "no" = "in the", hu "no" = "well").
      const skip = f !== files[0] && f.lang === 'en' ? new Set((files[0]!.falseFriends ?? []).map((w) => foldEntry(w).join(' '))) : null;
      for (const list of CUE_LISTS) {
        for (const raw of f[list]) if (!skip?.has(foldEntry(raw).join(' '))) add(list, raw);
      }
      for (const cat of CATEGORIES) {
        for (const raw of f.categories[cat] ?? []) {
          if (raw.startsWith('!')) {
            add(cat, raw.slice(1));
            add('complaint', raw.slice(1));
          } else add(cat, raw);
        }
      }
    }
    this.prefixLengths = [...lengths].sort((a, b) => a - b);
  }

  private firstMatches(tok: string): Entry[] {
    const hit = this.memo.get(tok);
    if (hit) return hit;
    const out: Entry[] = [];
    const ex = this.exact.get(tok);
    if (ex) out.push(...ex);
    for (const len of this.prefixLengths) {
      if (len > tok.length) break;
      const p = this.prefixes.get(tok.slice(0, len));
      if (p) out.push(...p);
    }
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(tok, out);
    return out;
  }

  /** All cue hits in a token sequence (overlapping hits of different lists are all kept). */
  match(tokens: readonly string[]): CueHit[] {
    const hits: CueHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const entries = this.firstMatches(tokens[i]!);
      for (const e of entries) {
        let ok = true;
        for (let k = 1; k < e.parts.length; k++) {
          const t = tokens[i + k];
          const p = e.parts[k]!;
          if (t === undefined || (p.prefix ? !t.startsWith(p.text) : t !== p.text)) {
            ok = false;
            break;
          }
        }
        if (ok) hits.push({ kind: e.kind, start: i, end: i + e.parts.length, raw: e.raw });
      }
    }
    return hits;
  }
}

const matchers = new Map<string, LexiconMatcher>();

/**
 * The matcher for a language: its own lexicon plus English (code-mixing is common,
 * English loanwords like "refund" or "app" appear everywhere). Unknown language: all.
 */
export function matcherFor(lang: string): LexiconMatcher {
  const key = LEXICONS[lang] ? lang : '*';
  let m = matchers.get(key);
  if (!m) {
    const files = key === '*' ? Object.values(LEXICONS) : key === 'en' ? [LEXICONS.en!] : [LEXICONS[key]!, LEXICONS.en!];
    m = new LexiconMatcher(files);
    matchers.set(key, m);
  }
  return m;
}
