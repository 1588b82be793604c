/**
 * The smallest Office Open XML files a mail merge needs, written and read in the browser on fflate
 * (zip): a one-sheet .xlsx (the data source: one row per person), a .docx whose «Naam» and «Link»
 * are real MERGEFIELDs (the main document), and reading the first sheet of an .xlsx someone drops
 * in. Loaded only when the organiser asks for one of these files, so no other page carries it.
 *
 * Cells are inline strings: a spreadsheet never runs them as formulas, and no shared-string table
 * is needed.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { escapeMarkup } from '../../../../../core/markup';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const contentTypes = (overrides: Record<string, string>) =>
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${Object.entries(
    overrides,
  )
    .map(([part, type]) => `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`)
    .join('')}</Types>`;

const relationships = (targets: readonly (readonly [type: string, target: string])[]) =>
  `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}">${targets
    .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${OFFICE_RELS}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;

const zip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)])), { level: 6 });

/** The column letters of a zero-based column index: A … Z, AA … */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A workbook of one sheet: a bold header row kept in view, then the rows, every cell as text. */
export function xlsxFile(sheetName: string, header: readonly string[], rows: readonly (readonly string[])[]): Uint8Array<ArrayBuffer> {
  const row = (cells: readonly string[], r: number) =>
    `<row r="${r}">${cells
      .map(
        (cell, c) =>
          `<c r="${columnName(c)}${r}" t="inlineStr"${r === 1 ? ' s="1"' : ''}><is><t xml:space="preserve">${escapeMarkup(cell)}</t></is></c>`,
      )
      .join('')}</row>`;
  const sheet = `${XML_HEAD}<worksheet xmlns="${SHEET_NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols><col min="1" max="${Math.max(1, header.length)}" width="34" customWidth="1"/></cols><sheetData>${[header, ...rows].map((cells, i) => row(cells, i + 1)).join('')}</sheetData></worksheet>`;
  const styles = `${XML_HEAD}<styleSheet xmlns="${SHEET_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;
  return zip({
    '[Content_Types].xml': contentTypes({
      '/xl/workbook.xml': 'spreadsheetml.sheet.main+xml',
      '/xl/worksheets/sheet1.xml': 'spreadsheetml.worksheet+xml',
      '/xl/styles.xml': 'spreadsheetml.styles+xml',
    }),
    '_rels/.rels': relationships([['officeDocument', 'xl/workbook.xml']]),
    'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${SHEET_NS}" xmlns:r="${OFFICE_RELS}"><sheets><sheet name="${escapeMarkup(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': relationships([
      ['worksheet', 'worksheets/sheet1.xml'],
      ['styles', 'styles.xml'],
    ]),
    'xl/worksheets/sheet1.xml': sheet,
    'xl/styles.xml': styles,
  });
}

/**
 * A Word document of plain paragraphs in which every «Column» is a MERGEFIELD of that column: open
 * it in Word, choose the mail-merge file as the list of recipients, and each person's row fills it.
 */
export function docxFile(paragraphs: readonly string[]): Uint8Array<ArrayBuffer> {
  const run = (text: string) => (text ? `<w:r><w:t xml:space="preserve">${escapeMarkup(text)}</w:t></w:r>` : '');
  const paragraph = (text: string) =>
    `<w:p>${text
      .split(/(«[^«»]+»)/)
      .map((part) => {
        const field = /^«([^«»]+)»$/.exec(part)?.[1];
        return field ? `<w:fldSimple w:instr=" MERGEFIELD ${escapeMarkup(field)} ">${run(part)}</w:fldSimple>` : run(part);
      })
      .join('')}</w:p>`;
  const body = paragraphs.flatMap((p) => p.split('\n')).map(paragraph);
  return zip({
    '[Content_Types].xml': contentTypes({ '/word/document.xml': 'wordprocessingml.document.main+xml' }),
    '_rels/.rels': relationships([['officeDocument', 'word/document.xml']]),
    'word/document.xml': `${XML_HEAD}<w:document xmlns:w="${WORD_NS}"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`,
  });
}

function unescapeMarkup(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity.toLowerCase()] ?? '';
  });
}

/** All the text of the `<t>` elements in a piece of XML (a shared string, an inline string). */
const textOf = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeMarkup(m[1]!)).join('');

const columnIndex = (reference: string) =>
  [...(/^[A-Z]+/.exec(reference)?.[0] ?? '')].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;

/**
 * The cells of the first sheet of a workbook, as text, row by row (empty rows left out). Throws
 * when the bytes are not a workbook.
 */
export function readXlsx(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes, { filter: (file) => file.name.startsWith('xl/') });
  const workbook = files['xl/workbook.xml'];
  if (!workbook) throw new Error('not a workbook: xl/workbook.xml is missing');
  const firstSheetRel = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(strFromU8(workbook))?.[1];
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels'] ?? new Uint8Array());
  const target = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((r) => r.includes(`Id="${firstSheetRel}"`))
    ?.match(/Target="([^"]+)"/)?.[1];
  const sheetPath = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : 'xl/worksheets/sheet1.xml';
  const sheet = files[sheetPath];
  if (!sheet) throw new Error(`not a workbook: ${sheetPath} is missing`);
  const shared = [...strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    textOf(m[1]!),
  );
  const rows: string[][] = [];
  for (const [, content] of strFromU8(sheet).matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: string[] = [];
    let position = 0;
    for (const [, attributes, inner = ''] of content!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /\bt="([^"]+)"/.exec(attributes!)?.[1];
      const value = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const text = type === 's' ? (shared[Number(value)] ?? '') : type === 'inlineStr' ? textOf(inner) : unescapeMarkup(value ?? '');
      // A cell names its column (r="C4"); one that does not follows the one before it.
      const reference = /\br="([^"]+)"/.exec(attributes!)?.[1];
      position = reference ? columnIndex(reference) : position;
      cells[position++] = text;
    }
    const filled = Array.from(cells, (cell) => cell ?? '');
    if (filled.some((cell) => cell.trim() !== '')) rows.push(filled);
  }
  return rows;
}
