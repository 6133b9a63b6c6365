import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { describeDb } from './helpers/db.js';
import { migrateDatabase, rowsOf, type Database } from '../src/db/client.js';

describeDb('migrations', (backend) => {
  let database: Database;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it('creates every table of the design', async () => {
    const rows = await database.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = rowsOf<{ table_name: string }>(rows).map((r) => r.table_name);
    for (const t of ['mentions', 'metric_snapshots', 'triage_results', 'cases', 'drafts', 'audit_log', 'outbox', 'alerts', 'incidents', 'adapter_cursors']) {
      expect(names).toContain(t);
    }
  });

  it('is idempotent: applying twice changes nothing', async () => {
    await migrateDatabase(database);
    const rows = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    const n = rowsOf<{ n: number }>(rows)[0]!;
    expect(n.n).toBe(1);
  });
});
