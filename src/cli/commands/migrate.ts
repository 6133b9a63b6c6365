/** `glasshouse migrate`: applies the committed migrations to DATABASE_URL or the embedded PGlite. */
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { openDatabase, migrateDatabase } from '../../db/client.js';

export async function migrateCommand(_argv: string[]): Promise<number> {
  const config = loadConfig();
  const logger = createLogger({ level: config.log.level, format: config.log.format });
  const database = await openDatabase({ url: config.db.url, dataDir: config.db.dataDir });
  try {
    await migrateDatabase(database);
    logger.info({ backend: database.kind }, 'migrations applied');
    return 0;
  } finally {
    await database.close();
  }
}
