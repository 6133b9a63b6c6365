import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, DEMO_BRAND_FILE } from '../../src/config.js';
import { ConfigError } from '../../src/core/errors.js';

const load = (env: Record<string, string>, cwd = mkdtempSync(join(tmpdir(), 'gh-cfg-'))) => loadConfig(env, { cwd });

function problem(env: Record<string, string>, cwd?: string): string {
  try {
    load(env, cwd);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('runs on embedded defaults with nothing set: optional subsystems are null', () => {
    const c = load({});
    expect(c.db.url).toBeNull();
    expect(c.replay?.file).toMatch(/adapters\/replay\/demo-feed\.jsonl$/);
    expect(c.x).toBeNull();
    expect(c.mastodon).toBeNull();
    expect(c.bluesky).toBeNull();
    expect(c.openai).toBeNull();
    expect(c.discord).toBeNull();
    expect(c.brand.name).toBe('Kestrel Mobile');
    expect(c.web.port).toBe(8787);
  });

  it('names the setting and what is expected for a wrong value', () => {
    expect(problem({ WEB_PORT: 'eighty' })).toMatch(/^WEB_PORT: .*number.* \(got "eighty"\)$/m);
    expect(problem({ DATABASE_URL: 'not a url' })).toMatch(/^DATABASE_URL: /m);
    expect(problem({ MASTODON_VISIBILITY: 'everyone' })).toMatch(/^MASTODON_VISIBILITY: .*"public"/m);
  });

  it('never echoes a secret value in the error', () => {
    const msg = problem({ WEB_TOKEN: 'short-secret' });
    expect(msg).toMatch(/^WEB_TOKEN: must be at least 16 characters$/m);
    expect(msg).not.toContain('short-secret');
  });

  it('reports every missing partner of a partially configured subsystem', () => {
    const msg = problem({ X_API_KEY: 'k', X_ACCESS_TOKEN: 't', BLUESKY_HANDLE: 'brand.bsky.social' });
    expect(msg).toContain('X_API_SECRET, X_ACCESS_SECRET: required for posting and mentions on X (user context) because X_API_KEY, X_ACCESS_TOKEN are set');
    expect(msg).toContain('BLUESKY_APP_PASSWORD: required for Bluesky because BLUESKY_HANDLE is set');
  });

  it('turns a subsystem on when its credentials are complete', () => {
    const c = load({ MASTODON_URL: 'https://social.example', MASTODON_ACCESS_TOKEN: 'tok', MASTODON_HASHTAGS: 'kestrel, kestrelmobile' });
    expect(c.mastodon).toEqual({ url: 'https://social.example', accessToken: 'tok', hashtags: ['kestrel', 'kestrelmobile'], visibility: 'public' });
  });

  it('treats empty variables (a copied .env.example) as unset', () => {
    const c = load({ OPENAI_API_KEY: '', DATABASE_URL: '' });
    expect(c.openai).toBeNull();
    expect(c.db.url).toBeNull();
  });

  it('reads .env from the working directory; real environment wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gh-cfg-'));
    writeFileSync(join(dir, '.env'), 'POLL_INTERVAL_SECONDS=5\nWEB_PORT=9000\n');
    const c = load({ WEB_PORT: '9100' }, dir);
    expect(c.pollIntervalMs).toBe(5000);
    expect(c.web.port).toBe(9100);
  });

  it('explains a missing or invalid brand config file', () => {
    expect(problem({ BRAND_CONFIG: '/nonexistent/brand.json' })).toBe('BRAND_CONFIG: cannot read brand config /nonexistent/brand.json: file not found');
    const dir = mkdtempSync(join(tmpdir(), 'gh-cfg-'));
    writeFileSync(join(dir, 'brand.json'), JSON.stringify({ name: 'B', policies: { fourEyesBand: 'extreme' }, thresholds: { viral: { watch: 'many' } } }));
    const msg = problem({ BRAND_CONFIG: 'brand.json' }, dir);
    expect(msg).toMatch(/brand config .*brand\.json: policies\.fourEyesBand: .*"high"/);
    expect(msg).toMatch(/thresholds\.viral\.watch: .*number/);
  });

  it('fills brand defaults from a minimal file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gh-cfg-'));
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ name: 'Minimal' }));
    const c = load({ BRAND_CONFIG: 'b.json' }, dir);
    expect(c.brand.policies.mayOffer.refund).toBe(false);
    expect(c.brand.thresholds.viral.viral).toBe(1000);
    expect(c.brand.policies.responseMinutes.critical).toBe(15);
    expect(DEMO_BRAND_FILE).toMatch(/brands\/demo\.json$/);
  });
});
