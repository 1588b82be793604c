/**
 * The counters a submission adds go into SQL as literals (worker/store/aggregates.ts): these tests
 * attack that. Whatever reached the delta, a key that could end the literal or address another
 * JSON path, or an amount that is not a whole number, is refused before any SQL is built.
 */
import { describe, expect, it } from 'vitest';
import { currentInstrument, surveyItems } from '../../core/instrument';
import { sectionIds } from '../../core/instrument/types';
import { breakdownStatsDelta, statsDelta } from '../analysis/stats';
import { COUNTER_KEY, deltaRows } from './aggregates';

describe('the delta written into SQL', () => {
  it('lists every counter once with its amount, and marks the ones breakdown groups keep', () => {
    expect(deltaRows({ 'culture.pace|n': 1, 'culture.pace|s': 5, 'channel:open|c': 1 }, { 'culture.pace|n': 1, 'culture.pace|s': 5 })).toBe(
      "VALUES ('culture.pace|n', 1, 1), ('culture.pace|s', 5, 1), ('channel:open|c', 1, 0)",
    );
  });

  it.each(["x', 1, 1); DROP TABLE responses; --", 'a"b|n', 'a\\b|n', 'a b|n', 'a$|n', 'a|n\n', ''])('refuses the key %j', (key) => {
    expect(() => deltaRows({ [key]: 1 }, {})).toThrow(/counter key/);
  });

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1); --' as unknown as number])('refuses the amount %j', (amount) => {
    expect(() => deltaRows({ 'culture.pace|n': amount }, {})).toThrow(/not a safe integer/);
  });

  it('refuses a breakdown counter that differs from the full one, and an empty delta', () => {
    expect(() => deltaRows({ 'culture.pace|n': 1 }, { 'culture.pace|n': 2 })).toThrow(/differs/);
    expect(() => deltaRows({}, {})).toThrow(/empty/);
  });

  it('accepts every key a complete response of the instrument produces, partner ids included', () => {
    const items = surveyItems(currentInstrument, [...sectionIds]);
    const partner = '3f0c2a51-8d4e-4b7a-9c1d-2e5f6a7b8c9d';
    const answers = Object.fromEntries(
      items.map((item) => {
        switch (item.format) {
          case 'allocation':
            return [item.id, { [item.options[0]!.id]: item.total }];
          case 'multi_select':
            return [item.id, item.options.map((o) => o.id)];
          case 'single_choice':
            return [item.id, item.options.at(-1)!.id];
          case 'text':
            return [item.id, 'it\'s "quoted"; DROP TABLE x'];
          case 'perception':
            return [item.id, { [partner]: 3 }];
          case 'agreement':
            return [item.id, 'dont_know'];
          default:
            return [item.id, 2];
        }
      }),
    );
    const full = statsDelta(items, answers);
    expect(Object.keys(full).every((key) => COUNTER_KEY.test(key))).toBe(true);
    expect(() => deltaRows(full, breakdownStatsDelta(items, answers))).not.toThrow();
  });
});
