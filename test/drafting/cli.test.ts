import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { brand } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'gh-cli-drafting-'));
// No key and no .env: the engine commands must work offline.
const env = { OPENAI_API_KEY: '' };
const root = process.cwd();

function file(name: string, lines: unknown[], extra = ''): string {
  const p = join(tmp, name);
  writeFileSync(p, lines.map((l) => JSON.stringify(l)).join('\n') + '\n' + extra);
  return p;
}

const m = (id: string, text: string, handle = 'jane', platform = 'x') => ({ id, platform, text, author: { handle } });

describe('glasshouse lint --json', () => {
  const lines = [
    { id: 'r1', platform: 'x', text: '@jane Sorry about that! Please send us a DM with the details. – Kestrel Care', mention: m('x:1', '@KestrelMobile my bill is wrong') },
    { id: 'r2', platform: 'x', text: '@jane We will refund you today. More at https://bit.ly/abc – Kestrel Care', mention: m('x:2', '@KestrelMobile refund me') },
    { id: 'r3', platform: 'mastodon', text: '@anna Sajnáljuk, kérjük, írjon nekünk privát üzenetet. – Kestrel Care', mention: m('mastodon:3', '@kestrel nem működik a netem', 'anna', 'mastodon') },
  ];

  it('prints one line per input line, in order, in the contract format', async () => {
    const r = await runCli(['lint', '--json', file('lint.jsonl', lines)], { env, cwd: root });
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; ok: boolean; findings: Array<Record<string, unknown>> });
    expect(out.map((o) => o.id)).toEqual(['r1', 'r2', 'r3']);
    for (const o of out) expect(Object.keys(o)).toEqual(['id', 'ok', 'findings']);
    expect(out[0]!.ok).toBe(true);
    expect(out[2]!.ok).toBe(true);
    expect(out[1]!.ok).toBe(false);
    const rules = out[1]!.findings.map((f) => f.rule);
    expect(rules).toContain('promise');
    expect(rules).toContain('link');
    for (const f of out[1]!.findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'start', 'end', 'message']);
    const link = out[1]!.findings.find((f) => f.rule === 'link')!;
    expect(lines[1]!.text.slice(link.start as number, link.end as number)).toBe('https://bit.ly/abc');
  });

  it('reads stdin with -', async () => {
    const r = await runCli(['lint', '--json', '-'], { env, cwd: root, input: JSON.stringify(lines[1]) + '\n' });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { ok: boolean }).ok).toBe(false);
  });

  it('takes the policy and allowlist from --brand', async () => {
    const generous = { ...brand, domains: [...brand.domains, 'bit.ly'], policies: { ...brand.policies, mayOffer: { ...brand.policies.mayOffer, refund: true } } };
    const brandFile = join(tmp, 'generous.json');
    writeFileSync(brandFile, JSON.stringify(generous));
    const r = await runCli(['lint', '--json', '--brand', brandFile, file('one.jsonl', [lines[1]])], { env, cwd: root });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: 'r2', ok: true, findings: [] });
  });

  it('a malformed line is a file:line error with exit 2 and no stack trace', async () => {
    const p = file('bad.jsonl', [lines[0]], '{"id": "r9", "platform": "x"\n');
    const r = await runCli(['lint', '--json', p], { env, cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${p}:2`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a line without a mention is an error naming the field', async () => {
    const p = file('nomention.jsonl', [{ id: 'r1', platform: 'x', text: 'hi' }]);
    const r = await runCli(['lint', '--json', p], { env, cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${p}:1: mention`);
  });
});

describe('glasshouse draft --json', () => {
  const mentions = [
    m('x:10', '@KestrelMobile my charger caught fire last night, I am scared'),
    { ...m('x:11', '@KestrelMobile ¿por qué no tengo internet desde ayer?'), lang: 'es' },
    m('x:12', '@KestrelMobile मेरा बिल गलत है, दो बार पैसे कटे'),
    m('bluesky:13', '@kestrelmobile.bsky.social mera network kal se band hai', 'ravi.bsky.social', 'bluesky'),
  ];

  it('drafts offline templates in the contract format, in order, passing the lint', async () => {
    const r = await runCli(['draft', '--json', file('mentions.jsonl', mentions)], { env, cwd: root });
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown> & { lint: { ok: boolean; findings: unknown[] } });
    expect(out.map((o) => o.id)).toEqual(mentions.map((x) => x.id));
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['id', 'lang', 'text', 'promptId', 'promptVersion', 'model', 'template', 'lint']);
      expect(o.template).toBe(true);
      expect(o.model).toBe('template');
      expect(o.lint.ok).toBe(true);
      expect(String(o.text).endsWith(brand.voice.signOff)).toBe(true);
    }
    expect(out.map((o) => o.lang)).toEqual(['en', 'es', 'hi', 'hi']);
    expect(String(out[2]!.text)).toMatch(/[\u0900-\u097f]/);
    expect(String(out[3]!.text)).not.toMatch(/[\u0900-\u097f]/);
    expect(String(out[3]!.text)).toContain('help.kestrel.example/contact');
  });

  it('a malformed line is a file:line error with exit 2', async () => {
    const p = file('badm.jsonl', [mentions[0]], 'not json at all\n');
    const r = await runCli(['draft', '--json', p], { env, cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${p}:2`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
