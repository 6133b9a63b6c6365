/**
 * TRIAGE_LLM=true: the bot's triage stage asks the classifier (OpenAI over msw, the real
 * SDK), caches the verdict in llm_cache, says so in the reasons, and falls back to the
 * offline engine when the API fails.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { describeDb } from '../helpers/db.js';
import { buildTestApp } from '../helpers/pipeline.js';
import { ReplayAdapter } from '../../adapters/replay/index.js';
import { triageNewCases } from '../../src/pipeline/triage-stage.js';
import { ingestAll } from '../../src/pipeline/ingest.js';
import { llmCache, triageResults } from '../../src/db/schema/index.js';
import type { Database } from '../../src/db/client.js';

const BASE = 'http://llm.test/v1';
const ENV = { OPENAI_API_KEY: 'sk-test-key-000000', OPENAI_BASE_URL: BASE, TRIAGE_LLM: 'true', OPENAI_MAX_RETRIES: '0' };

let mode: 'ok' | 'down' = 'ok';
let calls = 0;
const server = setupServer(
  http.post(`${BASE}/chat/completions`, async ({ request }) => {
    const body = (await request.json()) as { response_format?: { json_schema?: { name?: string } } };
    if (body.response_format?.json_schema?.name !== 'triage') return HttpResponse.json({ error: { message: 'unexpected' } }, { status: 400 });
    calls++;
    if (mode === 'down') return HttpResponse.json({ error: { message: 'The server had an error', type: 'server_error' } }, { status: 500 });
    const verdict = { kind: 'complaint', sentiment: 'negative', categories: ['safety'], severity: 0.95, rationale: 'mentions a fire' };
    return HttpResponse.json({
      id: 'chatcmpl-abc123',
      object: 'chat.completion',
      created: 1763630000,
      model: 'gpt-4o-mini-2024-07-18',
      choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(verdict), refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 },
    });
  }),
);

describeDb('LLM triage in the pipeline', (backend) => {
  let database: Database;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(async () => {
    server.resetHandlers();
    await database.close();
  });
  afterAll(() => server.close());

  async function triageFeed(): Promise<Array<typeof triageResults.$inferSelect>> {
    database = await backend.open();
    const adapter = new ReplayAdapter({ file: 'test/fixtures/feeds/small.jsonl', batch: 100 });
    const app = await buildTestApp(database, { env: ENV, adapters: new Map([['replay', adapter]]) });
    await ingestAll(app.ctx);
    expect(await triageNewCases(app.ctx)).toBe(4);
    await app.close();
    return database.db.select().from(triageResults);
  }

  it('refines with the classifier, caches each verdict, and records the engine', async () => {
    mode = 'ok';
    calls = 0;
    const rows = await triageFeed();
    expect(calls).toBe(4);
    for (const r of rows) {
      expect(r.engine).toBe('llm:gpt-4o-mini');
      expect(r.result.reasons.some((x) => x.factor === 'llm')).toBe(true);
      expect(r.result.categories).toContain('safety');
    }
    expect(await database.db.select().from(llmCache)).toHaveLength(4);
  });

  it('falls back to the offline engine and says why when the API fails', async () => {
    mode = 'down';
    const rows = await triageFeed();
    for (const r of rows) {
      expect(r.engine).toBe('offline');
      const fb = r.result.reasons.find((x) => x.factor === 'llm_fallback');
      expect(fb?.evidence).toMatch(/LLM classifier failed \(http: HTTP 500\); offline result/);
    }
  });
});
