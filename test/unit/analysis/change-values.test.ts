/**
 * Change between two waves on the published instruments: version 2's choice of the three most
 * important values (a share per value, as the value case's shares), and a version 1 baseline
 * against a version 2 follow-up, compared on the questions both ask alike, with the rest named.
 *
 * t₀.₉₇₅: df 14 → 2.144787.
 */
import { describe, expect, it } from 'vitest';
import type { Answers, Instrument, Item, MultiSelectItem } from '../../../core/instrument/types';
import { instrumentV1 } from '../../../core/instrument/v1';
import { instrumentV2 } from '../../../core/instrument/v2';
import { valueOptions } from '../../../core/instrument/v2/values';
import { buildChange } from '../../../worker/analysis/change';
import { pairItems, sameMeaning } from '../../../worker/analysis/change/items';
import { reportInput } from './fixtures';

const itemsOf = (instrument: Instrument) => instrument.sections.flatMap((s) => s.items);
const valuesItem = itemsOf(instrumentV2).find((i) => i.id === 'values.most_important') as MultiSelectItem;

/** `count` respondents choosing `chosen`, then `rest` respondents choosing `other`. */
const choosing = (count: number, chosen: string[], rest: number, other: string[]): Answers[] => [
  ...Array.from({ length: count }, () => ({ 'values.most_important': chosen })),
  ...Array.from({ length: rest }, () => ({ 'values.most_important': other })),
];

const wave = (gemeente: Answers[]) =>
  reportInput(
    [
      { id: 'g', name: 'Gemeente', shownAsOrganisation: false, answers: gemeente },
      {
        id: 'z',
        name: 'Zorggroep',
        shownAsOrganisation: false,
        answers: choosing(8, ['tailored_help', 'inclusion', 'service_quality'], 0, []),
      },
    ],
    { instrument: instrumentV2, sections: ['values'] },
  );

describe('the choice of the most important values', () => {
  // Gemeente: 7 of 8 chose openness then, 1 of 8 now; tailored help the other way round. Zorggroep stays.
  const fair = ['lawfulness', 'equal_treatment'];
  const change = buildChange(
    wave(choosing(7, [...fair, 'transparency'], 1, [...fair, 'tailored_help'])),
    wave(choosing(1, [...fair, 'transparency'], 7, [...fair, 'tailored_help'])),
  );

  it('compares every value, in the question’s order, one family each', () => {
    expect(change.values.map((v) => v.optionId)).toEqual(valueOptions.map((o) => o.id));
    expect(change.comparisons.families).toBe(valueOptions.length);
  });

  it('finds the value a partner chooses clearly less often, with the interval of the share', () => {
    // 7/8 → 1/8: −0.75. Sample variances (8·7 − 49)/56 = 0.125 both; SE = √(0.125 · 2/8) = 0.1768 (14 df):
    // −0.75 ± 2.144787 · 0.1768 = −0.75 ± 0.3791: [−1.1291, −0.3709], cut at −1 (no share falls by more than all).
    const openness = change.values.find((v) => v.optionId === 'transparency')!;
    expect(openness.byPartner[0]).toMatchObject({
      partnerId: 'g',
      before: 0.875,
      after: 0.125,
      change: -0.75,
      ci95: [-1, -0.3709],
      ci95Clipped: true,
      verdict: 'lower',
    });
    expect(openness.byPartner[1]).toMatchObject({ partnerId: 'z', change: 0, verdict: 'no_clear_change', reason: 'too_small' });
    expect(openness.verdict).toBe('lower');
    expect(change.values.find((v) => v.optionId === 'tailored_help')!.verdict).toBe('higher');
    expect(change.values.find((v) => v.optionId === 'lawfulness')!.verdict).toBe('no_clear_change');
  });

  it('is not the value case: no resource, no readiness, no scale item', () => {
    expect([change.valueCase, change.readiness, change.faultLines, change.partnerSections]).toEqual([[], [], [], []]);
  });
});

describe('a version 1 baseline and a version 2 follow-up', () => {
  const pairing = pairItems(itemsOf(instrumentV1), itemsOf(instrumentV2));
  const leftOut = (reason: string) => pairing.leftOut.filter((l) => l.reason === reason).map((l) => l.itemId);

  it('compares the questions both ask alike and names every other one', () => {
    // The values rated one by one (version 1) and the choice of three (version 2) are different questions.
    expect(leftOut('only_before')).toEqual(
      expect.arrayContaining(
        itemsOf(instrumentV1)
          .filter((i) => i.id.startsWith('values.'))
          .map((i) => i.id),
      ),
    );
    expect(leftOut('only_after')).toEqual(
      expect.arrayContaining(['values.most_important', 'value_case.own_goals', 'culture.planning_horizon']),
    );
    expect(leftOut('changed')).toEqual([]);
    const compared = pairing.compared.map((i) => i.id);
    expect(compared).toEqual(
      expect.arrayContaining(['value_case.bring', 'value_case.get', 'culture.control_trust', 'readiness.trust_in_partners_1']),
    );
    // Nothing compared that a version changed the meaning of (a new id), and never the facts form.
    expect(compared.filter((id) => id.startsWith('values.') || id.startsWith('facts.'))).toEqual([]);
    expect(compared).not.toContain('readiness.urgency_2');
  });

  it('holds a choice of exactly three to its options and count; free choices may gain or lose options', () => {
    const withFourteen: Item = { ...valuesItem, options: [...valuesItem.options, { id: 'thrift', label: { nl: 'zuinig', en: 'thrift' } }] };
    expect(sameMeaning(valuesItem, valuesItem)).toBe(true);
    expect(sameMeaning(valuesItem, withFourteen)).toBe(false);
    expect(sameMeaning(valuesItem, { ...valuesItem, choose: 4 })).toBe(false);
    const bring = itemsOf(instrumentV2).find((i) => i.id === 'value_case.bring') as MultiSelectItem;
    const fewer = { ...bring, options: bring.options.slice(1) };
    expect(sameMeaning(bring, fewer)).toBe(true);
    // Compared on the options both offer: the one the later version dropped is not there to change.
    const compared = pairItems([bring], [fewer]).compared[0] as MultiSelectItem;
    expect(compared.options.map((o) => o.id)).toEqual(fewer.options.map((o) => o.id));
    const widened = pairItems([fewer], [bring]).compared[0] as MultiSelectItem;
    expect(widened.options.map((o) => o.id)).toEqual(fewer.options.map((o) => o.id));
  });
});
