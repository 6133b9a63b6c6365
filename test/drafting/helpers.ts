/** Shared builders for the drafting tests: demo brand, mentions, triage results, OpenAI responses. */
import { loadEngineConfig, type BrandConfig } from '../../src/config.js';
import type { Mention } from '../../src/core/mention.js';
import type { Category, Kind, TriageResult } from '../../src/core/triage.js';
import type { OpenAiConfig } from '../../src/drafting/openai-drafter.js';

export const brand: BrandConfig = loadEngineConfig().brand;

export function withPolicy(over: Partial<BrandConfig['policies']['mayOffer']>): BrandConfig {
  return { ...brand, policies: { ...brand.policies, mayOffer: { ...brand.policies.mayOffer, ...over } } };
}

let seq = 0;
export function mention(text: string, over: Partial<Mention> = {}): Mention {
  seq++;
  return { id: `x:${1790000000000000000 + seq}`, platform: 'x', text, author: { handle: 'jane', followers: 1520 }, ...over };
}

export function triage(m: Mention, over: { kind?: Kind; lang?: string; categories?: Category[]; risk?: number } = {}): TriageResult {
  return {
    id: m.id,
    kind: over.kind ?? 'complaint',
    sentiment: over.kind === 'praise' ? 'positive' : 'negative',
    lang: over.lang ?? 'en',
    risk: over.risk ?? 55,
    band: 'medium',
    categories: over.categories ?? [],
    escalate: false,
    reasons: [],
  };
}

export const OPENAI_URL = 'https://api.openai.com/v1/chat/completions';

export function openAiConfig(over: Partial<OpenAiConfig> = {}): OpenAiConfig {
  return { apiKey: 'sk-test-not-a-real-key-000000', baseURL: null, model: 'gpt-4o-mini', timeoutMs: 5000, maxRetries: 0, maxConcurrent: 2, triage: false, ...over };
}

/**
 * A Chat Completions response as the API returns it for structured output
 * (object "chat.completion", message.content holding the JSON, message.refusal null).
 */
export function chatCompletion(content: string | null, opts: { refusal?: string; finishReason?: string; promptTokens?: number; completionTokens?: number } = {}) {
  const promptTokens = opts.promptTokens ?? 812;
  const completionTokens = opts.completionTokens ?? 74;
  return {
    id: 'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT',
    object: 'chat.completion',
    created: 1763942400,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: opts.refusal ?? null, annotations: [] },
        logprobs: null,
        finish_reason: opts.finishReason ?? 'stop',
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    },
    service_tier: 'default',
    system_fingerprint: 'fp_560af6e559',
  };
}

export function draftJson(reply: string, over: Partial<{ language: string; privateHandoff: boolean; confidence: number; notes: string }> = {}): string {
  return JSON.stringify({ reply, language: 'en', privateHandoff: true, confidence: 0.82, notes: 'Routine complaint.', ...over });
}

/** The error body the API sends with a 429. */
export const RATE_LIMIT_BODY = {
  error: {
    message: 'Rate limit reached for gpt-4o-mini in organization org-test on requests per min (RPM): Limit 3, Used 3, Requested 1.',
    type: 'requests',
    param: null,
    code: 'rate_limit_exceeded',
  },
};

/** Body of a captured Chat Completions request. */
export interface CapturedRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> } };
  temperature?: number;
}

/**
 * fetch that buffers each response before the SDK sees it. Cancelling the body of a
 * response produced by msw never settles (mswjs/interceptors#799), and the SDK cancels
 * the error body before it retries a 429; a buffered Response cancels at once. msw still
 * intercepts the request underneath.
 */
export const bufferingFetch: typeof fetch = async (input, init) => {
  const r = await fetch(input, init);
  return new Response(await r.arrayBuffer(), { status: r.status, statusText: r.statusText, headers: r.headers });
};
