/** Classification metrics for the eval (plain counting, no library). */

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function prf<T>(pred: readonly T[], gold: readonly T[], cls: T): PRF {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < pred.length; i++) {
    if (pred[i] === cls && gold[i] === cls) tp++;
    else if (pred[i] === cls) fp++;
    else if (gold[i] === cls) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

/** Macro F1 over the classes present in the gold labels. */
export function macroF1<T>(pred: readonly T[], gold: readonly T[]): number {
  const classes = [...new Set(gold)];
  return classes.reduce((a, c) => a + prf(pred, gold, c).f1, 0) / (classes.length || 1);
}

export function accuracy<T>(pred: readonly T[], gold: readonly T[]): number {
  let ok = 0;
  for (let i = 0; i < pred.length; i++) if (pred[i] === gold[i]) ok++;
  return pred.length === 0 ? 0 : ok / pred.length;
}

export const f3 = (x: number) => x.toFixed(3);
export const fmtPRF = (m: PRF) => `P ${f3(m.precision)}  R ${f3(m.recall)}  F1 ${f3(m.f1)}  (n=${m.support})`;
