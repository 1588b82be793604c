import { describe, expect, it } from 'vitest';
import { csvCell, DUTCH_CSV, ENGLISH_CSV, guessSeparator, parseCsv, toCsv } from './csv';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('neutralises cells that start like a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+31 6')).toBe("'+31 6");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes numbers as they are and empties for missing values', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a byte-order mark, a header and CRLF rows', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });
});

describe('parseCsv', () => {
  it('reads what toCsv writes, with either separator', () => {
    const rows = [['Zorggroep "De Linde"', 'a;b,c', 'twee\nregels']];
    for (const dialect of [ENGLISH_CSV, DUTCH_CSV])
      expect(parseCsv(toCsv(['naam', 'x', 'y'], rows, dialect))).toEqual([['naam', 'x', 'y'], ...rows]);
  });

  it('reads a table pasted from a spreadsheet (tabs, LF, no closing line end)', () => {
    expect(parseCsv('Naam\tE-mail\nJan Jansen\tjan@example.nl')).toEqual([
      ['Naam', 'E-mail'],
      ['Jan Jansen', 'jan@example.nl'],
    ]);
    expect(guessSeparator('naam;e-mail\r\n')).toBe(';');
  });
});

describe('the Dutch dialect', () => {
  it('separates with semicolons, writes decimal commas and quotes cells with a semicolon', () => {
    expect(toCsv(['a', 'b'], [[1.25, 'x;y']], DUTCH_CSV)).toBe('\uFEFFa;b\r\n1,25;"x;y"\r\n');
    expect(csvCell('a,b', DUTCH_CSV)).toBe('a,b');
  });
});
