/** Shapes of drafting: what goes into a draft and what comes out (stored by the pipeline). */
import type { Mention } from '../core/mention.js';
import type { TriageResult } from '../core/triage.js';
import type { BrandConfig } from '../config.js';
import type { LintResult } from './lint/types.js';

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
  /** True for offline templates: the card says so. */
  template: boolean;
  /** The reply asks the customer to continue in a private channel. */
  privateHandoff: boolean;
  confidence: number | null;
  /** Notes for the reviewer (why a template was used, what the model was unsure of). */
  notes: string | null;
  tokensIn: number | null;
  tokensOut: number | null;
  costUsd: number | null;
  lint: LintResult;
}

export interface Drafter {
  draft(input: DraftInput): Promise<Draft>;
}
