/**
 * From running sums to descriptive statistics: mean, sample standard deviation, t-based interval,
 * and within-group agreement r_wg. Counters are integers, so the variance is computed from
 * n·Σx² − (Σx)² in exact integer arithmetic before the one division.
 */

import type { Moments } from './stats';
import { twoSidedT } from './student-t';
import { CONFIDENCE_LEVEL, DIVIDED_BELOW_RWG, INDICATIVE_BELOW } from './thresholds';

/**
 * Figures in the report are rounded to this many decimals (the page shows two): enough for any
 * reader, and a large partnership's report serialises in half the time. Every rule is applied to
 * the unrounded values.
 */
export const REPORTED_DECIMALS = 4;
const scale = 10 ** REPORTED_DECIMALS;

/** A figure as the report states it. */
export function rounded(value: number): number {
  return Math.round(value * scale) / scale;
}

/**
 * A bound as the report states it: rounded up, so a q-value of 0.00003 reads 0.0001 ("at most"),
 * never 0. The 1e-9 keeps a bound that is exactly on a step (0.05) from moving one step up.
 */
export function roundedUp(value: number): number {
  return Math.max(0, Math.ceil(value * scale - 1e-9)) / scale;
}

/** A figure as the report states it, or null for "no figure" (NaN or null inside the analysis). */
export function roundedOrNull(value: number | null): number | null {
  return value === null || Number.isNaN(value) ? null : rounded(value);
}

/** A two-sided interval `[low, high]`. */
export type Interval = readonly [low: number, high: number];

/** Mean and spread of one group's answers to one scale (or one allocation option). */
export interface Description {
  /** Answers counted (don't-know excluded). */
  readonly n: number;
  readonly mean: number | null;
  /** Sample standard deviation (n − 1); null below 2 answers. */
  readonly sd: number | null;
  /** 95 % t-interval of the mean; null below 2 answers. */
  readonly ci95: Interval | null;
}

/** Sample variance from counters; null below 2 answers. */
export function sampleVariance(m: Moments): number | null {
  if (m.n < 2) return null;
  // n·Σx² − (Σx)² is an exact integer; clamp the (impossible) negative to guard against bad input.
  return Math.max(0, m.n * m.sumSquares - m.sum * m.sum) / (m.n * (m.n - 1));
}

/** Mean, SD and 95 % interval of a set of answers given by its counters, as reported (rounded). */
export function describe(m: Moments): Description {
  if (m.n === 0) return { n: 0, mean: null, sd: null, ci95: null };
  const mean = m.sum / m.n;
  const variance = sampleVariance(m);
  if (variance === null) return { n: m.n, mean: rounded(mean), sd: null, ci95: null };
  const sd = Math.sqrt(variance);
  const halfWidth = twoSidedT(CONFIDENCE_LEVEL, m.n - 1) * (sd / Math.sqrt(m.n));
  return { n: m.n, mean: rounded(mean), sd: rounded(sd), ci95: [rounded(mean - halfWidth), rounded(mean + halfWidth)] };
}

/** Variance of answers spread uniformly over A options: (A² − 1) / 12, the "no agreement" yardstick. */
export function uniformVariance(points: number): number {
  return (points * points - 1) / 12;
}

/**
 * Within-group agreement r_wg = 1 − s² / ((A² − 1) / 12) (James, Demaree & Wolf 1984), with values
 * below 0 (more spread than uniform, e.g. two camps) reported as 0, as is customary. Null below 2
 * answers: one answer cannot agree or disagree with anything.
 */
export function withinGroupAgreement(m: Moments, points: number): number | null {
  const variance = sampleVariance(m);
  if (variance === null) return null;
  return Math.max(0, 1 - variance / uniformVariance(points));
}

/** True when r_wg says the group has no single position (DIVIDED_BELOW_RWG). */
export function isDivided(rwg: number | null): boolean {
  return rwg !== null && rwg < DIVIDED_BELOW_RWG;
}

/** True when a figure rests on fewer than INDICATIVE_BELOW answers or respondents. */
export function isIndicative(n: number): boolean {
  return n < INDICATIVE_BELOW;
}

/** Midpoint of a scale with `points` options numbered 1…points. */
export const midpoint = (points: number) => (points + 1) / 2;

/** Range of a scale with `points` options: the largest possible difference between two means. */
export const scaleRange = (points: number) => points - 1;

/** The 97.5th percentile of the standard normal distribution: the z of a two-sided 95 % interval. */
const Z_95 = 1.959963984540054;

/**
 * Wilson's score interval for a share (Wilson 1927): `count` of `n` chose something. Unlike
 * share ± z·√(share(1 − share)/n) it stays within 0–1 and is not zero-width at 0 % or 100 %, which
 * matters for the small groups a report shows. Null for n = 0.
 */
export function wilsonInterval(count: number, n: number): Interval | null {
  if (n === 0) return null;
  const share = count / n;
  const z2 = Z_95 * Z_95;
  const centre = (share + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z_95 / (1 + z2 / n)) * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
