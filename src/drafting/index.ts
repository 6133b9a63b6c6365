/**
 * Drafting and reply-lint public API. PLACEHOLDER implementation, to be replaced by
 * the real drafter and lint (issue 10) behind the same exports.
 */
import type { Mention } from '../core/mention.js';
import type { TriageResult } from '../core/triage.js';
import type { BrandConfig, Config } from '../config.js';
import { replyLengthFor } from '../core/reply-length.js';

export const LINT_RULES = ['length', 'language', 'tone', 'sarcasm', 'liability', 'promise', 'personal_data', 'link', 'mention', 'shouting', 'sales_pitch'] as const;
export type LintRule = (typeof LINT_RULES)[number];

export interface LintFinding {
  rule: LintRule;
  severity: 'block' | 'warn';
  start: number;
  end: number;
  message: string;
}
export interface LintResult {
  ok: boolean;
  findings: LintFinding[];
}

export interface LintInput {
  text: string;
  platform: string;
  mention: Mention;
  brand: BrandConfig;
}

export function lintReply(input: LintInput): LintResult {
  const findings: LintFinding[] = [];
  const { length, max } = replyLengthFor(input.platform, input.text);
  if (length > max) findings.push({ rule: 'length', severity: 'block', start: 0, end: input.text.length, message: `${length} > ${max}` });
  return { ok: !findings.some((f) => f.severity === 'block'), findings };
}

export interface DraftInput {
  mention: Mention;
  triage: TriageResult;
  brand: BrandConfig;
  /** Earlier posts of the conversation, oldest first. */
  thread?: Mention[];
  /** Texts of earlier drafts for this case: Regenerate must produce something different. */
  previous?: string[];
}

export interface Draft {
  text: string;
  lang: string;
  promptId: string;
  promptVersion: string;
  model: string;
  template: boolean;
  privateHandoff: boolean;
  confidence: number | null;
  notes: string | null;
  tokensIn: number | null;
  tokensOut: number | null;
  costUsd: number | null;
  lint: LintResult;
}

export interface Drafter {
  draft(input: DraftInput): Promise<Draft>;
}

export function createDrafter(_opts: { openai: Config['openai'] }): Drafter {
  return {
    draft(input) {
      const text = `@${input.mention.author.handle} Thanks for reaching out. ${input.brand.voice.signOff}`.trim();
      return Promise.resolve({
        text,
        lang: input.triage.lang,
        promptId: 'offline-template',
        promptVersion: '0',
        model: 'template',
        template: true,
        privateHandoff: false,
        confidence: null,
        notes: null,
        tokensIn: null,
        tokensOut: null,
        costUsd: null,
        lint: lintReply({ text, platform: input.mention.platform, mention: input.mention, brand: input.brand }),
      });
    },
  };
}
