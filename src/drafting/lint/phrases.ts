/**
 * Phrase rules (tone, sarcasm, liability, sales pitch): cue lists per language, all
 * languages matched at once because a reply can mix them.
 */
import { allLanguages, findAll } from './match.js';
import type { Kind } from '../../core/triage.js';
import type { LintFinding, LintRule, RuleContext, Severity } from './types.js';

const TONE = allLanguages((c) => c.tone);
const SARCASM = allLanguages((c) => c.sarcasm);
const LIABILITY = allLanguages((c) => c.liability);
const SALES = allLanguages((c) => c.salesPitch);

function phraseFindings(re: RegExp, ctx: RuleContext, rule: LintRule, severity: Severity, why: string): LintFinding[] {
  return findAll(re, ctx.norm).map((s) => ({
    rule,
    severity,
    start: s.start,
    end: s.end,
    message: `${why}: "${ctx.text.slice(s.start, s.end)}"`,
  }));
}

export function checkTone(ctx: RuleContext): LintFinding[] {
  return phraseFindings(TONE, ctx, 'tone', 'block', 'defensive or blaming; the public sides with the customer');
}

export function checkSarcasm(ctx: RuleContext): LintFinding[] {
  return phraseFindings(SARCASM, ctx, 'sarcasm', 'block', 'reads as sarcasm in public');
}

export function checkLiability(ctx: RuleContext): LintFinding[] {
  return phraseFindings(LIABILITY, ctx, 'liability', 'block', 'legal admission; apologise without admitting liability');
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
  );
}
