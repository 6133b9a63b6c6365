/** Runs a command to completion, timing it and reading its peak memory (GNU time). */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';

export interface Measured {
  seconds: number;
  peakRssMb: number | null;
  exitCode: number | null;
}

const GNU_TIME = '/usr/bin/time';

/** stdout goes to `outFile` (a file or /dev/null), like a shell redirect. */
export async function measure(cmd: string, args: string[], outFile: string, rssFile: string): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const argv = useTime ? ['-f', '%M', '-o', rssFile, cmd, ...args] : args;
  const start = process.hrtime.bigint();
  const child = spawn(useTime ? GNU_TIME : cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.pipe(createWriteStream(outFile));
  const exitCode = await new Promise<number | null>((r) => child.on('close', r));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let peakRssMb: number | null = null;
  if (useTime) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    if (Number.isFinite(kb)) peakRssMb = kb / 1024;
  }
  return { seconds, peakRssMb, exitCode };
}
