/** A command was called wrongly: print the message and the usage, exit 2. */
export class UsageError extends Error {}

export const USAGE = `glasshouse <command> [options]

The bot:
  run [--once] [--dry-run]     ingest, triage, draft and review; --once drains what is available and exits
  migrate                      apply database migrations
  doctor                       check config, database and every configured service
  discord:register             register the slash commands with Discord

The engine on JSONL (no network, database or key):
  triage [--json] [--now ISO] [--brand FILE] FILE|-
  lint --json [--brand FILE] FILE|-
  draft --json [--brand FILE] FILE|-
  alerts --json [--brand FILE] FILE|-
  web [--port N]               serve the escalation log`;
