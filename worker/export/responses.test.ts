import { describe, expect, it } from 'vitest';
import { instrumentV1 } from '../../core/instrument/v1';
import { buildResponsesExport, type ExportResponse } from './responses';

const partners = [
  { id: 'p1', name: 'Gemeente', shownAsOrganisation: false },
  { id: 'p2', name: 'School', shownAsOrganisation: false },
];
/** `n` responses of one partner; `value` is the role given (undefined: the question was skipped). */
const role = (partnerId: string, n: number, value: string | undefined, more: Record<string, unknown> = {}): ExportResponse[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${partnerId}-${value ?? 'skipped'}-${i}`,
    partnerId,
    submittedOn: '2026-03-01',
    answers: { ...(value ? { 'about.role': value } : {}), ...more },
  }));

const exportOf = (responses: ExportResponse[], minGroupSize = 3, exportPartners = partners) =>
  buildResponsesExport({
    instrument: instrumentV1,
    sections: ['drives', 'culture', 'values', 'readiness', 'perceptions', 'open', 'about'],
    minGroupSize,
    partners: exportPartners,
    responses,
    language: 'en',
  });

const roleColumn = (result: ReturnType<typeof exportOf>) => result.header.findIndex((h) => h.includes('[about.role]'));

describe('buildResponsesExport', () => {
  it('leaves out partners under k', () => {
    const result = exportOf([...role('p1', 3, 'manager'), ...role('p2', 2, 'manager')]);
    expect(result.rows.map((r) => r[0])).toEqual(['Gemeente', 'Gemeente', 'Gemeente', 'School']);
    expect(
      result.rows
        .at(-1)!
        .slice(1)
        .filter((cell) => cell !== ''),
    ).toEqual(['not enough responses (fewer than 3)']);
    expect(result.excludedPartnerIds).toEqual(['p2']);
  });

  it('fills in a breakdown answer only where every group of it has at least k, as the report does', () => {
    const shown = exportOf([...role('p1', 3, 'manager'), ...role('p1', 3, 'professional')]);
    expect(shown.rows.filter((r) => r[0] === 'Gemeente').map((r) => r[roleColumn(shown)])).toEqual([
      ...Array(3).fill('Manager or team lead'),
      ...Array(3).fill('Professional or front-line staff'),
    ]);
    // A group of 1 and one of 2 next to 3 managers: the report withholds the role breakdown, so does the export.
    const withheld = exportOf([...role('p1', 3, 'manager'), ...role('p1', 1, 'support'), ...role('p1', 2, 'professional')]);
    expect(withheld.rows.filter((r) => r[0] === 'Gemeente').map((r) => r[roleColumn(withheld)])).toEqual(Array(6).fill(''));
  });

  it('leaves the breakdown empty when those who did not answer it are k − 1', () => {
    // k = 5: 5 managers, 5 professionals and 4 who skipped the question (5 + 5 + 4 = 14).
    const result = exportOf([...role('p1', 5, 'manager'), ...role('p1', 5, 'professional'), ...role('p1', 4, undefined)], 5);
    expect(result.rows.filter((r) => r[0] === 'Gemeente').every((r) => r[roleColumn(result)] === '')).toBe(true);
  });

  it('applies k as the report does: never below 3', () => {
    const result = exportOf([...role('p1', 3, 'manager'), ...role('p2', 2, 'manager')], 1);
    expect(result.excludedPartnerIds).toEqual(['p2']);
    expect(result.rows.at(-1)).toContain('not enough responses (fewer than 3)');
  });

  it('exports a partner shown as the organisation’s position from its first response, without its breakdown', () => {
    const marked = [partners[0]!, { ...partners[1]!, shownAsOrganisation: true }];
    const result = exportOf([...role('p1', 5, 'manager'), ...role('p2', 1, 'manager')], 5, marked);
    expect(result.excludedPartnerIds).toEqual([]);
    const school = result.rows.filter((r) => r[0] === 'School');
    expect(school).toHaveLength(1);
    expect(school[0]![1]).toBe('2026-03-01');
    expect(school[0]![roleColumn(result)]).toBe('');
    expect(result.header.some((h) => h.includes('[perceptions.fast_consensus]') && h.endsWith(': School'))).toBe(true);
  });

  it('exports free text only from partners with at least max(10, k) respondents', () => {
    const column = (result: ReturnType<typeof exportOf>) => result.header.findIndex((h) => h.includes('[open.success]'));
    const texts = (result: ReturnType<typeof exportOf>) => result.rows.filter((r) => r[0] === 'Gemeente').map((r) => r[column(result)]);
    const said = { 'open.success': 'Samen leren' };
    // k = 12: 11 respondents, shown by agreement as the organisation's position, are more than 10 but fewer than k.
    const marked = [{ ...partners[0]!, shownAsOrganisation: true }, partners[1]!];
    expect(texts(exportOf(role('p1', 11, 'manager', said), 12, marked))).toEqual(Array(11).fill(''));
    expect(texts(exportOf(role('p1', 12, 'manager', said), 12, marked))).toEqual(Array(12).fill('Samen leren'));
    // k = 5: 9 respondents are too few for free text, 10 are enough.
    expect(texts(exportOf(role('p1', 9, 'manager', said), 5))).toEqual(Array(9).fill(''));
    expect(texts(exportOf(role('p1', 10, 'manager', said), 5))).toEqual(Array(10).fill('Samen leren'));
  });

  it('exports a partner’s ratings of another only when at least k of its respondents gave one', () => {
    const column = (result: ReturnType<typeof exportOf>) =>
      result.header.findIndex((h) => h.includes('[perceptions.fast_consensus]') && h.endsWith(': Gemeente'));
    const ratings = (result: ReturnType<typeof exportOf>) => result.rows.filter((r) => r[0] === 'School').map((r) => r[column(result)]);
    const rated = { 'perceptions.fast_consensus': { p1: 6 } };
    const gemeente = role('p1', 3, 'manager');
    // 2 of School's 3 respondents rated Gemeente: fewer than k = 3, so none of the ratings is exported.
    expect(ratings(exportOf([...gemeente, ...role('p2', 2, 'manager', rated), ...role('p2', 1, 'professional')]))).toEqual(['', '', '']);
    expect(ratings(exportOf([...gemeente, ...role('p2', 3, 'manager', rated)]))).toEqual([6, 6, 6]);
  });

  it('hides the breakdown for the whole partner when the hidden answers would stand out', () => {
    // Three managers shown and one support member hidden: the single empty cell would be that person.
    const result = exportOf([...role('p1', 3, 'manager'), ...role('p1', 1, 'support')]);
    const column = roleColumn(result);
    expect(result.rows.every((r) => r[column] === '')).toBe(true);
  });

  it('writes one column per drive option and one per shown partner for perceptions', () => {
    const responses = [...role('p1', 3, 'manager'), ...role('p2', 3, 'manager')];
    const result = buildResponsesExport({
      instrument: instrumentV1,
      sections: ['drives', 'perceptions'],
      minGroupSize: 3,
      partners,
      responses,
      language: 'nl',
    });
    const drives = instrumentV1.sections.find((s) => s.id === 'drives')!.items[0]!;
    expect(result.header.filter((h) => h.includes('[drives.allocation]'))).toHaveLength(
      drives.format === 'allocation' ? drives.options.length : 0,
    );
    // Written against whatever the instrument holds, so a revised instrument keeps this test true.
    const perception = instrumentV1.sections.find((s) => s.id === 'perceptions')!.items;
    for (const item of perception) expect(result.header.filter((h) => h.includes(`[${item.id}]`))).toHaveLength(partners.length);
    expect(result.header.slice(0, 2)).toEqual(['Partner', 'Datum']);
  });

  it('names a partner under k only in its "not enough responses" row, not even as the subject of perceptions', () => {
    const responses = [...role('p1', 3, 'manager'), ...role('p2', 2, 'manager')];
    const result = buildResponsesExport({
      instrument: instrumentV1,
      sections: ['drives', 'perceptions'],
      minGroupSize: 3,
      partners,
      responses,
      language: 'en',
    });
    expect(result.header.some((h) => h.includes('School'))).toBe(false);
    expect(result.header.some((h) => h.includes('Gemeente'))).toBe(true);
    expect(result.rows.filter((row) => row.includes('School'))).toEqual([
      ['School', 'not enough responses (fewer than 3)', ...result.header.slice(2).map(() => '')],
    ]);
  });
});
