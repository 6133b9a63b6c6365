/** bin/glasshouse.js runs the compiled CLI only when it is at least as new as the sources. */
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

function fakeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'gh-bin-'));
  for (const d of ['bin', 'dist/src', 'src', 'adapters']) mkdirSync(join(root, d), { recursive: true });
  copyFileSync(resolve(PROJECT_ROOT, 'bin/glasshouse.js'), join(root, 'bin/glasshouse.js'));
  symlinkSync(resolve(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{"type":"module"}');
  writeFileSync(join(root, 'src/cli.ts'), "const from: string = 'source';\nconsole.log(from);\n");
  writeFileSync(join(root, 'adapters/x.ts'), 'export {};\n');
  writeFileSync(join(root, 'dist/src/cli.js'), "console.log('build');\n");
  return root;
}
const run = (root: string) => execFileSync(process.execPath, [join(root, 'bin/glasshouse.js')], { encoding: 'utf8' }).trim();
const at = (path: string, secondsAgo: number) => utimesSync(path, new Date(Date.now() - secondsAgo * 1000), new Date(Date.now() - secondsAgo * 1000));

describe('bin/glasshouse.js', () => {
  it('runs the build when it is newer than every source, the TypeScript source when one is newer', () => {
    const root = fakeProject();
    at(join(root, 'src/cli.ts'), 60);
    at(join(root, 'adapters/x.ts'), 60);
    at(join(root, 'dist/src/cli.js'), 10);
    expect(run(root)).toBe('build');
    at(join(root, 'adapters/x.ts'), 1); // an edited adapter: the build is stale
    expect(run(root)).toBe('source');
  });

  it('runs the source when there is no build', () => {
    const root = fakeProject();
    execFileSync('rm', ['-r', join(root, 'dist')]);
    expect(run(root)).toBe('source');
  });
});
