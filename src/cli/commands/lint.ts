/** PLACEHOLDER: replaced by the issue that builds this command. */
export function lintCommand(_argv: string[]): Promise<number> {
  process.stderr.write('glasshouse: this command is not built yet\n');
  return Promise.resolve(1);
}
