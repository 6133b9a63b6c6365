/**
 * `npm run eval:lint [-- --split NAME] [--verbose]`: measures the reply lint on the
 * labelled tables in test/fixtures/lint, one JSONL file per split, written in this order:
 *   tune, tune2           the cue lists were written against these
 *   holdout               held out; one fix (Hungarian verb forms) after its first run
 *   final, final2, final3, final4
 *                         each written fresh and run once untouched (first-run figures are in
 *                         docs/drafting.md), then the misses were studied and the lint improved:
 *                         their figures below are therefore no longer held-out figures
 *   gen, gen2, gen3       generalisation checks for the composed phrase grammar (src/drafting/lint/grammar,
 *                         ids "g-", "g2-", "g3-"): each written fresh, run once untouched (first-run
 *                         figures in docs/drafting.md), then studied: no longer held out either
 *   dev5                  development table for issue #10 (ids "d5-"): 326 replies, 17 good + 19-21 bad per
 *                         language, Hindi in both scripts (36 each), weighted to sarcasm, sales pitches, wrong
 *                         language and unseen promise paraphrases, with hard near-misses among the good ones
 *                         (sincere thanks, "glad to hear", a plan or price the customer asked about, a date the
 *                         customer gave, own-domain links, English product names in other languages). Written
 *                         before the rules were studied; first run recall 0.647, false blocks 0.007, right rule
 *                         0.642; the context rules (src/drafting/lint/context.ts) were then written against it,
 *                         so it is a development table, not a held-out one
 *   dev6                  a small fresh check (57 replies, ids "d6-", new wordings) written after the context
 *                         rules; first run recall 0.711, false blocks 0, right rule 0.711 (misses: mock
 *                         admiration with a wink); then admiration and winks were added: no longer held out
 *   dev7                  development table for the tone round (ids "d7-"): 288 replies, 36 per language (Hindi
 *                         18 + 18 in both scripts): 12 bad tone, 6 bad promise, 4 bad sarcasm and 14 good with
 *                         hard near-misses (sincere "we understand your frustration", "as mentioned on our status
 *                         page" when asked, a policy explained politely, "we can't offer a refund here, but DM us").
 *                         Written before the rules were studied; first run recall 0.403, false blocks 0.036, right
 *                         rule 0.398; the stance classes (src/drafting/lint/grammar/stance.ts) were then written
 *                         against it, so it is a development table, not a held-out one
 *   dev8                  a small fresh check (64 replies, ids "d8-", 8 per language, new wordings) written after
 *                         the stance classes; first run recall 0.475, false blocks 0, right rule 0.475 (the lint
 *                         before this round: 0.225 / 0 / 0.200); its misses were then studied: no longer held out
 *   blind, blind2, blind3 held out and never opened here: not in the default run (`--split blind` by its owner)
 * Per language:
 *  - blocking recall: replies with a blocking problem that the lint blocks
 *  - false blocks: good replies that the lint blocks
 *  - right rule: bad replies whose blocking findings include an expected rule
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadEngineConfig, PROJECT_ROOT } from '../../src/config.js';
import { LINT_RULES, lintReply } from '../../src/drafting/index.js';

const CaseSchema = z.object({
  id: z.string(),
  lang: z.string(),
  platform: z.string(),
  post: z.string(),
  reply: z.string(),
  expect: z.array(z.enum(LINT_RULES)),
});
type Case = z.infer<typeof CaseSchema>;

function load(split: string): Array<Case & { split: string }> {
  const file = resolve(PROJECT_ROOT, 'test/fixtures/lint', `${split}.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = CaseSchema.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`${file}:${i + 1}: ${r.error.issues[0]?.message}`);
      return { ...r.data, split };
    });
}

const { values } = parseArgs({ options: { split: { type: 'string', default: 'all' }, verbose: { type: 'boolean', default: false } } });
const splits = values.split === 'all' ? ['tune', 'tune2', 'holdout', 'final', 'final2', 'final3', 'final4', 'gen', 'gen2', 'gen3', 'dev5', 'dev6', 'dev7', 'dev8'] : [values.split];
const { brand } = loadEngineConfig();

interface Tally {
  n: number;
  bad: number;
  blockedBad: number;
  good: number;
  blockedGood: number;
  rightRule: number;
}
const empty = (): Tally => ({ n: 0, bad: 0, blockedBad: 0, good: 0, blockedGood: 0, rightRule: 0 });

/** Romanised Hindi is reported on its own row as well: it is the harder half. */
function group(c: Case): string[] {
  if (c.lang !== 'hi') return [c.lang];
  return ['hi', /[\u0900-\u097f]/.test(c.post) ? 'hi (Devanagari)' : 'hi (Latin)'];
}

const bySplit = new Map<string, Map<string, Tally>>();
const misses: string[] = [];
for (const split of splits) {
  const tallies = new Map<string, Tally>();
  bySplit.set(split, tallies);
  for (const c of load(split)) {
    const handle = /^@([\w.]+)/.exec(c.reply)?.[1] ?? 'customer';
    const mention = { id: `${c.platform}:${c.id}`, platform: c.platform, text: c.post, author: { handle } };
    const r = lintReply({ text: c.reply, platform: c.platform, mention, brand });
    const blocking = r.findings.filter((f) => f.severity === 'block');
    for (const key of [...group(c), 'all']) {
      const t = tallies.get(key) ?? empty();
      tallies.set(key, t);
      t.n++;
      if (c.expect.length) {
        t.bad++;
        if (!r.ok) t.blockedBad++;
        if (blocking.some((f) => c.expect.includes(f.rule))) t.rightRule++;
      } else {
        t.good++;
        if (!r.ok) t.blockedGood++;
      }
    }
    const wrong = c.expect.length ? !blocking.some((f) => c.expect.includes(f.rule)) : !r.ok;
    if (wrong) misses.push(`${split} ${c.id} expected [${c.expect.join(',') || 'ok'}] got [${blocking.map((f) => `${f.rule}:"${c.reply.slice(f.start, f.end)}"`).join(', ') || 'ok'}]`);
  }
}

const pct = (a: number, b: number) => (b === 0 ? '   -  ' : (a / b).toFixed(3).padStart(6));
const order = ['en', 'el', 'hi', 'hi (Devanagari)', 'hi (Latin)', 'hu', 'es', 'de', 'fr', 'pt', 'all'];
for (const [split, tallies] of bySplit) {
  console.log(`\nsplit: ${split}   (targets: recall >= 0.95, false blocks <= 0.05, right rule >= 0.85)`);
  console.log('lang              cases  bad  good  recall  false-blocks  right-rule');
  for (const lang of order) {
    const t = tallies.get(lang);
    if (!t) continue;
    console.log(
      `${lang.padEnd(16)} ${String(t.n).padStart(6)} ${String(t.bad).padStart(4)} ${String(t.good).padStart(5)}  ${pct(t.blockedBad, t.bad)}  ${pct(t.blockedGood, t.good).padStart(12)}  ${pct(t.rightRule, t.bad).padStart(10)}`,
    );
  }
}
if (values.verbose && misses.length) console.log('\nmisses:\n' + misses.join('\n'));
