/**
 * The distributions the chance benchmark uses to try the rules the report does not use: the
 * studentized range and F against SciPy (`stats.studentized_range`, `stats.f`) and printed tables,
 * and Welch's ANOVA on a small example worked out by its formula.
 */
import { describe, expect, it } from 'vitest';
import { summariseScale } from '../../worker/analysis/partner-items';
import { countersOf } from '../../worker/analysis/stats';
import { twoSidedPValue } from '../../worker/analysis/student-t';
import { welchAnova } from './chance-rules';
import { fUpperTail, normalCdf, studentizedRangeQuantile, studentizedRangeUpperTail } from './studentized-range';

describe('studentized range', () => {
  it('matches SciPy’s upper tail to 6 significant digits', () => {
    // scipy.stats.studentized_range.sf(q, groups, df)
    const reference: [number, number, number, number][] = [
      [3.877, 3, 10, 0.049987088753253084],
      [4.232, 5, 20, 0.04998963951404112],
      [5.13, 20, 120, 0.049574488722145205],
      [6.5, 20, 100, 0.001984414694681802],
      [7, 40, 200, 0.0010497498569460584],
      [4.8, 4, 30, 0.009986032700387448],
      [2.772, 2, 1e9, 0.04998410355105598],
    ];
    for (const [q, groups, df, p] of reference) expect(studentizedRangeUpperTail(q, groups, df) / p - 1).toBeCloseTo(0, 6);
  });

  it('gives the tabled critical values (Harter 1960: q₀.₀₅(3, 10) = 3.877, q₀.₀₁(4, 30) = 4.80, q₀.₀₅(20, 120) = 5.13)', () => {
    expect(studentizedRangeQuantile(0.05, 3, 10)).toBeCloseTo(3.876776750013158, 6);
    expect(studentizedRangeQuantile(0.01, 4, 30)).toBeCloseTo(4.799216417444265, 6);
    expect(studentizedRangeQuantile(0.05, 20, 120)).toBeCloseTo(5.125942774946671, 6);
  });

  it('is the two-sided t for two groups: P(Q ≥ q) = P(|T| ≥ q/√2)', () => {
    for (const [q, df] of [
      [3.5, 5],
      [2, 12],
      [5, 40],
    ] as const) {
      expect(studentizedRangeUpperTail(q, 2, df) / twoSidedPValue(q / Math.SQRT2, df) - 1).toBeCloseTo(0, 8);
    }
  });
});

describe('normal and F', () => {
  it('match SciPy', () => {
    expect(normalCdf(-3) / 0.0013498980316300933 - 1).toBeCloseTo(0, 12);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-8) / 6.22096057427174e-16 - 1).toBeCloseTo(0, 10);
    // scipy.stats.f.sf(3.5, 4, 20)
    expect(fUpperTail(3.5, 4, 20) / 0.02538523086644128 - 1).toBeCloseTo(0, 10);
  });

  it('gives Welch’s ANOVA of three small groups by its formula', () => {
    // 1,2,2,3,2 (mean 2, s² 0.5); 3,4,3,4,5 (3.8, 0.7); 2,2,3,2,3,2 (2.3333, 0.2667). Weights n/s²:
    // 10, 7.1429, 22.5; F = 6.9912 on 2 and 7.7248 df; p = 0.018487.
    const group = (n: number, sum: number, squares: number) =>
      summariseScale(countersOf({ 'x|n': n, 'x|s': sum, 'x|q': squares }), 'x', 5, 'p');
    const p = welchAnova([group(5, 10, 22), group(5, 19, 75), group(6, 14, 34)]);
    expect(p / 0.018487114939237537 - 1).toBeCloseTo(0, 8);
  });
});
