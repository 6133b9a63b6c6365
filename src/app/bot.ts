/** The bot loop: run every stage in order; `--once` repeats until nothing is left to drain. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import type { Stage } from './stage.js';

export interface CycleReport {
  work: Record<string, number>;
  drained: number;
  errors: number;
}

export class Bot {
  constructor(
    private readonly stages: Stage[],
    private readonly logger: Logger,
    private readonly afterCycle: (report: CycleReport) => Promise<void>,
  ) {}

  async cycle(): Promise<CycleReport> {
    const report: CycleReport = { work: {}, drained: 0, errors: 0 };
    for (const stage of this.stages) {
      try {
        const n = await stage.run();
        report.work[stage.name] = n;
        if (stage.drains) report.drained += n;
      } catch (e) {
        // Logged once here, where the decision is made: skip this stage this cycle.
        report.errors++;
        this.logger.error({ err: e, stage: stage.name }, `stage ${stage.name} failed; will retry next cycle`);
      }
    }
    await this.afterCycle(report);
    return report;
  }

  /** Drains what is available and returns; `maxCycles` guards against a stage that never settles. */
  async runOnce(maxCycles = 1000): Promise<{ cycles: number; errors: number }> {
    let errors = 0;
    for (let i = 1; i <= maxCycles; i++) {
      const r = await this.cycle();
      errors += r.errors;
      if (r.drained === 0) return { cycles: i, errors };
    }
    return { cycles: maxCycles, errors };
  }

  async runForever(intervalMs: number, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const r = await this.cycle();
      if (r.drained > 0) continue;
      try {
        await sleep(intervalMs, undefined, { signal });
      } catch {
        return;
      }
    }
  }
}
