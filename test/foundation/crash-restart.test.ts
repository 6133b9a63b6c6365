/**
 * Kill -9 the real bot process while it works, start it again, and check that nothing
 * was lost or ingested twice and no case is left half-way.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { describeDb } from '../helpers/db.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { cases, mentions, drafts } from '../../src/db/schema/index.js';

const FEED = 'adapters/replay/demo-feed.jsonl';
const feedIds = readFileSync(FEED, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);

function runBot(env: Record<string, string>, args: string[], killAfterLines = 0): Promise<{ code: number | null; signal: string | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'run', ...args], {
      env: { ...process.env, LOG_LEVEL: 'info', LOG_FORMAT: 'json', POLL_INTERVAL_SECONDS: '1', REPLAY_BATCH: '4', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    let seen = 0;
    child.stderr.on('data', (d: Buffer) => {
      log += d.toString();
      seen += (d.toString().match(/ingested mentions/g) ?? []).length;
      if (killAfterLines && seen >= killAfterLines && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, log }));
  });
}

describeDb('kill -9 mid-run, then restart', (backend) => {
  let env: Record<string, string>;
  let close: () => Promise<void>;
  let inspect: Database;
  beforeAll(async () => {
    if (backend.name === 'postgres') {
      const db = await backend.open();
      env = { DATABASE_URL: db.url! };
      close = () => db.close();
      inspect = db;
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'gh-crash-'));
      env = { DATA_DIR: dir };
      close = () => Promise.resolve();
      inspect = undefined as unknown as Database;
    }
  });
  afterAll(async () => {
    await close();
  });

  it('loses and duplicates nothing', { timeout: 120_000 }, async () => {
    const killed = await runBot(env, [], 3);
    expect(killed.signal).toBe('SIGKILL');

    const resumed = await runBot(env, ['--once']);
    expect(resumed.code, resumed.log).toBe(0);

    const db = backend.name === 'postgres' ? inspect : await openDatabase({ url: null, dataDir: env.DATA_DIR! });
    try {
      const stored = (await db.db.select({ id: mentions.id }).from(mentions)).map((r) => r.id).sort();
      expect(stored).toEqual([...feedIds].sort());
      const [c] = await db.db.select({ n: count() }).from(cases);
      expect(Number(c?.n)).toBe(feedIds.length);
      const all = await db.db.select().from(cases);
      for (const row of all) expect(['ignored', 'in_review', 'escalated']).toContain(row.state);
      // One draft per case that went to review: a draft lost in the crash is redone, never doubled.
      const d = await db.db.select({ caseId: drafts.caseId }).from(drafts);
      expect(new Set(d.map((x) => x.caseId)).size).toBe(d.length);
    } finally {
      if (backend.name !== 'postgres') await db.close();
    }
  });
});
