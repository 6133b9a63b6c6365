/**
 * Offline drafts: a reply composed from the phrase sets, in the customer's language,
 * within the platform's length, in the brand voice (handle, sign-off, private channel).
 * Deterministic: the same input and the same history give the same draft.
 */
import type { BrandConfig } from '../../config.js';
import type { Mention } from '../../core/mention.js';
import type { Category, TriageResult } from '../../core/triage.js';
import { replyLengthFor } from '../../core/reply-length.js';
import { PHRASE_SETS } from './phrases/index.js';
import type { PhraseSet, Variants } from './types.js';

/** Bump when the phrase sets change: stored with every template draft. */
export const OFFLINE_TEMPLATES_ID = 'offline-templates';
export const OFFLINE_TEMPLATES_VERSION = '1.1.0';

/** Most serious first: the step for the first matching category is used. */
const CATEGORY_ORDER: Category[] = ['safety', 'privacy', 'legal', 'discrimination', 'harassment', 'fraud_billing', 'outage', 'service_failure', 'media_attention'];

// Regenerate walks these (opening, step) variant pairs: the first change flips both.
const COMBOS: ReadonlyArray<readonly [0 | 1, 0 | 1]> = [
  [0, 0],
  [1, 1],
  [0, 1],
  [1, 0],
];

export interface ComposedReply {
  text: string;
  /** ISO 639-1 language of the reply. */
  lang: string;
  /** Phrase-set tag ('hi-Latn' for romanised Hindi). */
  tag: string;
  privateHandoff: boolean;
  /** Which variant pair was used (0..3), and whether every variant had been used before. */
  variant: number;
  exhausted: boolean;
}

function latinDominant(text: string): boolean {
  const deva = (text.match(/[\u0900-\u097f]/g) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  return latin > deva;
}

/** The phrase set for the customer's language, or the brand default's, or English. */
export function phraseSetFor(lang: string, mention: Mention, brand: BrandConfig): PhraseSet {
  const candidates = brand.languages.includes(lang) ? [lang, brand.defaultLanguage, 'en'] : [brand.defaultLanguage, 'en'];
  for (const l of candidates) {
    if (l === 'hi' && latinDominant(mention.text.replace(/@\S+|https?:\/\/\S+/g, ''))) return PHRASE_SETS['hi-Latn']!;
    const set = PHRASE_SETS[l];
    if (set) return set;
  }
  return PHRASE_SETS.en!;
}

const URLISH = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?/i;

/**
 * The private-channel phrase: the brand's own words in its default language, otherwise
 * the set's localized phrase for the same channel (a URL is kept as is).
 */
export function handoffPhrase(set: PhraseSet, brand: BrandConfig, platform: string): string {
  const configured = brand.policies.privateChannel[platform] ?? brand.policies.privateChannel.default;
  if (configured && set.tag === brand.defaultLanguage) return configured.trim().replace(/[.!]+$/, '');
  if (configured) {
    const url = URLISH.exec(configured);
    if (url) return set.handoff.url.replace('{url}', url[0].replace(/[.,;]+$/, ''));
    if (/private|direct|privat|priv[ée]/i.test(configured) && !/\bDM\b/.test(configured)) return set.handoff.privateMessage;
    return set.handoff.dm;
  }
  return platform === 'mastodon' ? set.handoff.privateMessage : set.handoff.dm;
}

function stepsFor(set: PhraseSet, categories: Category[]): Variants {
  for (const c of CATEGORY_ORDER) if (categories.includes(c) && set.steps[c]) return set.steps[c];
  return set.steps.default;
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** Followers from which a post with media cues reads as a journalist's enquiry rather than a customer's threat. */
export const PRESS_REACH = 10_000;

/**
 * A journalist asking for comment (media cues from a verified or widely followed
 * account) gets the press hand-off, not the step meant for the affected customer
 * ("stop using the device" is not an answer to a reporter). A customer threatening
 * to go to the press keeps the step for their problem.
 */
export function isPressEnquiry(mention: Mention, categories: readonly Category[]): boolean {
  if (!categories.includes('media_attention')) return false;
  return mention.author.verified === true || (mention.author.followers ?? 0) >= PRESS_REACH;
}

function body(set: PhraseSet, triage: Pick<TriageResult, 'kind' | 'categories'>, combo: readonly [0 | 1, 0 | 1], press: boolean): [string, string] {
  const [a, b] = combo;
  if (press) return [set.press.open[a], set.press.step[b]];
  const hasCategory = triage.categories.length > 0;
  switch (triage.kind) {
    case 'praise':
      return [set.praise.open[a], set.praise.close[b]];
    case 'question':
      return [set.question.open[a], hasCategory ? stepsFor(set, triage.categories)[b] : set.question.step[b]];
    case 'other':
      return hasCategory ? [set.complaint[a], stepsFor(set, triage.categories)[b]] : [set.other.open[a], set.other.step[b]];
    default:
      return [set.complaint[a], stepsFor(set, triage.categories)[b]];
  }
}

export interface ComposeInput {
  mention: Mention;
  triage: Pick<TriageResult, 'kind' | 'categories' | 'lang'>;
  brand: BrandConfig;
  previous?: string[];
}

export function composeReply(input: ComposeInput): ComposedReply {
  const { mention, triage, brand } = input;
  const set = phraseSetFor(triage.lang, mention, brand);
  const handoff = handoffPhrase(set, brand, mention.platform);
  const handle = mention.author.handle.replace(/^@/, '');
  const prefix = brand.voice.addressCustomerByHandle ? `@${handle} ` : '';
  const signOff = brand.voice.signOff.trim();
  const previous = new Set((input.previous ?? []).map((p) => p.trim()));
  const press = triage.kind !== 'praise' && isPressEnquiry(mention, triage.categories);

  const build = (combo: readonly [0 | 1, 0 | 1]): string => {
    const [open, step] = body(set, triage, combo, press);
    // The step may start with {handoff} ("{handoff}, ..."): sentence case either way.
    const sentences = [open, capitalize(step.replace('{handoff}', handoff))];
    // Longest first; shed the opening, then the sign-off, until it fits the platform.
    const candidates = [
      [prefix + sentences.join(' '), signOff].filter(Boolean).join(' '),
      [prefix + sentences[1], signOff].filter(Boolean).join(' '),
      prefix + sentences[1],
    ];
    return candidates.find((c) => { const r = replyLengthFor(mention.platform, c); return r.length <= r.max; }) ?? candidates[candidates.length - 1]!;
  };

  let variant = COMBOS.findIndex((c) => !previous.has(build(c)));
  const exhausted = variant === -1;
  if (exhausted) variant = (input.previous?.length ?? 0) % COMBOS.length;
  const text = build(COMBOS[variant]!);
  return {
    text,
    lang: set.tag === 'hi-Latn' ? 'hi' : set.tag,
    tag: set.tag,
    privateHandoff: triage.kind !== 'praise',
    variant,
    exhausted,
  };
}
