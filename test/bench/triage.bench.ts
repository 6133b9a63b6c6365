/**
 * Throughput of `glasshouse triage --json` on 200k generated mentions against the
 * `sentiment` (AFINN) and `vader-sentiment` packages scoring the same file through the
 * same JSONL reader, each in its own process, one core. `glasshouse` is the installed
 * command (bin/glasshouse.js running the build that `npm ci` makes; the bench rebuilds
 * first); the TypeScript source through tsx is measured too. Wall time includes process
 * start-up, reported separately on an empty file. Peak RSS by GNU time; memory flatness
 * is checked by running the engine on 50k and 200k mentions.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { generateMentions } from './generate.js';
import { measure, type Measured } from './measure.js';

const N = Number(process.env.BENCH_MENTIONS ?? 200_000);
const SMALL = Math.round(N / 4);
const tmp = resolve(PROJECT_ROOT, 'test/.tmp/bench');
mkdirSync(tmp, { recursive: true });
const big = join(tmp, `mentions-${N}.jsonl`);
const small = join(tmp, `mentions-${SMALL}.jsonl`);
const empty = join(tmp, 'empty.jsonl');
if (!existsSync(big)) await generateMentions(big, N);
if (!existsSync(small)) await generateMentions(small, SMALL);
writeFileSync(empty, '');

const node = process.execPath;
const tsx = ['--import', 'tsx'];
const cli = resolve(PROJECT_ROOT, 'src/cli.ts');
const baseline = resolve(PROJECT_ROOT, 'test/bench/baselines/score-jsonl.ts');
const rss = join(tmp, 'rss.txt');
const bin = resolve(PROJECT_ROOT, 'bin/glasshouse.js');
// The baselines and the source path run through tsx; the installed command runs the build.
const run = (args: string[], viaTsx = true) => measure('taskset', ['-c', '0', node, ...(viaTsx ? tsx : []), ...args], '/dev/null', rss);
execFileSync('npm', ['run', '-s', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });

async function best(args: string[], times = 3, viaTsx = true): Promise<Measured> {
  let b: Measured | null = null;
  for (let i = 0; i < times; i++) {
    const m = await run(args, viaTsx);
    if (m.exitCode !== 0) throw new Error(`${args.join(' ')} exited with ${m.exitCode}`);
    if (!b || m.seconds < b.seconds) b = m;
  }
  return b!;
}

const startup = await best([bin, 'triage', '--json', empty], 3, false);
const ours = await best([bin, 'triage', '--json', big], 3, false);
const oursSmall = await best([bin, 'triage', '--json', small], 1, false);
const startupTsx = await best([cli, 'triage', '--json', empty]);
const oursTsx = await best([cli, 'triage', '--json', big], 2);
const afinn = await best([baseline, 'afinn', big]);
const vader = await best([baseline, 'vader', big], 1);

const rate = (m: Measured, n: number) => n / m.seconds;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const mb = (m: Measured) => (m.peakRssMb === null ? 'n/a' : `${m.peakRssMb.toFixed(0)} MB`);
console.log(`${N.toLocaleString('en-US')} mentions, one core (taskset -c 0), best of runs; start-up on an empty file: ${startup.seconds.toFixed(2)} s built, ${startupTsx.seconds.toFixed(2)} s through tsx`);
console.log('command                                      wall s   mentions/s (wall)  mentions/s (minus start-up)  peak RSS');
for (const [name, m, s0] of [
  ['glasshouse triage --json (installed, built)', ours, startup],
  ['glasshouse triage --json (source, tsx)', oursTsx, startupTsx],
  ['sentiment (AFINN), same reader', afinn, startupTsx],
  ['vader-sentiment, same reader', vader, startupTsx],
] as const) {
  const net = N / Math.max(1e-3, m.seconds - s0.seconds);
  console.log(`${name.padEnd(44)} ${m.seconds.toFixed(2).padStart(6)}   ${fmt(rate(m, N)).padStart(17)}  ${fmt(net).padStart(27)}  ${mb(m)}`);
}
console.log(`ratios (wall): triage/AFINN ${(afinn.seconds / ours.seconds).toFixed(2)}×, triage/VADER ${(vader.seconds / ours.seconds).toFixed(2)}×`);
console.log(`memory: triage peak RSS ${mb(oursSmall)} on ${SMALL.toLocaleString('en-US')} mentions vs ${mb(ours)} on ${N.toLocaleString('en-US')} (flat = streaming)`);
