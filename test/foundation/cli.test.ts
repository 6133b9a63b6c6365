import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('glasshouse CLI', () => {
  it('prints usage and exits 2 for an unknown command', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    expect(r.stderr).toContain('triage [--json]');
  });

  it('refuses to start on a wrong setting with one line naming it, no stack trace', async () => {
    const r = await runCli(['run', '--once'], { env: { POLL_INTERVAL_SECONDS: '-3' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/configuration problem:\n {2}- POLL_INTERVAL_SECONDS: .*>=1.* \(got "-3"\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names an unknown option', async () => {
    const r = await runCli(['run', '--onse']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--onse'");
  });

  it('migrate then doctor on the embedded database: config and database ok, the rest off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gh-doctor-'));
    const m = await runCli(['migrate'], { env: { DATA_DIR: dir } });
    expect(m.code, m.stderr).toBe(0);
    expect(m.stderr).toContain('migrations applied');
    const d = await runCli(['doctor'], { env: { DATA_DIR: dir } });
    expect(d.code, d.stdout + d.stderr).toBe(0);
    expect(d.stdout).toMatch(/✓ config: valid \(brand "Kestrel Mobile"/);
    expect(d.stdout).toMatch(/✓ database \(PGlite\): reachable, migrations applied, 0 case\(s\)/);
    expect(d.stdout).toMatch(/– discord: DISCORD_TOKEN unset: console review mode/);
    expect(d.stdout).toMatch(/– openai: OPENAI_API_KEY unset/);
  });

  it('doctor says what to fix when the database is unreachable', async () => {
    const d = await runCli(['doctor'], { env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } });
    expect(d.code).toBe(1);
    expect(d.stdout).toMatch(/✗ database \(PostgreSQL\): .*\n {4}fix: check DATABASE_URL/);
    expect(d.stdout).not.toContain('nobody@');
  });
});
