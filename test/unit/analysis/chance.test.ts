/**
 * The chance control: its statistics against SciPy (`stats.t.sf`) and hand computation, and the
 * verdicts it gives on small partnerships worked out by hand. Notation as in report.test.ts; a
 * unanimous partner counts in the pooled variance as 1/n (`countedVariance`).
 */
import { describe, expect, it } from 'vitest';
import { buildPairDetail, buildReport } from '../../../worker/analysis';
import {
  benjaminiHochberg,
  controlChance,
  countedVariance,
  familyPValue,
  holmConfirmed,
  type PairFamily,
  sureness,
} from '../../../worker/analysis/chance';
import { roundedUp } from '../../../worker/analysis/moments';
import { twoSidedPValue } from '../../../worker/analysis/student-t';
import { columns, type FixturePartner, reportInput } from './fixtures';

describe('two-sided t p-values', () => {
  it('match SciPy to 9 significant digits', () => {
    // 2 * scipy.stats.t.sf(t, df)
    const reference: [number, number, number][] = [
      [5, 10, 0.0005373336027564527],
      [3, 10, 0.01334365502256957],
      [1, 10, 0.34089313230206],
      [2.228138851986274, 10, 0.05],
      [1.96, 100000, 0.04999856319430168],
      [8, 3, 0.004076577587785466],
    ];
    for (const [t, df, p] of reference) expect(twoSidedPValue(t, df) / p - 1).toBeCloseTo(0, 9);
    expect(twoSidedPValue(-5, 10)).toBe(twoSidedPValue(5, 10));
    expect(twoSidedPValue(0, 10)).toBe(1);
    expect(twoSidedPValue(Infinity, 10)).toBe(0);
  });
});

describe('Benjamini–Hochberg, Bonferroni and Holm', () => {
  it('adjusts a small list of p-values by hand', () => {
    // Sorted: 0.005, 0.01, 0.03, 0.04, 0.5; m·p/rank = 0.025, 0.025, 0.05, 0.05, 0.5; running
    // minimum from the largest down, back in input order.
    expect(benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.5]).map((q) => Number(q.toFixed(12)))).toEqual([0.025, 0.05, 0.05, 0.025, 0.5]);
    // A q-value never exceeds 1 and ties share one.
    expect(benjaminiHochberg([0.9, 0.9, 0.9])).toEqual([0.9, 0.9, 0.9]);
    expect(benjaminiHochberg([])).toEqual([]);
  });

  const family: PairFamily = { pairs: 3, degreesOfFreedom: 10, statistics: [5, 3, 1] };

  it('gives a family Bonferroni’s p of its strongest candidate, 1 without candidates', () => {
    // 3 pairs × 0.000537334 (t = 5, df 10)
    expect(familyPValue(family)).toBeCloseTo(3 * 0.0005373336027564527, 12);
    expect(familyPValue({ pairs: 3, degreesOfFreedom: 10, statistics: [] })).toBe(1);
    expect(familyPValue({ pairs: 1000, degreesOfFreedom: 10, statistics: [1] })).toBe(1);
  });

  it('confirms candidates by Holm’s step-down', () => {
    // p: 0.000537, 0.013344, 0.340893 against level/3, level/2, level/1.
    expect(holmConfirmed(family, 0.05)).toBe(2); // 0.0133 ≤ 0.025, 0.3409 > 0.05
    expect(holmConfirmed(family, 0.02)).toBe(1); // 0.0133 > 0.01
    expect(holmConfirmed(family, 0.001)).toBe(0); // 0.000537 > 0.000333
  });

  it('selects families by BH and confirms within them at the selected share of the rate', () => {
    const families: PairFamily[] = [
      family, // p = 0.001612
      { pairs: 3, degreesOfFreedom: 10, statistics: [] }, // p = 1
      { pairs: 1, degreesOfFreedom: 10, statistics: [3] }, // p = 0.013344
    ];
    // BH, m = 3: 3·0.001612/1 = 0.004836; 3·0.013344/2 = 0.020015; 1. Two selected, so Holm runs at
    // 0.05 · 2/3 = 0.0333: the first family keeps 5 (0.000537 ≤ 0.0111) and 3 (0.0133 ≤ 0.0167), not
    // 1 (0.3409 > 0.0333); the third keeps its one (0.0133 ≤ 0.0333).
    const decision = controlChance(families);
    expect(decision.qValues.map((q) => Number(q.toFixed(6)))).toEqual([0.004836, 1, 0.020015]);
    expect(decision.confirmed).toEqual([2, 0, 1]);
  });

  it('counts a unanimous partner as one answer in n one step off', () => {
    expect(countedVariance(5, 0)).toBe(0.2);
    expect(countedVariance(5, 0.3)).toBe(0.3);
    // Whole-number answers short of unanimity never vary less than that: 4,4,4,4,5 has s² = 0.2.
    expect(countedVariance(5, 0.2)).toBe(0.2);
  });

  it('says how sure a q-value is, and states it rounded up', () => {
    expect([0.0004, 0.001, 0.005, 0.01, 0.03, 0.05].map(sureness)).toEqual([
      'very_sure',
      'very_sure',
      'sure',
      'sure',
      'fairly_sure',
      'fairly_sure',
    ]);
    expect([0.00003, 0.05, 0.0025, 0].map(roundedUp)).toEqual([0.0001, 0.05, 0.0025, 0]);
  });
});

const partner = (id: string, pace: number[], extra: Record<string, number[]> = {}): FixturePartner => ({
  id,
  name: id,
  shownAsOrganisation: false,
  answers: columns(pace.length, { 'culture.pace': pace, ...extra }),
});

describe('verdicts that allow for every comparison', () => {
  it('confirms two conflicts among three partners, by hand', () => {
    // culture.pace (7 points) only. P1 1,2,1,2 (mean 1.5, s² 1/3); P2 4,5,4,5 (4.5, 1/3); P3
    // 2,2,2,2 (2, unanimous: counts as 1/4). Pooled over the item: (3·1/3 + 3·1/3 + 3·1/4)/9 =
    // 0.305556 with 9 df; SE for 4 against 4 = √(0.305556 · 1/2) = 0.390868.
    // P1–P2: −3, passes the pair rule; t = 3/0.390868 = 7.6752, p = 3.0775e-5.
    // P2–P3: 2.5, passes (pair interval 2.5 ± 0.706); t = 6.3960, p = 1.2586e-4.
    // P1–P3: −0.5, an alignment. One item tested: q = 3 pairs · 3.0775e-5 = 9.23e-5, very sure.
    // Holm at 0.05: 3.08e-5 ≤ 0.05/3 and 1.26e-4 ≤ 0.05/2: both conflicts stand.
    const input = reportInput([partner('P1', [1, 2, 1, 2]), partner('P2', [4, 5, 4, 5]), partner('P3', [2, 2, 2, 2])], {
      sections: ['culture'],
    });
    const report = buildReport(input);
    expect(report.comparisons).toEqual({ items: 1, pairComparisons: 3, falseDiscoveryRate: 0.05 });
    expect(report.faultLines).toEqual([
      {
        itemId: 'culture.pace',
        sectionId: 'culture',
        kind: 'ways_of_working',
        qValue: 0.0001,
        sureness: 'very_sure',
        pairsCompared: 3,
        // P2–P3: 2.5 − 2.446912 · √(1/6 · 1/2) = 1.7936 of 6; P1–P2: 3 − 2.446912 · √(1/3 · 1/2) = 2.0011,
        // the widest: 2.0011/6.
        certainGap: 0.3335,
        largestDifference: 0.5,
        conflictingPairs: 2,
        widest: [
          { a: 'P1', b: 'P2', difference: -3, ci95: [-3.9989, -2.0011], atLeast: 2.0011, oppositeSides: true },
          { a: 'P2', b: 'P3', difference: 2.5, ci95: [1.7936, 3.2064], atLeast: 1.7936, oppositeSides: true },
        ],
      },
    ]);
    expect(report.pairs.map((p) => [p.a, p.b, p.conflicts, p.alignments])).toEqual([
      ['P1', 'P2', ['culture.pace'], 0],
      ['P1', 'P3', [], 1],
      ['P2', 'P3', ['culture.pace'], 0],
    ]);
  });

  it('calls a gap between two unanimous groups of three “could be chance”', () => {
    // readiness.u1 (5 points): A 3,3,3 and B 4,4,4. The pair rule alone calls it a conflict
    // (1 ≥ 0.25 · 4, no spread, interval [1, 1]). Counted as 1/3 each: pooled 1/3 with 4 df, SE =
    // √(1/3 · 2/3) = 0.471405, t = 2.1213, p = 0.101192 > 0.05 even as the only item tested.
    const unanimous = (id: string, value: number): FixturePartner => ({
      id,
      name: id,
      shownAsOrganisation: false,
      answers: columns(3, { 'readiness.u1': [value, value, value] }),
    });
    const input = reportInput([unanimous('A', 3), unanimous('B', 4)], { sections: ['readiness'] });
    const report = buildReport(input);
    expect(report.faultLines).toEqual([]);
    expect(report.pairs[0]!.conflicts).toEqual([]);
    const detail = buildPairDetail(input, 'A', 'B')!;
    expect(detail.comparisons).toEqual({ items: 1, pairComparisons: 1, falseDiscoveryRate: 0.05 });
    expect(detail.items.find((i) => i.itemId === 'readiness.u1')).toEqual({
      itemId: 'readiness.u1',
      difference: -1,
      effectSize: null,
      ci95: [-1, -1],
      oppositeSides: false,
      verdict: 'neither',
      reason: 'could_be_chance',
    });
  });
});
