/** One step of the bot's cycle. Each reads its input from the database and writes its output there. */
export interface Stage {
  readonly name: string;
  /** Does what is available now; returns how many items it handled. */
  run(): Promise<number>;
  /** True when this stage's work counts toward "drained" for `run --once` (metric re-polls do not). */
  readonly drains: boolean;
}
