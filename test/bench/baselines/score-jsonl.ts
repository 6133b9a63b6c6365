/**
 * Baseline scorer for the benchmark: streams the same JSONL file as `glasshouse triage
 * --json` and writes one JSON line per mention with the baseline's score, so the
 * comparison includes the same reading, parsing and writing work.
 *   tsx test/bench/baselines/score-jsonl.ts afinn|vader FILE
 */
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { openInput, OutputBuffer, readJsonl } from '../../../src/cli/jsonl.js';

const [which, file] = process.argv.slice(2);
if (!file || (which !== 'afinn' && which !== 'vader')) {
  process.stderr.write('usage: score-jsonl.ts afinn|vader FILE\n');
  process.exit(2);
}
const afinn = new Sentiment();
const score = which === 'afinn' ? (t: string) => afinn.analyze(t).score : (t: string) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
const input = openInput(file);
const out = new OutputBuffer();
for await (const batch of readJsonl(input.name, input.stream, (raw) => raw as { id: string; text: string })) {
  for (const { value } of batch) out.push(JSON.stringify({ id: value.id, score: score(value.text) }));
  await out.flush();
}
await out.flush(true);
