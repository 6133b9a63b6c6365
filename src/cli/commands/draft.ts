/**
 * `glasshouse draft --json [--brand FILE] FILE|-`: a draft reply per mention, on JSONL.
 * Input Mention lines; output {"id","lang","text","promptId","promptVersion","model",
 * "template","lint":{"ok","findings"}} in input order. Offline templates unless
 * OPENAI_API_KEY is set (then the OpenAI path, falling back to templates on failure).
 */
import { parseArgs } from 'node:util';
import { MentionSchema, type Mention } from '../../core/mention.js';
import { ConfigError } from '../../core/errors.js';
import { loadConfig, loadEngineConfig, type Config } from '../../config.js';
import { createDrafter, type Draft } from '../../drafting/index.js';
import { createTriageEngine, triageOptionsFromBrand } from '../../triage/index.js';
import { openInput, OutputBuffer, readJsonl, zodParser } from '../jsonl.js';
import { UsageError } from '../usage.js';

/** The OpenAI settings when a key is set; a config problem elsewhere must not stop offline drafting. */
function openAiSettings(): Config['openai'] {
  try {
    return loadConfig().openai;
  } catch (e) {
    if (e instanceof ConfigError) return null;
    throw e;
  }
}

export function draftLine(id: string, d: Draft): string {
  return JSON.stringify({
    id,
    lang: d.lang,
    text: d.text,
    promptId: d.promptId,
    promptVersion: d.promptVersion,
    model: d.model,
    template: d.template,
    lint: { ok: d.lint.ok, findings: d.lint.findings },
  });
}

export async function draftCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, brand: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new UsageError('draft: give a JSONL file of mentions, or - for stdin');
  const { brand } = loadEngineConfig(values.brand);
  const engine = createTriageEngine(triageOptionsFromBrand(brand));
  const drafter = createDrafter({ openai: openAiSettings() });
  const input = openInput(file);
  const out = new OutputBuffer();
  for await (const batch of readJsonl<Mention>(input.name, input.stream, zodParser(MentionSchema))) {
    // A batch is drafted concurrently (the drafter's limiter bounds API calls) and printed in order.
    const drafts = await Promise.all(batch.map(({ value }) => drafter.draft({ mention: value, triage: engine.triage(value), brand })));
    drafts.forEach((d, i) => {
      const id = batch[i]!.value.id;
      if (values.json) out.push(draftLine(id, d));
      else out.push(`${id}  [${d.lang}${d.template ? ', template' : ''}${d.lint.ok ? '' : ', BLOCKED'}]\n  ${d.text}`);
    });
    await out.flush();
  }
  await out.flush(true);
  return 0;
}
