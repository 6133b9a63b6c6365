/** `glasshouse doctor`: checks config, database and each configured service, and says what to fix. */
import { loadConfig } from '../../config.js';
import { ConfigError } from '../../core/errors.js';
import { CORE_CHECKS, type CheckResult } from '../../doctor/checks.js';
import { CHANNEL_CHECKS } from '../../../adapters/doctor.js';

const MARK: Record<CheckResult['status'], string> = { ok: '✓', off: '–', warn: '!', fail: '✗' };

export async function doctorCommand(_argv: string[]): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stdout.write(`✗ config: ${e.message.split('\n').join('\n    ')}\n`);
    return 1;
  }
  process.stdout.write(`✓ config: valid (brand "${config.brand.name}" from ${config.brandFile})\n`);
  let failed = 0;
  for (const check of [...CORE_CHECKS, ...CHANNEL_CHECKS]) {
    const r = await check(config, fetch);
    if (r.status === 'fail') failed++;
    process.stdout.write(`${MARK[r.status]} ${r.name}: ${r.detail}${r.fix ? `\n    fix: ${r.fix}` : ''}\n`);
  }
  process.stdout.write(failed ? `\n${failed} problem(s) to fix.\n` : '\nAll configured services look fine.\n');
  return failed ? 1 : 0;
}
