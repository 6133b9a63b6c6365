/** Response-time and SLA compliance figures over a list of cases (pure). */
export interface FigureInput {
  postedAt: Date;
  dueAt: Date | null;
  firstResponseAt: Date | null;
}

export interface Figures {
  cases: number;
  answered: number;
  medianFirstResponseMs: number | null;
  p90FirstResponseMs: number | null;
  /** Cases whose due time has passed or that were answered: the ones SLA can be judged on. */
  judged: number;
  withinSla: number;
  breached: number;
  slaCompliance: number | null;
}

function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function computeFigures(rows: readonly FigureInput[], now: Date): Figures {
  const times = rows.filter((r) => r.firstResponseAt).map((r) => r.firstResponseAt!.getTime() - r.postedAt.getTime()).sort((a, b) => a - b);
  let judged = 0;
  let within = 0;
  for (const r of rows) {
    if (!r.dueAt) continue;
    const answeredInTime = r.firstResponseAt !== null && r.firstResponseAt.getTime() <= r.dueAt.getTime();
    if (r.firstResponseAt || now.getTime() >= r.dueAt.getTime()) {
      judged++;
      if (answeredInTime) within++;
    }
  }
  return {
    cases: rows.length,
    answered: times.length,
    medianFirstResponseMs: quantile(times, 0.5),
    p90FirstResponseMs: quantile(times, 0.9),
    judged,
    withinSla: within,
    breached: judged - within,
    slaCompliance: judged ? within / judged : null,
  };
}
