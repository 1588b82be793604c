/**
 * The mail merge's files, made and read in the browser: a list of people from what an organiser
 * pastes or drops, the .xlsx data source, and the .docx whose merge fields Word fills per row.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxFile, readXlsx, xlsxFile } from './ooxml';
import { peopleFromRows, peopleFromText } from './people';

describe('a list of people', () => {
  it('reads a table pasted from Excel: header skipped, first and last name joined, each address once', () => {
    const pasted =
      'Voornaam\tAchternaam\tE-mail\nJan\tJansen\tjan@rivierstad.nl\nAnn\tde Vries\tANN@rivierstad.nl\n\nPiet\t\tgeen adres\nAnn\tde Vries\tann@rivierstad.nl\n';
    expect(peopleFromText(pasted)).toEqual({
      people: [
        { name: 'Jan Jansen', email: 'jan@rivierstad.nl' },
        { name: 'Ann de Vries', email: 'ANN@rivierstad.nl' },
      ],
      problems: [
        { line: 5, reason: 'no_address' },
        { line: 6, reason: 'duplicate' },
      ],
    });
  });

  it('reads a Dutch CSV and addresses copied from Outlook', () => {
    expect(peopleFromText('naam;e-mailadres\r\n"Bakker; M.";m.bakker@linde.nl\r\n').people).toEqual([
      { name: 'Bakker; M.', email: 'm.bakker@linde.nl' },
    ]);
    expect(peopleFromText('Jan Jansen <jan@rivierstad.nl>; "Vries, Ann de" <ann@rivierstad.nl>').people).toEqual([
      { name: 'Jan Jansen', email: 'jan@rivierstad.nl' },
      { name: 'Vries, Ann de', email: 'ann@rivierstad.nl' },
    ]);
  });

  it('takes a language column as the language to write in, not as part of the name', () => {
    const pasted = 'Naam\tE-mail\tTaal\nJan Jansen\tjan@rivierstad.nl\tEngels\nAnn\tann@rivierstad.nl\tnl\nMo\tmo@rivierstad.nl\t\n';
    expect(peopleFromText(pasted).people).toEqual([
      { name: 'Jan Jansen', email: 'jan@rivierstad.nl', language: 'en' },
      { name: 'Ann', email: 'ann@rivierstad.nl', language: 'nl' },
      { name: 'Mo', email: 'mo@rivierstad.nl' },
    ]);
  });

  it('takes an address alone as a person without a name', () => {
    expect(peopleFromRows([['kees@vandam.nl']]).people).toEqual([{ name: '', email: 'kees@vandam.nl' }]);
  });
});

describe('the .xlsx data source', () => {
  it('holds every cell as text, formula-looking and accented ones too, and reads back the same', () => {
    const header = ['Naam', 'E-mailadres', 'Link'];
    const rows = [
      ['Zorggroep Ménage & Zn <b>', 'a@b.nl', 'https://x.test/respond#abc'],
      ['=HYPERLINK("https://evil")', '+31 6 1234', ' spaties '],
    ];
    const file = xlsxFile('Links', header, rows);
    const sheet = strFromU8(unzipSync(file)['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('&lt;b&gt;');
    expect(readXlsx(file)).toEqual([header, ...rows]);
  });

  it('reads a workbook as Excel writes it: shared strings, numbers, gaps and a sheet named elsewhere', () => {
    const xml = (s: string) => strToU8(`<?xml version="1.0"?>${s}`);
    const file = zipSync({
      'xl/workbook.xml': xml('<workbook xmlns:r="r"><sheets><sheet name="Blad1" sheetId="1" r:id="rId7"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': xml('<Relationships><Relationship Id="rId7" Type="t" Target="worksheets/blad.xml"/></Relationships>'),
      'xl/sharedStrings.xml': xml('<sst><si><t>Naam</t></si><si><r><t>Jan </t></r><r><t>Jansen</t></r></si><si><t>jan@x.nl</t></si></sst>'),
      'xl/worksheets/blad.xml': xml(
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2"><v>42</v></c></row><row r="3"/></sheetData></worksheet>',
      ),
    });
    expect(readXlsx(file)).toEqual([['Naam'], ['Jan Jansen', '', 'jan@x.nl', '42']]);
    expect(() => readXlsx(zipSync({ 'word/document.xml': strToU8('<w/>') }))).toThrow(/not a workbook/);
  });
});

describe('the .docx main document', () => {
  it('turns every «Column» into a MERGEFIELD of that column and keeps the rest as text', () => {
    const file = docxFile(['Beste «Naam»,', 'Naar de vragenlijst: «Link»\nDank u wel & tot ziens']);
    const document = strFromU8(unzipSync(file)['word/document.xml']!);
    expect(document).toContain('<w:fldSimple w:instr=" MERGEFIELD Naam "><w:r><w:t xml:space="preserve">«Naam»</w:t></w:r></w:fldSimple>');
    expect(document).toContain('<w:fldSimple w:instr=" MERGEFIELD Link ">');
    expect(document).toContain('Dank u wel &amp; tot ziens');
    expect(document.match(/<w:p>/g)).toHaveLength(3);
    expect(Object.keys(unzipSync(file)).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
  });
});
