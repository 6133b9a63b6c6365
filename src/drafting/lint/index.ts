/**
 * The public-perception lint: pure and synchronous. Every reply, drafted or edited by a
 * person, passes through it before approval; a blocking finding stops approval.
 */
import type { BrandConfig } from '../../config.js';
import type { Kind } from '../../core/triage.js';
import type { Mention } from '../../core/mention.js';
import { createTriageEngine, triageOptionsFromBrand, type TriageEngine } from '../../triage/index.js';
import { checkMockery, checkPraisePitch, hasContextSignals } from './context.js';
import { checkLanguage } from './language.js';
import { checkLength } from './length.js';
import { checkLinks } from './links.js';
import { checkMentions } from './mentions.js';
import { checkPersonalData } from './personal-data.js';
import { checkLaughter, checkLiability, checkSalesPitch, checkSarcasm, checkTone, hasLaughter } from './phrases.js';
import { checkPromise } from './promise.js';
import { checkShouting } from './shouting.js';
import { LINT_RULES, type LintFinding, type LintInput, type LintResult, type RuleContext } from './types.js';

export * from './types.js';

const engines = new WeakMap<BrandConfig, TriageEngine>();

/** The mention's kind: from the caller when known, else from the (pure) triage engine. */
function kindOf(mention: Mention, brand: BrandConfig, known?: Kind): Kind {
  if (known) return known;
  let engine = engines.get(brand);
  if (!engine) {
    engine = createTriageEngine(triageOptionsFromBrand(brand));
    engines.set(brand, engine);
  }
  return engine.triage(mention).kind;
}

const ORDER = new Map(LINT_RULES.map((r, i) => [r, i]));

export function lintReply(input: LintInput): LintResult {
  const ctx: RuleContext = { ...input, norm: input.text.replace(/[\u2018\u2019\u02BC]/g, "'") };
  const findings: LintFinding[] = [
    ...checkLength(ctx),
    ...checkLanguage(ctx),
    ...checkTone(ctx),
    ...checkSarcasm(ctx),
    ...checkLiability(ctx),
    ...checkPromise(ctx),
    ...checkPersonalData(ctx),
    ...checkLinks(ctx),
    ...checkMentions(ctx),
    ...checkShouting(ctx),
  ];
  // Only ask the triage engine when there is a pitch to judge.
  if (checkSalesPitch(ctx, 'other').length) findings.push(...checkSalesPitch(ctx, kindOf(input.mention, input.brand, input.kind)));
  if (hasLaughter(ctx)) findings.push(...checkLaughter(ctx, kindOf(input.mention, input.brand, input.kind)));
  // Words that mock a complaint or pitch to praise only in context: weigh them against the post's kind.
  if (hasContextSignals(ctx)) {
    const kind = kindOf(input.mention, input.brand, input.kind);
    findings.push(...checkMockery(ctx, kind), ...checkPraisePitch(ctx, kind));
  }
  // Blocking first, then by rule order and position: the card shows the worst on top.
  findings.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1) ||
      ORDER.get(a.rule)! - ORDER.get(b.rule)! ||
      a.start - b.start,
  );
  return { ok: !findings.some((f) => f.severity === 'block'), findings };
}
