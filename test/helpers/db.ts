/**
 * Every database test runs on PGlite and, when TEST_POSTGRES_URL points at a server,
 * on real PostgreSQL too (each test file gets its own throwaway database there).
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { describe } from 'vitest';
import { openDatabase, migrateDatabase, type Database } from '../../src/db/client.js';

export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? '';

let warned = false;
function warnOnce(): void {
  if (warned || TEST_POSTGRES_URL) return;
  warned = true;
  console.info('[db tests] real PostgreSQL runs skipped: set TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres to enable them');
}

export interface Backend {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated database. Call `close()` (or use `withDb`) when done. */
  open(): Promise<Database & { url: string | null }>;
}

async function freshPostgres(): Promise<Database & { url: string | null }> {
  const admin = postgres(TEST_POSTGRES_URL, { max: 1, onnotice: () => {} });
  const name = `gh_test_${randomBytes(5).toString('hex')}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(TEST_POSTGRES_URL);
  u.pathname = `/${name}`;
  const url = u.toString();
  const database = await openDatabase({ url, max: 5 });
  await migrateDatabase(database);
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      const a = postgres(TEST_POSTGRES_URL, { max: 1, onnotice: () => {} });
      await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export const BACKENDS: Backend[] = [
  {
    name: 'pglite',
    open: async () => {
      const database = await openDatabase({ url: null, dataDir: 'memory://' });
      await migrateDatabase(database);
      return { ...database, url: null };
    },
  },
  { name: 'postgres', open: freshPostgres },
];

/** describe.each over the backends; the postgres one is skipped (with one line) when no server is configured. */
export function describeDb(title: string, fn: (backend: Backend) => void): void {
  warnOnce();
  for (const backend of BACKENDS) {
    const d = backend.name === 'postgres' && !TEST_POSTGRES_URL ? describe.skip : describe;
    d(`${title} [${backend.name}]`, () => fn(backend));
  }
}

/** Creates a fresh database for a postgres-only test (two workers, crash tests). */
export const openFreshPostgres = freshPostgres;
