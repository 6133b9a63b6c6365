#!/usr/bin/env node
// Installed entry point: runs the compiled CLI (dist/, built by `npm ci` through the
// `prepare` script, and in the Docker image) when it is at least as new as the sources,
// otherwise the TypeScript source through tsx. The compiled CLI starts in about 0.2 s
// instead of 0.5 s, which matters to tools that call `glasshouse lint` or `triage` often;
// an edited source tree is never shadowed by a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist/src/cli.js');
process.env.GLASSHOUSE_CLI = '1';

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  let t = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') t = Math.max(t, newest(p));
    } else if (/\.(ts|json)$/.test(e.name)) {
      t = Math.max(t, statSync(p).mtimeMs);
    }
  }
  return t;
}

function buildIsCurrent() {
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  return ['src', 'adapters'].every((d) => newest(join(root, d)) <= builtAt);
}

if (buildIsCurrent()) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src/cli.ts')).href);
}
