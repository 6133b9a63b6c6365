/**
 * Triage engine public API: pure and synchronous (no I/O; lexicons and the model are
 * data files loaded at start). See docs/triage.md for how it works.
 */
import type { Mention } from '../core/mention.js';
import type { BandThresholds, Category, Kind, Reason, Sentiment, TriageResult } from '../core/triage.js';
import { DEFAULT_BANDS } from '../core/triage.js';
import type { BrandConfig } from '../config.js';
import { classify, refine } from './classify.js';
import { compact, exposureFigures, exposureParts, minutesWaiting, type Snapshot } from './exposure.js';
import { extractFeatures } from './features.js';
import { detectLanguage } from './language.js';
import { shippedModel, type LinearModel } from './model.js';
import { DEFAULT_POLICY, riskScore, type ResponsePolicy } from './score.js';
import { fold } from './text.js';
import { WEIGHTS } from './weights.js';

export { detectLanguage } from './language.js';
export { WEIGHTS } from './weights.js';
export { riskScore } from './score.js';

export interface ExposureInput {
  /** Engagement snapshots, oldest first (from metric re-polls). */
  snapshots?: Snapshot[];
  /** Number of posts in the conversation so far. */
  threadSize?: number;
}

export interface TriageContext {
  /** Clock for waiting time; when absent, waiting time is not counted. */
  now?: Date;
  exposure?: ExposureInput;
  /** The mention belongs to an open incident. */
  incident?: boolean;
  /** A verdict of the optional LLM classifier (src/triage/llm.ts) that overrides the offline one. */
  refinement?: Refinement;
}

export interface Refinement {
  kind: Kind;
  sentiment: Sentiment;
  categories: Category[];
  /** In [0, 1]. */
  severity: number;
  /** Who decided and why, for the reasons ("gpt-4o-mini: \"caught fire\" is a hazard"). */
  source: string;
}

export interface TriageOptions {
  bands?: BandThresholds;
  /** Response-time policy by band, in minutes (waiting-time factor). */
  responseMinutes?: ResponsePolicy;
  /** Brand handles and names, to tell posts about the brand from posts that are not. */
  brandTerms?: string[];
}

export interface TriageEngine {
  triage(mention: Mention, ctx?: TriageContext): TriageResult;
}

const byWeightDesc = (a: Reason, b: Reason) => b.weight - a.weight;
const round2 = (x: number) => Math.round(x * 100) / 100;
/** A factor worth less than half a risk point is not listed. */
const MIN_POINTS = 0.5;

/** `"a", "b"` for the first `max` words. */
function quote(words: readonly string[], max = Infinity): string {
  let s = '';
  const n = Math.min(words.length, max);
  for (let i = 0; i < n; i++) s += (i ? ', "' : '"') + words[i] + '"';
  return s;
}

function addReason(reasons: Reason[], factor: string, points: number, evidence: string): void {
  if (points >= MIN_POINTS) reasons.push({ factor, weight: round2(points / 100), evidence });
}

/**
 * Evidence for the negativity/complaint reason: up to four words (complaint words first
 * when the post is a complaint), sarcasm, p(complaint), and whether it is about the brand.
 */
function negativeEvidence(
  complaintFirst: boolean,
  ev: { negative: readonly string[]; complaint: readonly string[] },
  sarcasm: boolean,
  pComplaint: number,
  aboutBrand: boolean,
): string {
  const [a, b] = complaintFirst ? [ev.complaint, ev.negative] : [ev.negative, ev.complaint];
  let s = quote(a, 4);
  if (a.length < 4 && b.length > 0) s += (s ? ', ' : '') + quote(b, 4 - a.length);
  if (sarcasm) s += (s ? '; ' : '') + 'sarcasm';
  s += (s ? '; ' : '') + `p(complaint) ${pComplaint.toFixed(2)}`;
  if (!aboutBrand) s += '; not about the brand';
  return s;
}

/**
 * Is the post about the brand? Replies and posts addressing an account (we receive them
 * from the brand's mention stream) count as about it; otherwise a brand term must
 * appear. Only meaningful when brand terms are configured.
 */
function brandMatcher(terms: readonly string[] | undefined): ((m: Mention) => boolean) | null {
  const folded = [...new Set((terms ?? []).flatMap((t) => [fold(t), fold(t.replace(/^@/, ''))]).filter((t) => t.length >= 2))];
  if (folded.length === 0) return null;
  return (m) => {
    if (m.inReplyToId || (m.conversationId && m.conversationId !== m.id) || m.text.includes('@')) return true;
    const text = fold(m.text);
    return folded.some((t) => text.includes(t));
  };
}

export function createTriageEngine(opts: TriageOptions = {}, model: LinearModel = shippedModel()): TriageEngine {
  const bands = opts.bands ?? DEFAULT_BANDS;
  const policy = opts.responseMinutes ?? DEFAULT_POLICY;
  const isAboutBrand = brandMatcher(opts.brandTerms);
  return {
    triage(m, ctx = {}) {
      const lang = detectLanguage(m.text, m.lang);
      const f = extractFeatures(m.text, lang);
      const out = model.predict(f);
      const aboutBrand = isAboutBrand ? isAboutBrand(m) : true;
      const offline = classify(f, out, aboutBrand);
      const c = ctx.refinement ? refine(offline, ctx.refinement, f) : offline;
      const figures = exposureFigures(m, ctx.exposure?.snapshots, ctx.exposure?.threadSize);
      const waited = minutesWaiting(m, ctx.now);
      const r = riskScore({ negativity: c.negativity, severity: c.severity, exposure: exposureParts(figures), waitingMinutes: waited }, bands, policy);

      // This block runs for every mention: plain loops and string building, no
      // per-call closures or intermediate arrays (they showed up in profiles).
      const reasons: Reason[] = [];
      const negEvidence = negativeEvidence(c.kind === 'complaint', f.evidence, f.sarcasm, c.complaintProbability, aboutBrand);
      addReason(reasons, c.kind === 'complaint' ? 'complaint' : 'negativity', r.points.negativity, negEvidence);
      let sevShare = 0;
      for (const cat of c.categories) sevShare += cat.severity;
      sevShare ||= 1;
      for (const cat of c.categories) addReason(reasons, `severity:${cat.category}`, (r.points.severity * cat.severity) / sevShare, quote(cat.words));
      // Evidence strings only for factors that made it (formatting is a hot-path cost).
      const p = r.points;
      if (p.reach >= MIN_POINTS) addReason(reasons, 'reach', p.reach, `${compact(figures.followers)} followers${figures.verified ? ', verified' : ''}`);
      if (p.engagement >= MIN_POINTS) addReason(reasons, 'engagement', p.engagement, `${compact(figures.engagement)} engagements`);
      if (p.velocity >= MIN_POINTS) addReason(reasons, 'velocity', p.velocity, `${compact(figures.velocity)} engagements/h`);
      if (p.acceleration >= MIN_POINTS) addReason(reasons, 'acceleration', p.acceleration, `+${compact(figures.acceleration)} engagements/h²`);
      if (p.thread >= MIN_POINTS) addReason(reasons, 'thread', p.thread, `${compact(figures.threadSize)} posts in thread`);
      if (waited !== null && p.waiting >= MIN_POINTS) addReason(reasons, 'waiting', p.waiting, `${Math.round(waited)} min unanswered (policy ${r.policyMinutes} min)`);
      if (reasons.length > 1) reasons.sort(byWeightDesc);

      let severe = false;
      for (const x of c.categories) if (WEIGHTS.escalateCategories.includes(x.category)) severe = true;
      if (ctx.refinement) reasons.push({ factor: 'llm', weight: 0, evidence: ctx.refinement.source.slice(0, 300) });
      if (ctx.incident) reasons.push({ factor: 'incident', weight: 0, evidence: 'part of an open incident' });
      const categories: Category[] = [];
      for (const x of c.categories) categories.push(x.category);
      const escalate = severe || r.band === 'critical' || ctx.incident === true;
      if (reasons.length === 0) reasons.push({ factor: 'negativity', weight: round2(r.points.negativity / 100), evidence: negEvidence });
      return {
        id: m.id,
        kind: c.kind,
        sentiment: c.sentiment,
        lang,
        risk: r.risk,
        band: r.band,
        categories,
        escalate,
        reasons,
      };
    },
  };
}

/** Engine options from the brand config (bands, response-time policy, brand terms). */
export function triageOptionsFromBrand(brand: BrandConfig): TriageOptions {
  return {
    bands: brand.thresholds.bands,
    responseMinutes: brand.policies.responseMinutes,
    brandTerms: [brand.name, ...Object.values(brand.handles).filter((h): h is string => !!h)],
  };
}
