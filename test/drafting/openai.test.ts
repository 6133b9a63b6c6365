import Bottleneck from 'bottleneck';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDrafter } from '../../src/drafting/index.js';
import { estimateCostUsd } from '../../src/drafting/cost.js';
import { brand, bufferingFetch, chatCompletion, draftJson, mention, OPENAI_URL, openAiConfig, RATE_LIMIT_BODY, triage, type CapturedRequest } from './helpers.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const GOOD = '@jane Sorry the app keeps crashing, that is frustrating. Please send us a DM with your phone model and we will look into it with you. – Kestrel Care';

function capture(respond: (body: CapturedRequest, n: number) => Response | Promise<Response>) {
  const bodies: CapturedRequest[] = [];
  server.use(
    http.post(OPENAI_URL, async ({ request }) => {
      const body = (await request.json()) as CapturedRequest;
      bodies.push(body);
      return respond(body, bodies.length);
    }),
  );
  return bodies;
}

describe('OpenAI drafter', () => {
  it('returns a validated model draft with prompt version, model, tokens and cost', async () => {
    const bodies = capture(() => HttpResponse.json(chatCompletion(draftJson(GOOD), { promptTokens: 900, completionTokens: 80 })));
    const drafter = createDrafter({ openai: openAiConfig() });
    const m = mention('@KestrelMobile the app keeps crashing since the update');
    const d = await drafter.draft({ mention: m, triage: triage(m), brand });
    expect(d.template).toBe(false);
    expect(d.text).toBe(GOOD);
    expect(d.promptId).toBe('reply-draft');
    expect(d.promptVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(d.model).toBe('gpt-4o-mini-2024-07-18');
    expect(d.tokensIn).toBe(900);
    expect(d.tokensOut).toBe(80);
    expect(d.costUsd).toBeCloseTo(estimateCostUsd('gpt-4o-mini', 900, 80)!, 10);
    expect(d.confidence).toBe(0.82);
    expect(d.privateHandoff).toBe(true);
    expect(d.lint.ok).toBe(true);
    // Structured output with the strict schema, on the configured model.
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.model).toBe('gpt-4o-mini');
    expect(bodies[0]!.response_format?.type).toBe('json_schema');
    expect(bodies[0]!.response_format?.json_schema?.strict).toBe(true);
    expect(bodies[0]!.response_format?.json_schema?.schema.required).toEqual(['reply', 'language', 'privateHandoff', 'confidence', 'notes']);
  });

  it('adds the customer handle and the sign-off when the model leaves them out', async () => {
    capture(() => HttpResponse.json(chatCompletion(draftJson('Sorry about the signal trouble. Please send us a DM with your area.'))));
    const drafter = createDrafter({ openai: openAiConfig() });
    const m = mention('@KestrelMobile no signal at all today');
    const d = await drafter.draft({ mention: m, triage: triage(m), brand });
    expect(d.template).toBe(false);
    expect(d.text.startsWith('@jane ')).toBe(true);
    expect(d.text.endsWith(brand.voice.signOff)).toBe(true);
  });

  it('uses OPENAI_BASE_URL for self-hosted OpenAI-compatible servers', async () => {
    let hits = 0;
    server.use(
      http.post('http://llm.internal:8000/v1/chat/completions', () => {
        hits++;
        return HttpResponse.json({ ...chatCompletion(draftJson(GOOD)), model: 'llama-3.1-8b-instruct' });
      }),
    );
    const drafter = createDrafter({ openai: openAiConfig({ baseURL: 'http://llm.internal:8000/v1', model: 'llama-3.1-8b-instruct' }) });
    const m = mention('@KestrelMobile the app keeps crashing');
    const d = await drafter.draft({ mention: m, triage: triage(m), brand });
    expect(hits).toBe(1);
    expect(d.model).toBe('llama-3.1-8b-instruct');
    // No list price for a self-hosted model: tokens recorded, cost unknown.
    expect(d.tokensIn).toBe(812);
    expect(d.costUsd).toBeNull();
  });

  it('falls back to the template when the output is not JSON', async () => {
    capture(() => HttpResponse.json(chatCompletion('{"reply": "@jane Sorry about th')));
    const drafter = createDrafter({ openai: openAiConfig() });
    const m = mention('@KestrelMobile my bill is wrong');
    const d = await drafter.draft({ mention: m, triage: triage(m), brand });
    expect(d.template).toBe(true);
    expect(d.model).toBe('template');
    expect(d.notes).toContain('malformed');
    expect(d.lint.ok).toBe(true);
  });

  it('falls back to the template when the JSON does not match the schema', async () => {
    capture(() => HttpResponse.json(chatCompletion(JSON.stringify({ reply: '@jane Sorry!', language: 'en', confidence: 3 }))));
    const drafter = createDrafter({ openai: openAiConfig() });
    const m = mention('@KestrelMobile my bill is wrong');
    const d = await drafter.draft({ mention: m, triage: triage(m), brand });
    expect(d.template).toBe(true);
    expect(d.notes).toContain('invalid');
  });

  it('falls back to the template on a refusal', async () => {
    capture(() => HttpResponse.json(chatCompletion(null, { refusal: "I'm sorry, I can't assist with that request." })));
    const drafter = createDrafter({ openai: openAiConfig() });
    const m = mention('@KestrelMobile something awful happened');
    const d = await drafter.draft({ mention: m, triage: triage(m), brand });
    expect(d.template).toBe(true);
    expect(d.notes).toContain('refusal');
    expect(d.lint.ok).toBe(true);
  });

  it('falls back to the template when the output was cut off', async () => {
    capture(() => HttpResponse.json(chatCompletion('{"reply":"@jane Sorry', { finishReason: 'length' })));
    const drafter = createDrafter({ openai: openAiConfig() });
    const m = mention('@KestrelMobile my bill is wrong');
    const d = await drafter.draft({ mention: m, triage: triage(m), brand });
    expect(d.template).toBe(true);
    expect(d.notes).toContain('truncated');
  });

  it('falls back to the template when the API times out', async () => {
    capture(async () => {
      await delay('infinite');
      return HttpResponse.json(chatCompletion(draftJson(GOOD)));
    });
    const drafter = createDrafter({ openai: openAiConfig({ timeoutMs: 50, maxRetries: 0 }) });
    const m = mention('@KestrelMobile no signal');
    const d = await drafter.draft({ mention: m, triage: triage(m), brand });
    expect(d.template).toBe(true);
    expect(d.notes).toMatch(/Transient.*timed out/i);
  });

  it('retries a 429 as configured, then falls back to the template', async () => {
    const bodies = capture(() => HttpResponse.json(RATE_LIMIT_BODY, { status: 429, headers: { 'retry-after-ms': '1', 'x-ratelimit-remaining-requests': '0' } }));
    const drafter = createDrafter({ openai: openAiConfig({ maxRetries: 2 }), fetch: bufferingFetch });
    const m = mention('@KestrelMobile no signal');
    const d = await drafter.draft({ mention: m, triage: triage(m), brand });
    expect(bodies).toHaveLength(3);
    expect(d.template).toBe(true);
    expect(d.notes).toContain('RateLimited');
  });

  it('recovers when a 429 is followed by a good answer', async () => {
    const bodies = capture((_b, n) =>
      n === 1 ? HttpResponse.json(RATE_LIMIT_BODY, { status: 429, headers: { 'retry-after-ms': '1' } }) : HttpResponse.json(chatCompletion(draftJson(GOOD))),
    );
    const drafter = createDrafter({ openai: openAiConfig({ maxRetries: 1 }), fetch: bufferingFetch });
    const m = mention('@KestrelMobile the app keeps crashing');
    const d = await drafter.draft({ mention: m, triage: triage(m), brand });
    expect(bodies).toHaveLength(2);
    expect(d.template).toBe(false);
    expect(d.text).toBe(GOOD);
  });

  it('falls back to the template on a server error and on bad credentials', async () => {
    capture((_b, n) =>
      n === 1
        ? HttpResponse.json({ error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null } }, { status: 500 })
        : HttpResponse.json({ error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } }, { status: 401 }),
    );
    const drafter = createDrafter({ openai: openAiConfig() });
    const m = mention('@KestrelMobile my bill is wrong');
    const first = await drafter.draft({ mention: m, triage: triage(m), brand });
    const second = await drafter.draft({ mention: m, triage: triage(m), brand });
    expect(first.template).toBe(true);
    expect(first.notes).toContain('Transient');
    expect(second.template).toBe(true);
    expect(second.notes).toContain('AuthFailed');
  });

  it('sends every call through the Bottleneck limiter', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    server.use(
      http.post(OPENAI_URL, async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await delay(5);
        inFlight--;
        return HttpResponse.json(chatCompletion(draftJson(GOOD)));
      }),
    );
    const limiter = new Bottleneck({ maxConcurrent: 1 });
    const schedule = vi.spyOn(limiter, 'schedule');
    const drafter = createDrafter({ openai: openAiConfig({ maxConcurrent: 4 }), limiter });
    const ms = [1, 2, 3, 4].map((i) => mention(`@KestrelMobile app crash number ${i}`));
    const drafts = await Promise.all(ms.map((m) => drafter.draft({ mention: m, triage: triage(m), brand })));
    expect(drafts.every((d) => !d.template)).toBe(true);
    expect(schedule).toHaveBeenCalledTimes(4);
    expect(maxInFlight).toBe(1);
    expect(limiter.counts().EXECUTING + limiter.counts().QUEUED).toBe(0);
  });
});

describe('Regenerate', () => {
  it('sends the earlier drafts and asks for a different one', async () => {
    const bodies = capture(() =>
      HttpResponse.json(chatCompletion(draftJson('@jane We hear you, crashes like that are maddening. Could you DM us your phone model so we can dig in? – Kestrel Care'))),
    );
    const drafter = createDrafter({ openai: openAiConfig() });
    const m = mention('@KestrelMobile the app keeps crashing');
    const d = await drafter.draft({ mention: m, triage: triage(m), brand, previous: [GOOD] });
    expect(d.template).toBe(false);
    expect(d.text).not.toBe(GOOD);
    const user = bodies[0]!.messages.find((x) => x.role === 'user')!.content;
    expect(user).toContain('previousDrafts');
    expect(user).toContain('Sorry the app keeps crashing');
    expect(bodies[0]!.messages[0]!.content).toMatch(/clearly different reply/);
    expect(bodies[0]!.temperature).toBeGreaterThan(0.5);
  });

  it('uses a different template when the model repeats an earlier draft', async () => {
    capture(() => HttpResponse.json(chatCompletion(draftJson(GOOD))));
    const drafter = createDrafter({ openai: openAiConfig() });
    const m = mention('@KestrelMobile the app keeps crashing');
    const d = await drafter.draft({ mention: m, triage: triage(m), brand, previous: [GOOD] });
    expect(d.template).toBe(true);
    expect(d.text).not.toBe(GOOD);
    expect(d.notes).toContain('repeated');
    // The call was paid for: its usage stays on the draft.
    expect(d.tokensIn).toBe(812);
  });

  it('offline: each regeneration differs from every earlier draft until the variants run out', async () => {
    const drafter = createDrafter({ openai: null });
    const m = mention('@KestrelMobile charged twice this month', { lang: 'en' });
    const t = triage(m, { categories: ['fraud_billing'] });
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const d = await drafter.draft({ mention: m, triage: t, brand, previous: [...seen] });
      expect(seen).not.toContain(d.text);
      expect(d.lint.ok).toBe(true);
      seen.push(d.text);
    }
    const fifth = await drafter.draft({ mention: m, triage: t, brand, previous: seen });
    expect(fifth.notes).toContain('every template variant was used');
  });
});
