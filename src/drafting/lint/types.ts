/** Shapes of the reply lint: findings carry the offending span so cards can highlight it. */
import type { Mention } from '../../core/mention.js';
import type { Kind } from '../../core/triage.js';
import type { BrandConfig } from '../../config.js';

export const LINT_RULES = [
  'length',
  'language',
  'tone',
  'sarcasm',
  'liability',
  'promise',
  'personal_data',
  'link',
  'mention',
  'shouting',
  'sales_pitch',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

export type Severity = 'block' | 'warn';

/** `start`/`end` are UTF-16 offsets into the reply text (JS string indices), end exclusive. */
export interface LintFinding {
  rule: LintRule;
  severity: Severity;
  start: number;
  end: number;
  message: string;
}

export interface LintResult {
  ok: boolean;
  findings: LintFinding[];
}

export interface LintInput {
  /** The proposed public reply. */
  text: string;
  platform: string;
  /** The post it answers. */
  mention: Mention;
  brand: BrandConfig;
  /** The customer's language when already known (triage result); detected otherwise. */
  customerLang?: string;
  /** The mention's kind when already known (triage result); detected otherwise. */
  kind?: Kind;
  /** Other accounts the reply may name (e.g. participants the brand was asked to loop in). */
  allowedHandles?: string[];
}

/** What every rule module receives: the input plus a normalized copy with the same offsets. */
export interface RuleContext extends LintInput {
  /** `text` with typographic apostrophes made ASCII; same length, same offsets. */
  norm: string;
}

export type RuleCheck = (ctx: RuleContext) => LintFinding[];
