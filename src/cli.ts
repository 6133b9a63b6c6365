#!/usr/bin/env node
/** `glasshouse <command>`: dispatches to src/cli/commands; errors become one line and an exit code. */
import { ConfigError, InputError } from './core/errors.js';
import { USAGE, UsageError } from './cli/usage.js';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  triage: async () => (await import('./cli/commands/triage.js')).triageCommand,
  run: async () => (await import('./cli/commands/run.js')).runCommand,
  migrate: async () => (await import('./cli/commands/migrate.js')).migrateCommand,
  doctor: async () => (await import('./cli/commands/doctor.js')).doctorCommand,
  lint: async () => (await import('./cli/commands/lint.js')).lintCommand,
  draft: async () => (await import('./cli/commands/draft.js')).draftCommand,
  alerts: async () => (await import('./cli/commands/alerts.js')).alertsCommand,
  web: async () => (await import('./cli/commands/web.js')).webCommand,
  'discord:register': async () => (await import('./cli/commands/discord-register.js')).discordRegisterCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`glasshouse: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await (await load())(rest);
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`glasshouse ${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`glasshouse ${name}: ${(e as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      process.stderr.write(`glasshouse ${name}: configuration problem:\n${e.message.split('\n').map((l) => `  - ${l}`).join('\n')}\n`);
      return 2;
    }
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`glasshouse ${name}: ${(e as Error).message}\n`);
      return 2;
    }
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    process.stderr.write(`glasshouse ${name}: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry || process.env.GLASSHOUSE_CLI === '1') {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`glasshouse: ${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
