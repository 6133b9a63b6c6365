import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTriageEngine } from '../../src/triage/index.js';
import { createLlmClassifier, llmCacheKey, LLM_PROMPT_VERSION, MemoryLlmCache, triageWithLlm, type LlmVerdict } from '../../src/triage/llm.js';
import { llmCacheRepo } from '../../src/db/repos/llm-cache.js';
import { describeDb } from '../helpers/db.js';
import { mention } from './helpers.js';

const BASE = 'https://llm.test/v1';
const URL = `${BASE}/chat/completions`;

/** A chat completion as the API returns it (shape of POST /v1/chat/completions). */
function completion(content: string, extra: Record<string, unknown> = {}) {
  return {
    id: 'chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG',
    object: 'chat.completion',
    created: 1741569952,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null, annotations: [], ...extra }, logprobs: null, finish_reason: 'stop' }],
    usage: {
      prompt_tokens: 412,
      completion_tokens: 48,
      total_tokens: 460,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    },
    service_tier: 'default',
    system_fingerprint: 'fp_06737a9306',
  };
}

const verdict: LlmVerdict = { kind: 'complaint', sentiment: 'negative', categories: ['safety'], severity: 0.95, rationale: '"smells of burning" describes a fire hazard' };
const requests: Array<{ body: Record<string, unknown>; auth: string | null }> = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

function answer(body: unknown, status = 200) {
  server.use(
    http.post(URL, async ({ request }) => {
      requests.push({ body: (await request.json()) as Record<string, unknown>, auth: request.headers.get('authorization') });
      return HttpResponse.json(body as Record<string, unknown>, { status });
    }),
  );
}

// Created after msw is listening: the SDK picks up the (patched) global fetch.
let client: OpenAI;
beforeAll(() => {
  client = new OpenAI({ apiKey: 'sk-test', baseURL: BASE });
});
const engine = createTriageEngine({ brandTerms: ['Acme'] });
const post = mention('@Acme the new Acme heater smells of burning when switched on', { author: { handle: 'a', followers: 300 } });

describe('LLM classifier', () => {
  it('refines the offline result with a structured-output verdict and says so', async () => {
    answer(completion(JSON.stringify(verdict)));
    const classifier = createLlmClassifier({ client, model: 'gpt-4o-mini', timeoutMs: 5000, cache: new MemoryLlmCache(), maxRetries: 0 });
    const r = await triageWithLlm(engine, classifier, post);
    expect(r.kind).toBe('complaint');
    expect(r.categories).toEqual(['safety']);
    expect(r.escalate).toBe(true);
    expect(r.reasons.find((x) => x.factor === 'llm')?.evidence).toContain('gpt-4o-mini: "smells of burning"');
    // The request: our model, a strict JSON schema, the post as data in the user message.
    expect(requests).toHaveLength(1);
    const body = requests[0]!.body as { model: string; response_format: { type: string; json_schema: { strict: boolean } }; messages: Array<{ role: string; content: string }> };
    expect(requests[0]!.auth).toBe('Bearer sk-test');
    expect(body.model).toBe('gpt-4o-mini');
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.strict).toBe(true);
    expect(JSON.parse(body.messages[1]!.content)).toEqual({ post: post.text });
  });

  it('caches answers by text, model and prompt version', async () => {
    answer(completion(JSON.stringify(verdict)));
    const cache = new MemoryLlmCache();
    const classifier = createLlmClassifier({ client, model: 'gpt-4o-mini', timeoutMs: 5000, cache, maxRetries: 0 });
    const first = await classifier.classify(post.text);
    const second = await classifier.classify(post.text);
    expect(first.cached).toBe(false);
    expect(second).toEqual({ verdict, cached: true });
    expect(requests).toHaveLength(1);
    expect(llmCacheKey(post.text, 'gpt-4o-mini')).not.toBe(llmCacheKey(post.text, 'gpt-4o'));
    expect(llmCacheKey(post.text, 'gpt-4o-mini')).not.toBe(llmCacheKey(post.text, 'gpt-4o-mini', `${LLM_PROMPT_VERSION}-next`));
    expect(await cache.get(llmCacheKey(post.text, 'gpt-4o-mini'))).toEqual(verdict);
  });

  it('falls back to the offline result on a timeout and says so', async () => {
    server.use(
      http.post(URL, async () => {
        await delay(2000);
        return HttpResponse.json(completion(JSON.stringify(verdict)));
      }),
    );
    const classifier = createLlmClassifier({ client, model: 'gpt-4o-mini', timeoutMs: 50, cache: new MemoryLlmCache(), maxRetries: 0 });
    const r = await triageWithLlm(engine, classifier, post);
    const offline = engine.triage(post);
    expect(r.kind).toBe(offline.kind);
    expect(r.risk).toBe(offline.risk);
    expect(r.reasons.at(-1)).toEqual({ factor: 'llm_fallback', weight: 0, evidence: 'LLM classifier failed (timeout: no answer within 50 ms); offline result' });
  });

  it.each([
    ['an HTTP error', () => answer({ error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null } }, 500), 'http: HTTP 500'],
    ['an answer that breaks the schema', () => answer(completion(JSON.stringify({ ...verdict, kind: 'rant' }))), 'invalid: answer does not match the schema'],
    ['an answer that is not JSON', () => answer(completion('Sure! Here is my classification: complaint')), 'invalid: answer is not JSON'],
    ['a refusal', () => answer(completion('', { content: null, refusal: "I'm sorry, I can't help with that." })), "refusal: I'm sorry"],
  ])('falls back on %s', async (_name, setup, why) => {
    setup();
    const cache = new MemoryLlmCache();
    const classifier = createLlmClassifier({ client, model: 'gpt-4o-mini', timeoutMs: 5000, cache, maxRetries: 0 });
    const r = await triageWithLlm(engine, classifier, post);
    expect(r.reasons.find((x) => x.factor === 'llm_fallback')?.evidence).toContain(why);
    expect(cache.size).toBe(0);
  });
});

describeDb('LLM cache in the llm_cache table', (backend) => {
  it('stores and returns verdicts, overwriting on the same key', async () => {
    const db = await backend.open();
    try {
      answer(completion(JSON.stringify(verdict)));
      const cache = llmCacheRepo(db.db);
      expect(await cache.get('missing')).toBeNull();
      const classifier = createLlmClassifier({ client, model: 'gpt-4o-mini', timeoutMs: 5000, cache, maxRetries: 0 });
      await classifier.classify(post.text);
      const again = await createLlmClassifier({ client, model: 'gpt-4o-mini', timeoutMs: 5000, cache: llmCacheRepo(db.db), maxRetries: 0 }).classify(post.text);
      expect(again).toEqual({ verdict, cached: true });
      expect(requests).toHaveLength(1);
      await cache.set('k', { a: 1 });
      await cache.set('k', { a: 2 });
      expect(await cache.get('k')).toEqual({ a: 2 });
    } finally {
      await db.close();
    }
  });
});
