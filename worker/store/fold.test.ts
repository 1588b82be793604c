/**
 * The counters a fold adds go into SQL as literals (worker/store/fold.ts): these tests attack that.
 * Whatever reached the counters, a key that could end the literal or address another JSON path, or
 * an amount that is not a whole number, is refused before any SQL is built. And when a fold is due.
 */
import { describe, expect, it } from 'vitest';
import { currentInstrument, surveyItems } from '../../core/instrument';
import { sectionIds } from '../../core/instrument/types';
import { breakdownStatsDelta, statsDelta } from '../analysis/stats';
import { COUNTER_KEY, counterValues, FOLD_AT, foldDue } from './fold';

describe('the counters written into SQL', () => {
  it('lists every counter once with its amount', () => {
    expect(counterValues({ 'culture.pace|n': 1, 'culture.pace|s': 5, 'channel:open|c': 1 })).toBe(
      "VALUES ('culture.pace|n', 1), ('culture.pace|s', 5), ('channel:open|c', 1)",
    );
  });

  it.each(["x', 1, 1); DROP TABLE responses; --", 'a"b|n', 'a\\b|n', 'a b|n', 'a$|n', 'a|n\n', ''])('refuses the key %j', (key) => {
    expect(() => counterValues({ [key]: 1 })).toThrow(/counter key/);
  });

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1); --' as unknown as number])('refuses the amount %j', (amount) => {
    expect(() => counterValues({ 'culture.pace|n': amount })).toThrow(/not a safe integer/);
  });

  it('refuses to write no counters at all', () => {
    expect(() => counterValues({})).toThrow(/no counters/);
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
    expect(() => counterValues(full)).not.toThrow();
    expect(() => counterValues(breakdownStatsDelta(items, answers))).not.toThrow();
  });
});

describe('a fold', () => {
  it('is due when a partner has FOLD_AT responses pending, and again every 8 more until one succeeds', () => {
    const due = Array.from({ length: 60 }, (_, pending) => pending).filter(foldDue);
    expect(due).toEqual([FOLD_AT, FOLD_AT + 8, FOLD_AT + 16, FOLD_AT + 24, FOLD_AT + 32, FOLD_AT + 40]);
  });
});
