/**
 * The building blocks: t quantiles (against SciPy's `stats.t.ppf`), descriptive statistics from
 * integer counters, and the counters a response adds to each of its groups.
 */
import { describe, expect, it } from 'vitest';
import { surveyItems } from '../../../core/instrument';
import { describe as describeMoments, withinGroupAgreement } from '../../../worker/analysis/moments';
import { aggregateResponses, asReleased, breakdownStatsDelta, groupDeltas, statsDelta, unitOf } from '../../../worker/analysis/stats';
import { studentTQuantile } from '../../../worker/analysis/student-t';
import { allSections, instrument } from './fixtures';

describe('Student t quantiles', () => {
  it('match reference values to 11 significant digits', () => {
    // scipy.stats.t.ppf(0.975, df) and (0.95, df)
    const reference975: [number, number][] = [
      [1, 12.706204736174694],
      [2, 4.302652729749462],
      [3, 3.1824463052837078],
      [4, 2.7764451051977934],
      [6, 2.4469118511449786],
      [10, 2.228138851986274],
      [30, 2.0422724563012378],
      [100, 1.9839715185235518],
      [1000, 1.9623390808264083],
      [10000, 1.960201239890626],
    ];
    for (const [df, t] of reference975) expect(studentTQuantile(0.975, df) / t - 1).toBeCloseTo(0, 11);
    const reference95: [number, number][] = [
      [2, 2.9199855803537242],
      [5, 2.0150483733330233],
      [6, 1.9431802805153042],
      [5000, 1.6451584375969708],
    ];
    for (const [df, t] of reference95) expect(studentTQuantile(0.95, df) / t - 1).toBeCloseTo(0, 11);
  });
});

describe('descriptive statistics from counters', () => {
  it('gives mean, SD and interval from n, Σx and Σx²', () => {
    // 1,2,3,4,5: S 15, Q 55, mean 3, s² = (275 − 225)/20 = 2.5, s = 1.5811, ± 2.776445 · 1.5811/√5 = ± 1.9632
    expect(describeMoments({ n: 5, sum: 15, sumSquares: 55 })).toEqual({ n: 5, mean: 3, sd: 1.5811, ci95: [1.0368, 4.9632] });
    expect(describeMoments({ n: 1, sum: 4, sumSquares: 16 })).toEqual({ n: 1, mean: 4, sd: null, ci95: null });
    expect(describeMoments({ n: 0, sum: 0, sumSquares: 0 })).toEqual({ n: 0, mean: null, sd: null, ci95: null });
  });

  it('gives r_wg against a uniform spread, 0 for two camps, none for one answer', () => {
    // 5 points: uniform variance (25 − 1)/12 = 2. Answers 1,2,3,4,5: s² 2.5 → 1 − 1.25 < 0 → 0.
    expect(withinGroupAgreement({ n: 5, sum: 15, sumSquares: 55 }, 5)).toBe(0);
    // 3,3,4,4: s² = (4·50 − 196)/12 = 1/3 → 1 − 1/6
    expect(withinGroupAgreement({ n: 4, sum: 14, sumSquares: 50 }, 5)).toBeCloseTo(5 / 6, 12);
    expect(withinGroupAgreement({ n: 1, sum: 3, sumSquares: 9 }, 5)).toBeNull();
  });
});

describe('counters per group', () => {
  const items = surveyItems(instrument, allSections);
  const answers = {
    'culture.pace': 5,
    'readiness.u1': 'dont_know',
    'drives.mix': { a: 100 },
    'value_case.bring': ['money'],
    'perceptions.pace': { other: 2 },
    'about.role': 'manager',
  } as const;

  it('adds everything to `all` and only the scale counters to the breakdown groups', () => {
    const deltas = groupDeltas(items, answers);
    expect([...deltas.keys()]).toEqual(['all', 'role:manager']);
    expect(deltas.get('all')).toEqual(statsDelta(items, answers));
    // A scale is stored as how many gave each answer: its count and sums follow (asReleased).
    expect(deltas.get('role:manager')).toEqual({ 'culture.pace:5|c': 1, 'readiness.u1|dk': 1 });
    expect(breakdownStatsDelta(items, answers)).toEqual(deltas.get('role:manager'));
  });

  it('adds the cross-products of two statements of one scale to `all` only, over those who answered both with a point', () => {
    const both = { 'readiness.u1': 4, 'readiness.u2': 2, 'readiness.t1': 5, 'about.role': 'manager' } as const;
    const deltas = groupDeltas(items, both);
    // u1 and u2 are urgency's statements; t1 is the only trust statement, so it has no partner.
    expect(deltas.get('all')).toMatchObject({ 'readiness.u1*readiness.u2|n': 1, 'readiness.u1*readiness.u2|p': 8 });
    expect(Object.keys(deltas.get('all')!).filter((key) => key.includes('*'))).toEqual([
      'readiness.u1*readiness.u2|n',
      'readiness.u1*readiness.u2|p',
    ]);
    expect(Object.keys(deltas.get('role:manager')!).some((key) => key.includes('*'))).toBe(false);
    expect(unitOf('readiness.u1*readiness.u2|p')).toBe('readiness.u1*readiness.u2');
    // "Don't know" on one of the two: no product.
    expect(Object.keys(statsDelta(items, { ...both, 'readiness.u2': 'dont_know' })).some((key) => key.includes('*'))).toBe(false);
  });

  it('recomputes aggregate rows from responses, with how many gave each answer', () => {
    const totals = aggregateResponses(items, [
      { partnerId: 'p', answers },
      { partnerId: 'p', answers: { 'culture.pace': 3, 'perceptions.pace': { other: 6 } } },
      { partnerId: 'p', answers: { 'culture.pace': 3 } },
    ]);
    const all = totals.get('p/all')!;
    expect(all.respondents).toBe(3);
    expect(all.stats).toMatchObject({
      'culture.pace:3|c': 2,
      'culture.pace:5|c': 1,
      'perceptions.pace@other:2|c': 1,
      'perceptions.pace@other:6|c': 1,
    });
    expect(all.stats['culture.pace|n']).toBeUndefined();
    // 3, 3, 5: n 3, Σx 11, Σx² 9 + 9 + 25 = 43. Perception 2 and 6: n 2, Σx 8, Σx² 40. Allocations keep their sums.
    expect(asReleased(items, all.stats)).toMatchObject({
      'culture.pace|n': 3,
      'culture.pace|s': 11,
      'culture.pace|q': 43,
      'culture.pace:3|c': 2,
      'perceptions.pace@other|n': 2,
      'perceptions.pace@other|s': 8,
      'perceptions.pace@other|q': 40,
      'drives.mix:a|n': 1,
      'drives.mix:a|s': 100,
      'value_case.bring|n': 1,
      'value_case.bring:money|c': 1,
    });
    // A perception's counts per point are added up and left out: nothing shows them.
    expect(Object.keys(asReleased(items, all.stats)).filter((key) => key.startsWith('perceptions.pace@other:'))).toEqual([]);
    // Choices, breakdowns and channels are counts of options, not of points on a scale: nothing is derived from them.
    const stored = { ...all.stats, 'channel:open|c': 3 };
    expect(Object.keys(asReleased(items, stored)).filter((key) => !(key in stored))).toEqual([
      'culture.pace|n',
      'culture.pace|s',
      'culture.pace|q',
      'perceptions.pace@other|n',
      'perceptions.pace@other|s',
      'perceptions.pace@other|q',
    ]);
    expect(totals.get('p/role:manager')!.respondents).toBe(1);
  });

  it('adds the sums derived from answer counts to sums a row stored before (perceptions, before migration 0008)', () => {
    // Stored earlier: two ratings, 3 and 4, as sums; since then one more, 7, as a count.
    const row = {
      'perceptions.pace@other|n': 2,
      'perceptions.pace@other|s': 7,
      'perceptions.pace@other|q': 25,
      'perceptions.pace@other:7|c': 1,
    };
    expect(asReleased(items, row)).toMatchObject({
      'perceptions.pace@other|n': 3,
      'perceptions.pace@other|s': 14,
      'perceptions.pace@other|q': 74,
    });
  });

  it('names the unit of every counter: the item, or the item about one other partner', () => {
    const delta = statsDelta(items, answers);
    expect(new Set(Object.keys(delta).map(unitOf))).toEqual(
      new Set(['culture.pace', 'readiness.u1', 'drives.mix', 'value_case.bring', 'perceptions.pace@other', 'about.role']),
    );
    expect(unitOf('channel:open|c')).toBe('channel');
  });
});
