/**
 * `glasshouse lint --json [--brand FILE] FILE|-`: the reply lint on JSONL.
 * Input  {"id","platform","text","mention":{Mention}} (optional "lang": the customer's language)
 * Output {"id","ok","findings":[{"rule","severity","start","end","message"}]}, one line per input line.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { MentionSchema } from '../../core/mention.js';
import { loadEngineConfig } from '../../config.js';
import { lintReply } from '../../drafting/index.js';
import { openInput, OutputBuffer, readJsonl, zodParser } from '../jsonl.js';
import { UsageError } from '../usage.js';

export const LintLineSchema = z.object({
  id: z.string().min(1),
  platform: z.string().min(1),
  text: z.string(),
  mention: MentionSchema,
  /** The customer's language when the caller knows it better than the post's tag. */
  lang: z.string().min(2).max(8).nullish(),
});
export type LintLine = z.infer<typeof LintLineSchema>;

export async function lintCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, brand: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new UsageError('lint: give a JSONL file of {"id","platform","text","mention"} lines, or - for stdin');
  const { brand } = loadEngineConfig(values.brand);
  const input = openInput(file);
  const out = new OutputBuffer();
  for await (const batch of readJsonl<LintLine>(input.name, input.stream, zodParser(LintLineSchema))) {
    for (const { value } of batch) {
      const r = lintReply({ text: value.text, platform: value.platform, mention: value.mention, brand, customerLang: value.lang ?? undefined });
      if (values.json) {
        out.push(JSON.stringify({ id: value.id, ok: r.ok, findings: r.findings }));
      } else {
        out.push(`${r.ok ? 'ok     ' : 'BLOCKED'} ${value.id}`);
        for (const f of r.findings) out.push(`  ${f.severity.padEnd(5)} ${f.rule.padEnd(13)} [${f.start},${f.end}) ${f.message}`);
      }
    }
    await out.flush();
  }
  await out.flush(true);
  return 0;
}
