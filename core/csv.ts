/**
 * CSV as spreadsheets read it (RFC 4180: CRLF, quotes doubled; comma-separated, or semicolons with
 * decimal commas for a spreadsheet set to Dutch), and safe to open: a cell that starts like a
 * formula is prefixed with a quote so a spreadsheet shows it as text instead of running it
 * (CSV/formula injection). Used by the Worker's figures export and the web app's link batches.
 */

/** A cell value; null and undefined become an empty cell. */
export type CsvCell = string | number | null | undefined;

/** Characters that make a spreadsheet treat a cell as a formula (tab and CR as well, per OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * How cells are separated and decimals written: `,` and `.` (the default, as English spreadsheets
 * read CSV), or `;` and `,` for a spreadsheet set to Dutch, which reads a comma as a decimal.
 */
export interface CsvDialect {
  readonly separator: ',' | ';';
  readonly decimal: '.' | ',';
}
export const ENGLISH_CSV: CsvDialect = { separator: ',', decimal: '.' };
export const DUTCH_CSV: CsvDialect = { separator: ';', decimal: ',' };

/** One cell, neutralised and quoted when needed. Numbers are written as they are, with the dialect's decimal. */
export function csvCell(value: CsvCell, dialect: CsvDialect = ENGLISH_CSV): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', dialect.decimal) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  const special = dialect.separator === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A whole CSV document with a header row. It starts with a byte-order mark so spreadsheet programs
 * read accented names (Zorggroep Ménage) as UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], dialect: CsvDialect = ENGLISH_CSV): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map((cell) => csvCell(cell, dialect)).join(dialect.separator)).join('\r\n')}\r\n`;
}

/** The separator a CSV or pasted table most likely uses: the most frequent of tab, `;` and `,` in its first line. */
export function guessSeparator(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = ['\t', ';', ','].map((separator) => [separator, firstLine.split(separator).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/**
 * Reads CSV (or a table pasted from a spreadsheet) into rows of cells: quoted cells, doubled
 * quotes, CRLF or LF line ends, a byte-order mark; the separator is guessed unless given.
 */
export function parseCsv(text: string, separator = guessSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || (ch === '\r' && body[i + 1] === '\n')) {
      if (ch === '\r') i++;
      endRow();
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
