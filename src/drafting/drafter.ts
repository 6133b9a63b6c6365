/**
 * The drafter: OpenAI when configured, the offline templates otherwise or when the API
 * fails. Every draft is linted before it is returned; a model draft the lint blocks is
 * replaced by a template (the reviewer sees why in `notes`), so a prompt injection that
 * slips past the prompt still cannot reach the review queue as an unapproved promise.
 */
import Bottleneck from 'bottleneck';
import type OpenAI from 'openai';
import type { Config } from '../config.js';
import { systemClock, type Clock } from '../core/clock.js';
import { detectLanguage } from '../triage/language.js';
import type { Logger } from '../logger.js';
import { lintReply } from './lint/index.js';
import type { LintResult } from './lint/types.js';
import { composeReply, OFFLINE_TEMPLATES_ID, OFFLINE_TEMPLATES_VERSION } from './offline/compose.js';
import { createOpenAiClient, draftWithOpenAi, UnusableOutput, type LlmDraftResult } from './openai-drafter.js';
import { loadPrompts, PROMPTS_DIR, type PromptTemplate } from './prompts.js';
import type { Draft, DraftInput, Drafter } from './types.js';

export const REPLY_PROMPT_ID = 'reply-draft';

export interface DrafterOptions {
  openai: Config['openai'];
  logger?: Logger;
  /** Shared limiter for OpenAI calls; by default one with `openai.maxConcurrent`. */
  limiter?: Bottleneck;
  /** fetch for the OpenAI SDK (tests, proxies). */
  fetch?: typeof fetch;
  clock?: Clock;
  /** Where the prompt templates live (default: prompts/). */
  promptsDir?: string;
}

/** Lint input for a draft of `input`: the triage result tells the lint what it knows. */
function lintDraft(text: string, input: DraftInput, lang: string): LintResult {
  return lintReply({ text, platform: input.mention.platform, mention: input.mention, brand: input.brand, customerLang: lang, kind: input.triage.kind });
}

/** The language to answer in: the triage result's, else detected from the post. */
function customerLang(input: DraftInput): string {
  const l = input.triage.lang && input.triage.lang !== 'und' ? input.triage.lang : detectLanguage(input.mention.text, input.mention.lang);
  return l === 'und' ? input.brand.defaultLanguage : l;
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function templateDraft(input: DraftInput, why: string): Draft {
  const lang = customerLang(input);
  const c = composeReply({ mention: input.mention, triage: { ...input.triage, lang }, brand: input.brand, previous: input.previous });
  const notes = [why, c.exhausted ? 'every template variant was used before: this one repeats an earlier draft' : null].filter(Boolean).join('; ');
  return {
    text: c.text,
    lang: c.lang,
    promptId: OFFLINE_TEMPLATES_ID,
    promptVersion: OFFLINE_TEMPLATES_VERSION,
    model: 'template',
    template: true,
    privateHandoff: c.privateHandoff,
    confidence: null,
    notes: notes || null,
    tokensIn: null,
    tokensOut: null,
    costUsd: null,
    lint: lintDraft(c.text, { ...input, triage: { ...input.triage, lang } }, lang === 'und' ? c.lang : lang),
  };
}

/** The model's text in the brand voice: customer handle first, sign-off last. */
function finishText(text: string, input: DraftInput): string {
  let t = text.trim();
  const handle = `@${input.mention.author.handle.replace(/^@/, '')}`;
  if (input.brand.voice.addressCustomerByHandle && !t.toLowerCase().startsWith(handle.toLowerCase())) t = `${handle} ${t}`;
  const signOff = input.brand.voice.signOff.trim();
  if (signOff && !t.includes(signOff)) t = `${t} ${signOff}`;
  return t;
}

export function createDrafter(opts: DrafterOptions): Drafter {
  const log = opts.logger;
  const clock = opts.clock ?? systemClock;
  const config = opts.openai;
  let prompt: PromptTemplate | null = null;
  let client: OpenAI | null = null;
  let limiter: Bottleneck | null = null;
  if (config) {
    // Loaded and validated at start: a broken prompt is a configuration error, not a runtime surprise.
    const prompts = loadPrompts(opts.promptsDir ?? PROMPTS_DIR);
    prompt = prompts.get(REPLY_PROMPT_ID) ?? null;
    if (!prompt) throw new Error(`prompts: no prompt with id "${REPLY_PROMPT_ID}"`);
    client = createOpenAiClient(config, opts.fetch);
    limiter = opts.limiter ?? new Bottleneck({ maxConcurrent: config.maxConcurrent });
  }

  return {
    async draft(input) {
      if (!config || !client || !prompt || !limiter) return templateDraft(input, 'offline template: no OpenAI key configured');
      const lang = customerLang(input);
      let result: LlmDraftResult;
      try {
        result = await draftWithOpenAi(client, { config, limiter, prompt, clock, fetch: opts.fetch }, input, lang);
      } catch (e) {
        const reason = e instanceof UnusableOutput ? e.reason : (e as Error).name;
        log?.warn({ err: e, mention: input.mention.id }, 'draft: OpenAI failed, using the offline template');
        return templateDraft(input, `offline template: OpenAI draft failed (${reason}: ${(e as Error).message.slice(0, 200)})`);
      }
      const text = finishText(result.output.reply, input);
      const usage = { tokensIn: result.tokensIn, tokensOut: result.tokensOut, costUsd: result.costUsd };
      const lint = lintDraft(text, input, lang);
      const seen = (input.previous ?? []).some((p) => normalize(p) === normalize(text));
      if (!lint.ok || seen) {
        const why = seen
          ? 'the model repeated an earlier draft'
          : `the model's draft was blocked by the lint (${lint.findings.filter((f) => f.severity === 'block').map((f) => `${f.rule}: "${text.slice(f.start, f.end)}"`).join('; ')})`;
        log?.warn({ mention: input.mention.id, why }, 'draft: model draft not usable, using the offline template');
        // The call was made and paid for: keep its usage on the draft.
        return { ...templateDraft(input, `offline template: ${why}`), ...usage };
      }
      return {
        text,
        lang: result.output.language.toLowerCase().slice(0, 2) || lang,
        promptId: prompt.id,
        promptVersion: prompt.version,
        model: result.model,
        template: false,
        privateHandoff: result.output.privateHandoff,
        confidence: result.output.confidence,
        notes: result.output.notes.trim() || null,
        ...usage,
        lint,
      };
    },
  };
}
