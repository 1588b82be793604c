/**
 * A list of people for a mail merge, read in the browser from what an organiser has: a table pasted
 * from Excel, a CSV file, the first sheet of an .xlsx, or addresses copied from Outlook
 * ("Jan Jansen <jan@voorbeeld.nl>; …"). Nothing of it is sent to the server.
 */
import { parseCsv } from '../../../../../core/csv';
import type { Language } from '../../../../../core/instrument/types';
import { EMAIL_PATTERN } from '../../../../../core/schemas/mail';

export interface Person {
  readonly name: string;
  readonly email: string;
  /** The language to write to this person in, when the list has a column for it. */
  readonly language?: Language;
}

/** A line that gave no one to invite, and why (line numbers count from 1, as the organiser sees them). */
export interface ListProblem {
  readonly line: number;
  readonly reason: 'no_address' | 'duplicate';
}

export interface PeopleList {
  readonly people: readonly Person[];
  readonly problems: readonly ListProblem[];
}

/** One entry of Outlook's address line: `Name <address>` or `"Last, First" <address>`. */
const OUTLOOK_ENTRY = /\s*(?:"([^"]*)"|([^"<>;,]*?))\s*<([^<>\s]+@[^<>\s]+)>\s*/g;

/** Whether a cell holds one e-mail address (and nothing else). */
export const isEmail = (cell: string) => EMAIL_PATTERN.test(cell.trim());

/** A cell that names a language the platform writes in ("nl", "Engels", "English"…). */
const LANGUAGE_CELLS: Readonly<Record<string, Language>> = {
  nl: 'nl',
  nederlands: 'nl',
  dutch: 'nl',
  en: 'en',
  engels: 'en',
  english: 'en',
};
const languageOf = (cell: string): Language | undefined => LANGUAGE_CELLS[cell.toLowerCase()];

/**
 * People from rows of cells: in each row the cell with an address is the address, a cell that names
 * a language ("nl", "Engels"…) is the language to write in, and the other filled cells (first and
 * last name, say) together are the name. A first row without an address is a header and is
 * skipped. Each address is invited once.
 */
export function peopleFromRows(rows: readonly (readonly string[])[]): PeopleList {
  const people: Person[] = [];
  const problems: ListProblem[] = [];
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const cells = row.map((cell) => cell.trim()).filter(Boolean);
    const email = cells.find(isEmail);
    const key = email?.toLowerCase();
    if (cells.length === 0 || (!email && index === 0)) continue;
    if (!email || !key) problems.push({ line: index + 1, reason: 'no_address' });
    else if (seen.has(key)) problems.push({ line: index + 1, reason: 'duplicate' });
    else {
      seen.add(key);
      const language = cells.map(languageOf).find((found) => found !== undefined);
      const name = cells.filter((cell) => cell !== email && languageOf(cell) === undefined).join(' ');
      people.push({ name, email, ...(language ? { language } : {}) });
    }
  }
  return { people, problems };
}

/** People from pasted text or a CSV file: Outlook's address lines, or a table. */
export function peopleFromText(text: string): PeopleList {
  const outlook = [...text.matchAll(OUTLOOK_ENTRY)];
  // Addresses copied from Outlook's To line: every entry is "Name <address>", separated by ; or ,.
  if (outlook.length > 0 && text.replace(OUTLOOK_ENTRY, '').replace(/[;,\s]/g, '') === '') {
    return peopleFromRows(outlook.map((m) => [m[1] ?? m[2] ?? '', m[3]!]));
  }
  return peopleFromRows(parseCsv(text));
}
