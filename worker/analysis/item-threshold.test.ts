import { describe, expect, it } from 'vitest';
import { surveyItems } from '../../core/instrument';
import { allSections, instrument } from '../../test/unit/analysis/fixtures';
import { readUnits, unitCache, withItemThreshold } from './item-threshold';
import { type Counters, countersOf, type Stats } from './stats';

const items = surveyItems(instrument, allSections);
const [me, other] = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
const units = readUnits(items, [me, other]);

/** Every unit the analysis reads, at `n` answers each. */
function everyUnitAt(n: number): Stats {
  const stats: Stats = { 'channel:open|c': n, 'open.hope|a': 1, 'about.role:manager|c': 1 };
  for (const { population, about } of units) if (about !== me) stats[population] = n;
  return stats;
}

const threshold = (stats: Counters) => withItemThreshold(me, stats, items, units, 5, 'anonymous_group', unitCache());

describe('the item threshold', () => {
  it('uses a row as it is when every unit the analysis reads is shown (a partner does not rate itself)', () => {
    const stats = countersOf(everyUnitAt(5));
    expect(threshold(stats).shown).toBe(stats);
    expect(threshold(stats).hidden.size).toBe(0);
  });

  it('takes out any unit under k, a pair of statements or a view of another partner as much as an item', () => {
    for (const [unit, hidden] of [
      ['culture.pace', ['culture.pace']],
      ['readiness.u1*readiness.u2', []],
      [`perceptions.pace@${other}`, []],
    ] as const) {
      const stats = { ...everyUnitAt(5), [`${unit}|n`]: 4, [`${unit}|s`]: 12 };
      const result = threshold(countersOf(stats));
      expect(result.shown.get(`${unit}|s`), unit).toBeUndefined();
      expect(
        [...result.shown.keys()].filter((key) => key.startsWith(`${unit}|`)),
        unit,
      ).toEqual([]);
      expect(result.shown.get('channel:open|c'), unit).toBe(5);
      expect([...result.hidden], unit).toEqual(hidden);
    }
  });
});
