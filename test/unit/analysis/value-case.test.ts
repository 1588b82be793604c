/**
 * The value case with three partners: one-sided partners, unused offers, a gap everybody has, and
 * the share threshold at its boundary (VALUE_CASE_MIN_SHARE = 0.4: 2 of 5 counts, 1 of 3 does not).
 */
import { describe, expect, it } from 'vitest';
import type { Instrument } from '../../../core/instrument/types';
import { buildReport, VALUE_CASE_MIN_SHARE } from '../../../worker/analysis';
import { columns, instrument, reportInput } from './fixtures';

const bringGet = (bring: string[][], get: string[][]) => columns(bring.length, { 'value_case.bring': bring, 'value_case.get': get });
const sections = ['drives', 'culture', 'values', 'readiness', 'value_case'] as const;

describe('value case', () => {
  const report = buildReport(
    reportInput(
      [
        // P: 5 respondents. Brings money (2/5 = 0.4 counts). Wants data, staff, space (5/5 each;
        // money only 1/5). Brings 1, wants 3: 2 more, not one-sided (ONE_SIDED_MIN_DIFFERENCE 3).
        {
          id: 'P',
          name: 'P',
          shownAsOrganisation: false,
          answers: bringGet(
            [['money'], ['money'], [], [], []],
            [
              ['data', 'staff', 'space'],
              ['data', 'staff', 'space'],
              ['data', 'staff', 'space'],
              ['data', 'staff', 'space', 'money'],
              ['data', 'staff', 'space'],
            ],
          ),
        },
        // Q: 3 respondents. Brings data (3/3; money 1/3 < 0.4 does not count). Wants space, staff,
        // money and data (3/3 each). Brings 1, wants 4: 3 more → one-sided.
        {
          id: 'Q',
          name: 'Q',
          shownAsOrganisation: false,
          answers: bringGet(
            [['data', 'money'], ['data'], ['data']],
            [
              ['space', 'staff', 'money', 'data'],
              ['space', 'staff', 'money', 'data'],
              ['space', 'staff', 'money', 'data'],
            ],
          ),
        },
        // R: 3 respondents. Brings money, data and tools; wants space.
        {
          id: 'R',
          name: 'R',
          shownAsOrganisation: false,
          answers: bringGet(
            [
              ['money', 'data', 'tools'],
              ['money', 'data', 'tools'],
              ['money', 'data', 'tools'],
            ],
            [['space'], ['space'], ['space']],
          ),
        },
      ],
      { sections: [...sections], instrument: withResources(['money', 'data', 'staff', 'space', 'tools']) },
    ),
  );

  it('uses the share threshold inclusively', () => {
    expect(VALUE_CASE_MIN_SHARE).toBe(0.4);
    const p = report.valueCase!.byPartner[0]!;
    expect(p.shares.find((s) => s.optionId === 'money')).toEqual({ optionId: 'money', bring: 0.4, get: 0.2 });
    expect(p.brings).toEqual(['money']);
    const q = report.valueCase!.byPartner[1]!;
    expect(q.shares.find((s) => s.optionId === 'money')).toEqual({ optionId: 'money', bring: 0.3333, get: 1 });
    expect(q.brings).toEqual(['data']);
  });

  it('names partners that want much more than they bring, or the reverse', () => {
    expect(report.valueCase!.byPartner.map((p) => [p.partnerId, p.brings.length, p.wants.length, p.oneSided])).toEqual([
      ['P', 1, 3, null],
      ['Q', 1, 4, 'wants_more'],
      ['R', 3, 1, null],
    ]);
  });

  it('finds matches, gaps and unused offers', () => {
    const vc = report.valueCase!;
    // money: wanted by Q, brought by P and R. data: wanted by P and Q, brought by Q and R (not by Q for
    // itself). space: wanted by everyone, brought by no one. staff: wanted by P and Q, brought by none.
    expect(vc.matches).toEqual([
      { optionId: 'money', wanterId: 'Q', bringerId: 'P' },
      { optionId: 'money', wanterId: 'Q', bringerId: 'R' },
      { optionId: 'data', wanterId: 'P', bringerId: 'Q' },
      { optionId: 'data', wanterId: 'P', bringerId: 'R' },
      { optionId: 'data', wanterId: 'Q', bringerId: 'R' },
    ]);
    expect(vc.gaps).toEqual([
      { optionId: 'staff', wantedBy: ['P', 'Q'], broughtBy: [], wantedByAll: false },
      { optionId: 'space', wantedBy: ['P', 'Q', 'R'], broughtBy: [], wantedByAll: true },
    ]);
    // tools: R brings it and nobody wants it.
    expect(vc.unusedOffers).toEqual([{ optionId: 'tools', broughtBy: ['R'], wantedBy: [] }]);
    // Rows: what each partner can get from each other. P wants data (Q, R bring it); Q wants money
    // (P, R) and data (R); R wants space (nobody).
    expect(vc.complementarity).toEqual({
      partnerIds: ['P', 'Q', 'R'],
      counts: [
        [0, 1, 1],
        [1, 0, 2],
        [0, 0, 0],
      ],
    });
  });
});

/** The fixture instrument with another resource list for the value case. */
function withResources(ids: string[]): Instrument {
  const options = ids.map((id) => ({ id, label: { nl: id, en: id } }));
  return {
    ...instrument,
    sections: instrument.sections.map((s) =>
      s.id !== 'value_case' ? s : { ...s, items: s.items.map((item) => (item.format === 'multi_select' ? { ...item, options } : item)) },
    ),
  };
}
