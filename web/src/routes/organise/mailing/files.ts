/**
 * The mail merge's files, made in the browser: the list with a link per person as .xlsx or as CSV
 * (`;` and a byte-order mark, so Dutch Excel opens it in columns), and the letters as .docx with
 * real merge fields. The OOXML writer (and fflate) loads only when such a file is asked for.
 */
import { DUTCH_CSV, toCsv } from '../../../../../core/csv';
import { saveFile, today } from '../../../lib/download';
import type { Language } from '../../../lib/i18n';

export type TableFormat = 'xlsx' | 'csv';

/** The mail-merge file's column names, which are also the letters' merge fields. */
export const mergeColumns = (language: Language) =>
  language === 'nl'
    ? ({ name: 'Naam', email: 'E-mailadres', link: 'Link' } as const)
    : ({ name: 'Name', email: 'Email', link: 'Link' } as const);

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file name without spaces or accents: `samenwaarde-<what>-<partner>-<day>`. */
export function fileBase(what: string, partner: string): string {
  const safe =
    partner
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'partner';
  return `samenwaarde-${what}-${safe}-${today()}`;
}

/** Saves a table as .xlsx or as CSV for Dutch Excel. */
export async function saveTable(format: TableFormat, base: string, header: readonly string[], rows: readonly (readonly string[])[]) {
  if (format === 'csv') return saveFile(`${base}.csv`, toCsv(header, rows, DUTCH_CSV), 'text/csv;charset=utf-8');
  const { xlsxFile } = await import('./ooxml');
  saveFile(`${base}.xlsx`, new Blob([xlsxFile('Links', header, rows)], { type: XLSX_TYPE }), XLSX_TYPE);
}

/** Saves a letter as a Word document whose «Column» markers are merge fields. */
export async function saveLetter(base: string, letter: string) {
  const { docxFile } = await import('./ooxml');
  saveFile(`${base}.docx`, new Blob([docxFile(letter.split('\n\n'))], { type: DOCX_TYPE }), DOCX_TYPE);
}

/** The rows of a dropped or chosen file: an .xlsx's first sheet, or the text of anything else. */
export async function readListFile(file: File): Promise<{ rows: string[][] } | { text: string }> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readXlsx } = await import('./ooxml');
    return { rows: readXlsx(new Uint8Array(await file.arrayBuffer())) };
  }
  return { text: await file.text() };
}
