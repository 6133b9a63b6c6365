/**
 * Phrase rules (tone, sarcasm, liability, sales pitch): cue lists per language, all
 * languages matched at once because a reply can mix them.
 */
import { allLanguages, findAll, type Span } from './match.js';
import { composedLiability, composedSales, composedSarcasm, composedTone } from './grammar/index.js';
import type { Kind } from '../../core/triage.js';
import type { LintFinding, LintRule, RuleContext, Severity } from './types.js';

const TONE = allLanguages((c) => c.tone);
const SARCASM = allLanguages((c) => c.sarcasm);
const LIABILITY = allLanguages((c) => c.liability);
const SALES = allLanguages((c) => c.salesPitch);

/** Laughing emoji read as mockery in a reply to anything but praise. */
const LAUGH = /\u{1F602}|\u{1F923}|\u{1F606}|\u{1F639}|\u{1F605}/gu;

/** Cue-list hits plus composed hits, overlapping spans merged. */
function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function phraseFindings(re: RegExp, ctx: RuleContext, rule: LintRule, severity: Severity, why: string, extra: Span[] = []): LintFinding[] {
  return merge([...findAll(re, ctx.norm), ...extra]).map((s) => ({
    rule,
    severity,
    start: s.start,
    end: s.end,
    message: `${why}: "${ctx.text.slice(s.start, s.end)}"`,
  }));
}

export function checkTone(ctx: RuleContext): LintFinding[] {
  return phraseFindings(TONE, ctx, 'tone', 'block', 'defensive or blaming; the public sides with the customer', composedTone(ctx.norm));
}

export function checkSarcasm(ctx: RuleContext): LintFinding[] {
  return phraseFindings(SARCASM, ctx, 'sarcasm', 'block', 'reads as sarcasm in public', composedSarcasm(ctx.norm));
}

export function checkLiability(ctx: RuleContext): LintFinding[] {
  return phraseFindings(LIABILITY, ctx, 'liability', 'block', 'legal admission; apologise without admitting liability', composedLiability(ctx.norm));
}

/**
 * A pitch in reply to praise spends the goodwill the customer just gave, and in reply to
 * a complaint it is tone-deaf; answering a product question may legitimately name a
 * product, so there it is only a warning.
 */
export function checkSalesPitch(ctx: RuleContext, kind: Kind): LintFinding[] {
  const question = kind === 'question';
  return phraseFindings(
    SALES,
    ctx,
    'sales_pitch',
    question ? 'warn' : 'block',
    kind === 'praise' ? 'sales pitch in reply to praise: just thank them' : 'reads as a sales pitch',
    composedSales(ctx.norm),
  );
}

/** Laughing emoji are only fine when the customer is laughing with us (praise). */
export function hasLaughter(ctx: RuleContext): boolean {
  return ctx.norm.search(LAUGH) >= 0;
}

export function checkLaughter(ctx: RuleContext, kind: Kind): LintFinding[] {
  if (kind === 'praise') return [];
  LAUGH.lastIndex = 0;
  return [...ctx.norm.matchAll(LAUGH)].map((m) => ({
    rule: 'sarcasm' as const,
    severity: 'block' as const,
    start: m.index,
    end: m.index + m[0].length,
    message: 'laughing at a complaint reads as mockery in public',
  }));
}
