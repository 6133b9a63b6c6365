import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBluesky, checkMastodon, checkX, checkXSpend } from '../../adapters/shared/doctor-checks.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase, migrateDatabase } from '../../src/db/client.js';
import { recordApiUsage } from '../../src/db/repos/api-usage.js';
import { fixture } from './helpers.js';

const server = setupServer(
  http.get('https://social.example/api/v1/accounts/verify_credentials', () => HttpResponse.json(fixture('mastodon', 'verify-credentials.json'))),
  http.get('https://social.example/api/v2/instance', () => HttpResponse.json(fixture('mastodon', 'instance-v2.json'))),
  http.get('https://api.x.com/2/users/me', () => HttpResponse.json(fixture('x', 'error-401.json'), { status: 401 })),
);
const dataDir = resolve(import.meta.dirname, '../.tmp', `doctor-${process.pid}`);
beforeAll(() => {
  mkdirSync(dataDir, { recursive: true });
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const config = () =>
  loadConfig(
    {
      REPLAY_FILE: 'off',
      DATA_DIR: dataDir,
      X_API_KEY: 'k',
      X_API_SECRET: 's',
      X_ACCESS_TOKEN: 't',
      X_ACCESS_SECRET: 'a',
      MASTODON_URL: 'https://social.example',
      MASTODON_ACCESS_TOKEN: 'tok',
    },
    { dotenv: false },
  );

describe('doctor checks for the network adapters', () => {
  it('names the account when the credentials work', async () => {
    const r = await checkMastodon(config(), fetch);
    expect(r.status).toBe('ok');
    expect(r.detail).toContain('@acme on https://social.example (replies up to 1000 characters)');
  });

  it('says what to fix when credentials are refused', async () => {
    const r = await checkX(config(), fetch);
    expect(r.status).toBe('fail');
    expect(r.fix).toContain('X_API_KEY');
  });

  it('says what to set when an adapter is off', async () => {
    const r = await checkBluesky(config(), fetch);
    expect(r).toMatchObject({ status: 'off' });
    expect(r.detail).toContain('BLUESKY_APP_PASSWORD');
  });

  it("shows today's X spend against the budget", async () => {
    const c = config();
    const database = await openDatabase({ url: null, dataDir });
    await migrateDatabase(database);
    const day = new Date().toISOString().slice(0, 10);
    await recordApiUsage(database.db, { platform: 'x', day, endpoint: 'mentions', requests: 3, items: 120, usd: 0.12 });
    await recordApiUsage(database.db, { platform: 'x', day, endpoint: 'mentions', requests: 1, items: 5, usd: 0.005 });
    await database.close();
    const r = await checkXSpend(c, fetch);
    expect(r.status).toBe('ok');
    expect(r.detail).toMatch(/^\$0\.125 of \$5\.00 \(\d{4}-\d{2}-\d{2} UTC\): mentions \$0\.125$/);
  });
});
