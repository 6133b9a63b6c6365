/** `glasshouse triage [--json] [--now ISO] [--brand FILE] FILE|-` — the offline engine on JSONL. */
import { parseArgs } from 'node:util';
import { isMention, MentionSchema, type Mention } from '../../core/mention.js';
import type { TriageResult } from '../../core/triage.js';
import { loadEngineConfig } from '../../config.js';
import { createTriageEngine, triageOptionsFromBrand } from '../../triage/index.js';
import { triageResultJson } from '../../triage/result-json.js';
import { fastParser, OutputBuffer, readJsonl, readJsonlFile } from '../jsonl.js';
import { UsageError } from '../usage.js';

export async function triageCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, now: { type: 'string' }, brand: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new UsageError('triage: give a JSONL file of mentions, or - for stdin');
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new UsageError(`triage: --now expects an ISO date-time such as 2026-11-20T10:00:00Z (got ${JSON.stringify(values.now)})`);
  }
  const { brand } = loadEngineConfig(values.brand);
  const engine = createTriageEngine(triageOptionsFromBrand(brand));
  // Hand-written check first, zod only for lines it rejects (and their error message).
  const parse = fastParser(isMention, MentionSchema);
  // Files are read synchronously (faster than a stream for one big file); stdin as a stream.
  const lines = file === '-' ? readJsonl<Mention>('<stdin>', process.stdin, parse) : readJsonlFile<Mention>(file, parse);
  const out = new OutputBuffer();
  const ctx = now ? { now } : {};
  const table: TriageResult[] = [];
  for await (const batch of lines) {
    for (const { value } of batch) {
      const r = engine.triage(value, ctx);
      if (values.json) out.push(triageResultJson(r));
      else table.push(r);
    }
    await out.flush();
  }
  if (!values.json) {
    table.sort((a, b) => b.risk - a.risk);
    out.push(formatTriageTable(table));
  }
  await out.flush(true);
  return 0;
}

export function formatTriageTable(rows: TriageResult[]): string {
  const head = ['RISK', 'BAND', 'KIND', 'SENT', 'LANG', 'ESC', 'ID', 'CATEGORIES', 'TOP REASON'];
  const body = rows.map((r) => [
    String(r.risk),
    r.band,
    r.kind,
    r.sentiment.slice(0, 3),
    r.lang,
    r.escalate ? 'yes' : '',
    r.id,
    r.categories.join(',') || '-',
    r.reasons[0] ? `${r.reasons[0].factor} ${r.reasons[0].evidence}`.slice(0, 60) : '',
  ]);
  const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...body.map((row) => row[i]!.length))));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.slice(0, widths[i]).padEnd(widths[i]!))).join('  ');
  return [fmt(head), ...body.map(fmt)].join('\n');
}
