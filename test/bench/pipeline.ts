/**
 * `npx tsx test/bench/pipeline.ts FILE [ROUNDS]`: the `glasshouse triage --json` loop
 * in-process (JSON.parse, isMention, engine.triage, triageResultJson), without start-up
 * or stream I/O; best and median of ROUNDS passes, CPU µs per mention. Steadier than the
 * whole-process bench on a busy machine, for A/B comparisons of engine changes.
 */
import { readFileSync } from 'node:fs';
import { isMention } from '../../src/core/mention.js';
import { createTriageEngine, triageOptionsFromBrand } from '../../src/triage/index.js';
import { triageResultJson } from '../../src/triage/result-json.js';
import { loadEngineConfig } from '../../src/config.js';

const file = process.argv[2];
if (!file) throw new Error('usage: pipeline.ts FILE.jsonl [ROUNDS]');
const rounds = Number(process.argv[3] ?? 5);
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const engine = createTriageEngine(triageOptionsFromBrand(loadEngineConfig(undefined).brand));
const times: number[] = [];
let bytes = 0;
for (let r = 0; r < rounds; r++) {
  // CPU time, not wall time: on a shared, loaded machine wall time counts other processes.
  const t = process.cpuUsage();
  let out = '';
  for (const line of lines) {
    const raw: unknown = JSON.parse(line);
    if (!isMention(raw)) throw new Error(`not a mention: ${line}`);
    out += triageResultJson(engine.triage(raw, {})) + '\n';
    if (out.length > 65536) {
      bytes += out.length;
      out = '';
    }
  }
  bytes += out.length;
  const u = process.cpuUsage(t);
  times.push((u.user + u.system) / lines.length);
}
times.sort((a, b) => a - b);
console.log(`pipeline ${lines.length} lines: best ${times[0]!.toFixed(2)} µs/mention, median ${times[Math.floor(times.length / 2)]!.toFixed(2)} (${rounds} rounds; ${bytes} chars)`);
