/** `glasshouse run [--once] [--dry-run] [--replay-now]`: the bot. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';

export async function runCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      once: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      // The demo (`npm start`): the replay feed's posts are dated as if they arrived just now.
      'replay-now': { type: 'boolean', default: false },
    },
  });
  const loaded = loadConfig();
  const config = values['replay-now'] && loaded.replay ? { ...loaded, replay: { ...loaded.replay, shiftToNow: true } } : loaded;
  const logger = createLogger({ level: config.log.level, format: config.log.format });
  // Loaded after the config is validated: a settings mistake is reported before anything heavy loads.
  const { createApp, logSubsystems } = await import('../../app/create-app.js');
  logSubsystems(config, logger);
  const app = await createApp(config, { logger, dryRun: values['dry-run'] });
  try {
    if (values.once) {
      const { cycles, errors } = await app.bot.runOnce();
      logger.info({ cycles, errors }, 'drained: nothing left to do (--once)');
      return 0;
    }
    const stop = new AbortController();
    const onSignal = (sig: string) => {
      logger.info(`${sig}: finishing the current step, then stopping`);
      stop.abort();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    logger.info({ pollSeconds: config.pollIntervalMs / 1000 }, 'running; Ctrl-C stops');
    await app.bot.runForever(config.pollIntervalMs, stop.signal);
    return 0;
  } finally {
    await app.close();
  }
}
