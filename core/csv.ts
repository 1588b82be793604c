/**
 * CSV as spreadsheets read it (RFC 4180: comma-separated, CRLF, quotes doubled), and safe to open:
 * a cell that starts like a formula is prefixed with a quote so a spreadsheet shows it as text
 * instead of running it (CSV/formula injection). Used by the Worker's export and the web app's
 * link batches.
 */

/** A cell value; null and undefined become an empty cell. */
export type CsvCell = string | number | null | undefined;

/** Characters that make a spreadsheet treat a cell as a formula (tab and CR as well, per OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted when needed. Numbers are written as they are. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A whole CSV document with a header row. It starts with a byte-order mark so spreadsheet programs
 * read accented names (Zorggroep Ménage) as UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
