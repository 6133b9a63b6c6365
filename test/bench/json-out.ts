/** `npx tsx test/bench/json-out.ts FILE`: CPU µs per result of triageResultJson (best of rounds). */
import { readFileSync } from 'node:fs';
import type { Mention } from '../../src/core/mention.js';
import { createTriageEngine, triageOptionsFromBrand } from '../../src/triage/index.js';
import { triageResultJson } from '../../src/triage/result-json.js';
import { loadEngineConfig } from '../../src/config.js';

const file = process.argv[2];
if (!file) throw new Error('usage: json-out.ts FILE.jsonl');
const ms = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Mention);
const engine = createTriageEngine(triageOptionsFromBrand(loadEngineConfig(undefined).brand));
const results = ms.map((m) => engine.triage(m));
let best = Infinity;
let n = 0;
for (let r = 0; r < 7; r++) {
  const t = process.cpuUsage();
  for (const x of results) n += triageResultJson(x).length;
  const u = process.cpuUsage(t);
  best = Math.min(best, (u.user + u.system) / results.length);
}
console.log(`triageResultJson best ${best.toFixed(2)} µs/result (${n} chars)`);
