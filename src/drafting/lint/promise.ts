/**
 * Promises the policy does not allow (brand.policies.mayOffer): an offer word (refund,
 * compensation, free product) or a fix word with a date, in a sentence that commits to
 * it, and no hedge in that sentence ("we can't promise", "check whether you're eligible").
 */
import type { BrandConfig } from '../../config.js';
import { allLanguages, findAll, sentences, type Span } from './match.js';
import { composedPromises, isNegated, notPrivate, zeroCost } from './grammar/index.js';
import type { LintFinding, RuleContext } from './types.js';

const COMMIT = allLanguages((c) => c.promise.commit);
const HEDGE = allLanguages((c) => c.promise.hedge);
const FIX = allLanguages((c) => c.promise.fix);
const WHEN = allLanguages((c) => c.promise.when);
const FUTURE = allLanguages((c) => c.promise.future);
const GIFT = allLanguages((c) => c.promise.gift);
const OFFERS = {
  refund: allLanguages((c) => c.promise.refund),
  compensation: allLanguages((c) => c.promise.compensation),
  freeProduct: allLanguages((c) => c.promise.freeProduct),
} as const;

type Offer = keyof BrandConfig['policies']['mayOffer'];

const LABEL: Record<Offer, string> = {
  refund: 'a refund',
  compensation: 'compensation',
  freeProduct: 'a free product',
  fixDate: 'a fix date',
};

function span(parts: Span[]): { start: number; end: number } {
  return { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
}

export function checkPromise(ctx: RuleContext): LintFinding[] {
  const may = ctx.brand.policies.mayOffer;
  const out: LintFinding[] = [];
  for (const s of sentences(ctx.norm)) {
    if (findAll(HEDGE, ctx.norm, s.start, s.end).length > 0) continue;
    // "Next month won't cost you a penny": the negation is the gift, so it is checked before negations cancel.
    const free = may.compensation ? [] : zeroCost(ctx.norm, s);
    if (free.length) {
      out.push({ rule: 'promise', severity: 'block', ...span(free), message: 'promises compensation in public (a free bill or month), which the policy does not allow: move the offer to a private channel' });
      continue;
    }
    if (isNegated(ctx.norm, s)) continue;
    const committed = findAll(COMMIT, ctx.norm, s.start, s.end).length > 0;
    const found: Array<[Offer, Span[]]> = [];
    if (committed) {
      for (const offer of Object.keys(OFFERS) as Array<keyof typeof OFFERS>) {
        if (may[offer]) continue;
        const hits = notPrivate(ctx.norm, s, findAll(OFFERS[offer], ctx.norm, s.start, s.end));
        if (hits.length) found.push([offer, hits]);
      }
    }
    // "The first month is on us" commits by itself.
    if (!may.compensation && !found.some(([o]) => o === 'compensation')) {
      const gift = findAll(GIFT, ctx.norm, s.start, s.end);
      if (gift.length) found.push(['compensation', gift]);
    }
    if (!may.fixDate) {
      const fix = findAll(FIX, ctx.norm, s.start, s.end);
      const when = committed ? findAll(WHEN, ctx.norm, s.start, s.end) : [];
      const future = findAll(FUTURE, ctx.norm, s.start, s.end);
      if (fix.length && (when.length || future.length)) found.push(['fixDate', [...fix, ...when, ...future]]);
    }
    // Composed patterns (commitment × offer, fix × time) catch wordings the cue lists miss.
    for (const [offer, hits] of composedPromises(ctx.norm, s, may)) {
      const same = found.find(([o]) => o === offer);
      if (same) same[1].push(...hits);
      else found.push([offer, hits]);
    }
    // One finding per sentence is enough for a reviewer; name every kind of offer in it.
    if (found.length) {
      const { start, end } = span(found.flatMap(([, h]) => h));
      out.push({
        rule: 'promise',
        severity: 'block',
        start,
        end,
        message: `promises ${found.map(([o]) => LABEL[o]).join(' and ')} in public, which the policy does not allow: move the offer to a private channel`,
      });
    }
  }
  return out;
}
