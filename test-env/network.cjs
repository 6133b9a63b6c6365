#!/usr/bin/env node
// Starts a local atproto network (PLC, PDS, AppView on PostgreSQL), seeds a brand
// account with an app password and a customer who mentions it, prints the settings
// for `glasshouse run`, and keeps running until Ctrl-C (then drops its schemas).
//   node test-env/network.cjs [postgres-url]
// Test-only: lives in test-env so users who only run the bot never install dev-env.
'use strict';
const { mkdirSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { randomBytes } = require('node:crypto');

const pgUrl = process.argv[2] || process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const schema = 'gh_net_' + [...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
const tmp = join(__dirname, '..', 'test', '.tmp', schema);
mkdirSync(tmp, { recursive: true });
process.env.TMPDIR = tmp;
process.env.REDIS_HOST = process.env.REDIS_HOST || '127.0.0.1:6379';

const { TestNetwork } = require('@atproto/dev-env');
const { AtpAgent, RichText } = require('@atproto/api');

async function main() {
  const network = await TestNetwork.create({ dbPostgresUrl: pgUrl, dbPostgresSchema: schema });
  const sc = network.getSeedClient();
  const brand = await sc.createAccount('brand', { handle: 'brandcare.test', email: 'care@brandcare.test', password: 'brand-main-password' });
  await sc.createAccount('customer', { handle: 'customer.test', email: 'c@customer.test', password: 'customer-password' });
  const brandAgent = new AtpAgent({ service: network.pds.url });
  await brandAgent.login({ identifier: brand.handle, password: 'brand-main-password' });
  const appPassword = (await brandAgent.com.atproto.server.createAppPassword({ name: 'glasshouse' })).data.password;
  const customer = new AtpAgent({ service: network.pds.url });
  await customer.login({ identifier: 'customer.test', password: 'customer-password' });
  for (const text of ['@brandcare.test my kettle caught fire this morning, this is dangerous', '@brandcare.test thanks for the quick refund!']) {
    const rt = new RichText({ text });
    await rt.detectFacets(customer);
    await customer.post({ text: rt.text, facets: rt.facets, langs: ['en'], createdAt: new Date().toISOString() });
  }
  await network.processAll();
  process.stdout.write(`BLUESKY_SERVICE=${network.pds.url}\nBLUESKY_HANDLE=${brand.handle}\nBLUESKY_APP_PASSWORD=${appPassword}\n`);
  process.stderr.write('network up; Ctrl-C stops it\n');

  const stop = async () => {
    await network.close();
    const { default: postgres } = await import(require.resolve('postgres', { paths: [join(__dirname, '..')] }));
    const sql = postgres(pgUrl, { max: 1, onnotice: () => {} });
    await sql.unsafe(`DROP SCHEMA IF EXISTS appview_${schema} CASCADE`);
    await sql.unsafe(`DROP SCHEMA IF EXISTS ozone_${schema} CASCADE`);
    await sql.end();
    rmSync(tmp, { recursive: true, force: true });
    process.exit(0);
  };
  // The AppView indexes in the background; keep it caught up for a bot polling it.
  const timer = setInterval(() => void network.processAll().catch(() => undefined), 1000);
  const onSignal = () => {
    clearInterval(timer);
    void stop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

main().catch((e) => {
  process.stderr.write(`network failed: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
