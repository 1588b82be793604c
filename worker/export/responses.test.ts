import { describe, expect, it } from 'vitest';
import { instrumentV1 } from '../../core/instrument/v1';
import { buildResponsesExport, type ExportResponse } from './responses';

const partners = [
  { id: 'p1', name: 'Gemeente' },
  { id: 'p2', name: 'School' },
];
const role = (partnerId: string, n: number, value: string, from = 0): ExportResponse[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${partnerId}-${value}-${from + i}`,
    partnerId,
    submittedOn: '2026-03-01',
    answers: { 'about.role': value },
  }));

const exportOf = (responses: ExportResponse[], minGroupSize = 3) =>
  buildResponsesExport({
    instrument: instrumentV1,
    sections: ['drives', 'culture', 'values', 'readiness', 'about'],
    minGroupSize,
    partners,
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

  it('shows a breakdown answer only for groups of at least k', () => {
    const result = exportOf([...role('p1', 3, 'manager'), ...role('p1', 1, 'support'), ...role('p1', 2, 'professional')]);
    const column = roleColumn(result);
    const own = result.rows.filter((r) => r[0] === 'Gemeente');
    expect(own.map((r) => r[column]).sort()).toEqual(['', '', '', 'Manager or team lead', 'Manager or team lead', 'Manager or team lead']);
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
