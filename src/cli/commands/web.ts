/** `glasshouse web [--port N]`: serves the escalation log alone (the bot serves it too). */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { openDatabase, migrateDatabase } from '../../db/client.js';
import { systemClock } from '../../core/clock.js';
import { startWebServer } from '../../web/server.js';
import { UsageError } from '../usage.js';

export async function webCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' } } });
  const config = loadConfig();
  let port = config.web.port;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`web: --port expects 0–65535 (got ${JSON.stringify(values.port)})`);
  }
  const logger = createLogger({ level: config.log.level, format: config.log.format });
  const database = await openDatabase({ url: config.db.url, dataDir: config.db.dataDir });
  await migrateDatabase(database);
  const web = await startWebServer({ db: database.db, clock: systemClock, logger, token: config.web.token, port });
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await web.close();
  await database.close();
  return 0;
}
