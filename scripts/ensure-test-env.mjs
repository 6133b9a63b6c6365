#!/usr/bin/env node
// Installs test-env/ (the local atproto network for the Bluesky integration test) when it
// is missing or stale. Test-only: a user who only runs the bot never downloads it.
// SKIP_TEST_ENV=1 skips it (the Bluesky network test then says it is skipped).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-env');
if (process.env.SKIP_TEST_ENV === '1') {
  console.log('test-env: skipped (SKIP_TEST_ENV=1)');
  process.exit(0);
}
const marker = join(dir, 'node_modules', '.package-lock.json');
const lock = join(dir, 'package-lock.json');
const fresh = existsSync(marker) && readFileSync(marker, 'utf8').includes('"@atproto/dev-env"') && existsSync(join(dir, 'node_modules', '@atproto', 'dev-env'));
if (fresh && existsSync(lock)) process.exit(0);
console.log('test-env: installing the local atproto network for the Bluesky test (first time only, a few minutes)...');
try {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
} catch {
  console.log('test-env: install failed; the Bluesky network test will be skipped');
}
