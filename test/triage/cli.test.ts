import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

const dir = mkdtempSync(join(tmpdir(), 'gh-triage-cli-'));

function run(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const child = spawn('npx', ['tsx', resolve(PROJECT_ROOT, 'src/cli.ts'), 'triage', ...args], { cwd: PROJECT_ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => res({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const full = {
  id: 'x:1790000000000000001',
  platform: 'x',
  url: 'https://x.com/jane/status/1790000000000000001',
  text: '@KestrelMobile my phone caught fire while charging!',
  createdAt: '2026-11-20T10:00:00Z',
  lang: 'en',
  author: { id: '123', handle: 'jane', name: 'Jane', followers: 48_000, verified: false },
  metrics: { likes: 3, reposts: 1, replies: 0, quotes: 0, views: 420 },
  inReplyToId: null,
  conversationId: 'x:1790000000000000001',
  gold: { ignored: true },
};
const minimal = { id: 'mastodon:2', platform: 'mastodon', text: 'Το internet δεν λειτουργεί πάλι @kestrel', author: { handle: 'nik' } };
const empty = { id: 'bluesky:3', platform: 'bluesky', text: '', author: { handle: 'e' } };
const long = { id: 'x:4', platform: 'x', text: '@KestrelMobile ' + 'my order never arrived and nobody answers. '.repeat(2500), author: { handle: 'l', followers: 10 } };
const KEYS = ['id', 'kind', 'sentiment', 'lang', 'risk', 'band', 'categories', 'escalate', 'reasons'];

describe('glasshouse triage --json', () => {
  it('scores every line, including empty, very long and minimal mentions, one JSON object per line', async () => {
    const file = join(dir, 'ok.jsonl');
    writeFileSync(file, [full, minimal, empty, long].map((m) => JSON.stringify(m)).join('\n') + '\n\n');
    const r = await run(['--json', file]);
    // npx may print its own configuration warnings; the command itself prints nothing.
    expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'))).toEqual([]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['x:1790000000000000001', 'mastodon:2', 'bluesky:3', 'x:4']);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(KEYS);
      expect(l.risk).toBeGreaterThanOrEqual(0);
      expect(l.risk).toBeLessThanOrEqual(100);
    }
    expect(lines[0]).toMatchObject({ kind: 'complaint', lang: 'en', categories: ['safety'], escalate: true });
    expect(lines[1]).toMatchObject({ lang: 'el', kind: 'complaint' });
    expect(lines[2]).toMatchObject({ lang: 'und', kind: 'other' });
    expect(lines[3]).toMatchObject({ kind: 'complaint' });
  });

  it('reads stdin with -', async () => {
    const r = await run(['--json', '-'], JSON.stringify(full) + '\n');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }).id).toBe(full.id);
  });

  it('exits 2 naming the file and line of a malformed line', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, JSON.stringify(full) + '\n' + '{"id": "x:2", "text": \n');
    const r = await run(['--json', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:2: not valid JSON`);
  });

  it('exits 2 naming the line and field of an invalid mention', async () => {
    const file = join(dir, 'invalid.jsonl');
    writeFileSync(file, JSON.stringify(full) + '\n' + JSON.stringify(minimal) + '\n' + JSON.stringify({ id: 'x:9', platform: 'x', text: 'hi', author: {} }) + '\n');
    const r = await run(['--json', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: author\\.handle`));
  });
});
