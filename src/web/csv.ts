/**
 * CSV (RFC 4180) with formula-injection protection: a cell that a spreadsheet would run
 * (starting with = + - @ tab or CR) is prefixed with a quote, because public text lands here.
 */
export type CsvValue = string | number | boolean | Date | null | undefined;

export function csvCell(v: CsvValue): string {
  let s = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
