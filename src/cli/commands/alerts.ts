/** `glasshouse alerts --json [--brand FILE] FILE|-` — replays events through the alert engine with a virtual clock. */
import { parseArgs } from 'node:util';
import { loadEngineConfig } from '../../config.js';
import { InputError } from '../../core/errors.js';
import { createAlertEngine } from '../../alerts/settings.js';
import { AlertEventSchema, applyEvent, toAlertLine, type AlertEvent } from '../../alerts/replay.js';
import { openInput, OutputBuffer, readJsonl, zodParser } from '../jsonl.js';
import { UsageError } from '../usage.js';

export async function alertsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, brand: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new UsageError('alerts: give a JSONL file of events, or - for stdin');
  if (!values.json) throw new UsageError('alerts: only --json output exists (one alert per line)');
  const { brand } = loadEngineConfig(values.brand);
  const engine = createAlertEngine(brand);
  const input = openInput(file);
  const out = new OutputBuffer();
  let last = -Infinity;
  for await (const batch of readJsonl<AlertEvent>(input.name, input.stream, zodParser(AlertEventSchema))) {
    for (const { line, value } of batch) {
      const t = new Date(value.at).getTime();
      // The virtual clock only moves forward: unsorted input is a bad line, named.
      if (t < last) throw new InputError(input.name, line, `at: events must be sorted by time (${value.at} is before the previous line)`);
      last = t;
      for (const a of applyEvent(engine, value)) out.push(JSON.stringify(toAlertLine(a, engine)));
    }
    await out.flush();
  }
  await out.flush(true);
  return 0;
}
