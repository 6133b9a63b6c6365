/**
 * `npx tsx test/bench/io.ts FILE`: the CLI's JSONL reading (readJsonl: decode, split,
 * JSON.parse, isMention) and output buffering with no engine, CPU µs per line.
 */
import { isMention, MentionSchema } from '../../src/core/mention.js';
import { fastParser, openInput, OutputBuffer, readJsonl } from '../../src/cli/jsonl.js';
import { createWriteStream } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: io.ts FILE.jsonl');
const t = process.cpuUsage();
const input = openInput(file);
const out = new OutputBuffer(createWriteStream('/dev/null'));
const parse = fastParser(isMention, MentionSchema);
let n = 0;
for await (const batch of readJsonl(input.name, input.stream, parse)) {
  for (const { value } of batch) {
    n++;
    out.push(`{"id":"${value.id}","kind":"other","sentiment":"neutral","lang":"en","risk":12,"band":"low","categories":[],"escalate":false,"reasons":[{"factor":"negativity","weight":0.1,"evidence":"p(complaint) 0.31"},{"factor":"reach","weight":0.05,"evidence":"2.6k followers"}]}`);
  }
  await out.flush();
}
await out.flush(true);
const u = process.cpuUsage(t);
console.log(`io ${n} lines: ${((u.user + u.system) / n).toFixed(2)} CPU µs/line`);
