/**
 * `npx tsx test/bench/triage-parts.ts FILE`: where `glasshouse triage --json` spends its
 * time, in-process (no start-up, no stream I/O), and a check that the fast paths give
 * byte-identical output to the straightforward ones on FILE: the hand-written validator
 * (isMention) against MentionSchema, the hand-written JSON against JSON.stringify.
 */
import { readFileSync } from 'node:fs';
import { isMention, MentionSchema, type Mention } from '../../src/core/mention.js';
import { createTriageEngine, triageOptionsFromBrand } from '../../src/triage/index.js';
import { triageResultJson } from '../../src/triage/result-json.js';
import { loadEngineConfig } from '../../src/config.js';

const file = process.argv[2];
if (!file) throw new Error('usage: triage-parts.ts FILE.jsonl');
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const engine = createTriageEngine(triageOptionsFromBrand(loadEngineConfig(undefined).brand));
const now = new Date('2026-11-21T00:00:00Z');

// 1. Equivalence (also warms up the JIT).
let mismatches = 0;
for (const line of lines) {
  const raw: unknown = JSON.parse(line);
  const z = MentionSchema.safeParse(raw);
  if (isMention(raw) && !z.success) throw new Error(`isMention accepts what zod rejects: ${line}`);
  if (!z.success) continue;
  for (const ctx of [{}, { now }]) {
    const a = JSON.stringify(engine.triage(z.data, ctx));
    const b = triageResultJson(engine.triage(raw as Mention, ctx));
    if (a !== b && mismatches++ < 3) console.error(`mismatch:\n${a}\n${b}`);
  }
}
console.log(`${lines.length} lines: ${mismatches === 0 ? 'fast paths byte-identical' : `${mismatches} MISMATCHES`}`);

// 2. Time per stage, µs per mention.
const time = (name: string, f: () => void) => {
  const t = process.hrtime.bigint();
  f();
  const us = Number(process.hrtime.bigint() - t) / 1e3 / lines.length;
  console.log(`${name.padEnd(28)} ${us.toFixed(2).padStart(6)} µs/mention`);
};
let parsed: unknown[] = [];
let results: ReturnType<typeof engine.triage>[] = [];
time('JSON.parse', () => (parsed = lines.map((l) => JSON.parse(l) as unknown)));
time('zod MentionSchema', () => parsed.forEach((p) => MentionSchema.parse(p)));
time('isMention', () => parsed.forEach((p) => isMention(p)));
time('engine.triage', () => (results = parsed.map((p) => engine.triage(p as Mention))));
time('JSON.stringify', () => results.forEach((r) => JSON.stringify(r)));
time('triageResultJson', () => results.forEach((r) => triageResultJson(r)));
process.exit(mismatches === 0 ? 0 : 1);
