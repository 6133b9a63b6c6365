/**
 * Drafting and reply-lint public API. The pipeline and the Discord cards code against
 * these exports only.
 */
export { LINT_RULES, lintReply } from './lint/index.js';
export type { LintRule, LintFinding, LintResult, LintInput, Severity } from './lint/index.js';
export type { DraftInput, Draft, Drafter } from './types.js';
export { createDrafter } from './drafter.js';
export type { DrafterOptions } from './drafter.js';
