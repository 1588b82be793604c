/**
 * Two partners compared on one item. Scales: difference of means, Cohen's d with the pooled
 * within-partner SD, a pooled-variance t-interval of the difference, opposite sides of the midpoint,
 * and a verdict. Allocations (drives) are compositional: point differences and overlap only.
 *
 * A report compares every pair on every item (190 pairs × ~60 items for 20 partners), so the core
 * reads its sides from typed arrays and writes into a reusable scratch record instead of allocating
 * (a call that passed means and variances as numbers would box every one of them); `compareScales`
 * wraps it for single comparisons.
 */
import type { AllocationItem } from '../../core/instrument/types';
import type { AllocationComparison, Interval, ScaleComparison, Verdict, VerdictReason } from './model';
import { midpoint, rounded, roundedOrNull, scaleRange } from './moments';
import { type Counters, moments } from './stats';
import { twoSidedTable } from './student-t';
import {
  ALIGNMENT_MAX_DIFFERENCE_SHARE,
  CONFIDENCE_LEVEL,
  CONFLICT_MIN_DIFFERENCE_SHARE,
  CONFLICT_MIN_EFFECT_SIZE,
  DIVIDED_BELOW_RWG,
  EQUIVALENCE_CONFIDENCE_LEVEL,
  VERDICT_MIN_ANSWERS,
} from './thresholds';

/**
 * Threshold comparisons allow for floating-point noise: 11/3 − 13/6 must count as the 1.5 it is.
 * Far below any difference a survey can show.
 */
const TOLERANCE = 1e-9;
export const atLeast = (value: number, threshold: number) => value >= threshold - TOLERANCE;
export const atMost = (value: number, threshold: number) => value <= threshold + TOLERANCE;

/** What a comparison needs of one side: answer count, mean, exact variance and agreement. */
export interface ScaleSide {
  readonly n: number;
  readonly mean: number | null;
  readonly variance: number | null;
  readonly rwg: number | null;
}

/** The result of one comparison, written in place. `NaN` marks a figure that does not exist. */
export interface ComparisonScratch {
  difference: number;
  effectSize: number;
  low: number;
  high: number;
  standardError: number;
  degreesOfFreedom: number;
  oppositeSides: boolean;
  verdict: Verdict;
  reason: VerdictReason | null;
  /** Far end of the 90 % interval of |difference| (Infinity without an interval). */
  plausibleMax: number;
  /** Near end of the 95 % interval of |difference| (0 when the interval includes 0). */
  certainGap: number;
}

export function comparisonScratch(): ComparisonScratch {
  return {
    difference: NaN,
    effectSize: NaN,
    low: NaN,
    high: NaN,
    standardError: NaN,
    degreesOfFreedom: 0,
    oppositeSides: false,
    verdict: 'neither',
    reason: null,
    plausibleMax: Infinity,
    certainGap: 0,
  };
}

/**
 * The sides a comparison reads, one slot per side: answer counts, means, exact variances and r_wg
 * (NaN where absent). A report's pair loop fills one slot per partner for each item.
 */
export interface SideTable {
  readonly n: Float64Array;
  readonly mean: Float64Array;
  readonly variance: Float64Array;
  readonly rwg: Float64Array;
}

/** A side table of `slots` slots (zeros until filled). */
export function sideTable(slots: number): SideTable {
  return { n: new Float64Array(slots), mean: new Float64Array(slots), variance: new Float64Array(slots), rwg: new Float64Array(slots) };
}

/** Writes a side into a slot of `table`; `null` figures become NaN (inline: a call returning each would box it). */
export function putSide(table: SideTable, slot: number, side: ScaleSide): void {
  table.n[slot] = side.n;
  table.mean[slot] = side.mean ?? Number.NaN;
  table.variance[slot] = side.variance ?? Number.NaN;
  table.rwg[slot] = side.rwg ?? Number.NaN;
}

const t95 = twoSidedTable(CONFIDENCE_LEVEL);
const t90 = twoSidedTable(EQUIVALENCE_CONFIDENCE_LEVEL);

const divided = (rwg: number) => !Number.isNaN(rwg) && rwg < DIVIDED_BELOW_RWG;

/**
 * Compares side `a` with side `b` of `sides` on a scale of `points`. The verdict:
 * - `neither` with reason `too_few_answers` when a side has fewer than VERDICT_MIN_ANSWERS answers,
 *   or `divided` when a side's r_wg is below DIVIDED_BELOW_RWG (its mean is no position);
 * - `conflict` when |difference| ≥ CONFLICT_MIN_DIFFERENCE_SHARE × range, |d| ≥
 *   CONFLICT_MIN_EFFECT_SIZE (or no spread at all), and the 95 % interval excludes 0;
 * - `alignment` when |difference| ≤ ALIGNMENT_MAX_DIFFERENCE_SHARE × range and the far end of the
 *   90 % interval of the difference stays below CONFLICT_MIN_DIFFERENCE_SHARE × range;
 * - `neither` otherwise.
 */
export function compareInto(out: ComparisonScratch, sides: SideTable, a: number, b: number, points: number): void {
  const aN = sides.n[a]!;
  const bN = sides.n[b]!;
  const aMean = sides.mean[a]!;
  const bMean = sides.mean[b]!;
  out.effectSize = NaN;
  out.low = NaN;
  out.high = NaN;
  out.standardError = NaN;
  out.plausibleMax = Infinity;
  out.certainGap = 0;
  out.verdict = 'neither';
  out.reason = 'too_few_answers';
  if (aN === 0 || bN === 0) {
    out.difference = NaN;
    out.degreesOfFreedom = 0;
    out.oppositeSides = false;
    return;
  }
  const difference = aMean - bMean;
  const middle = midpoint(points);
  out.difference = difference;
  out.oppositeSides = (aMean - middle) * (bMean - middle) < 0;

  // Pooled within-partner variance; a side with one answer adds no degrees of freedom.
  const df = aN + bN - 2;
  out.degreesOfFreedom = df;
  if (df < 1) return;
  const pooledVariance = ((aN - 1) * (aN > 1 ? sides.variance[a]! : 0) + (bN - 1) * (bN > 1 ? sides.variance[b]! : 0)) / df;
  const pooledSd = Math.sqrt(pooledVariance);
  if (pooledSd > 0) out.effectSize = difference / pooledSd;
  const standardError = pooledSd * Math.sqrt(1 / aN + 1 / bN);
  // The t multipliers are read from their tables inline, once the tables hold them (student-t.ts):
  // a call that returned one, or a read that could be past the end, would box it.
  t95.ensure(df);
  t90.ensure(df);
  const halfWidth = t95.values[df]! * standardError;
  out.standardError = standardError;
  out.low = difference - halfWidth;
  out.high = difference + halfWidth;
  const size = Math.abs(difference);
  out.certainGap = Math.max(0, size - halfWidth);
  out.plausibleMax = size + t90.values[df]! * standardError;

  if (aN < VERDICT_MIN_ANSWERS || bN < VERDICT_MIN_ANSWERS) return;
  if (divided(sides.rwg[a]!) || divided(sides.rwg[b]!)) {
    out.reason = 'divided';
    return;
  }
  out.reason = null;
  const range = scaleRange(points);
  const conflictSize = CONFLICT_MIN_DIFFERENCE_SHARE * range;
  const certain = out.low > 0 || out.high < 0;
  const large = Number.isNaN(out.effectSize) ? size > 0 : atLeast(Math.abs(out.effectSize), CONFLICT_MIN_EFFECT_SIZE);
  if (atLeast(size, conflictSize) && large && certain) out.verdict = 'conflict';
  else if (atMost(size, ALIGNMENT_MAX_DIFFERENCE_SHARE * range) && out.plausibleMax < conflictSize - TOLERANCE) out.verdict = 'alignment';
}

/** The two slots single comparisons use: a comparison reads its sides before it returns. */
const twoSides = sideTable(2);

/** One comparison of side a with side b, in a fresh scratch (see `compareInto` for the verdict). */
export function compareScales(a: ScaleSide, b: ScaleSide, points: number): Readonly<ComparisonScratch> {
  const out = comparisonScratch();
  putSide(twoSides, 0, a);
  putSide(twoSides, 1, b);
  compareInto(out, twoSides, 0, 1, points);
  return out;
}

/** The interval held in a scratch, as reported; null when there is none. */
export function reportedInterval(out: Readonly<ComparisonScratch>): Interval | null {
  return Number.isNaN(out.low) ? null : [rounded(out.low), rounded(out.high)];
}

/** The report's record of a comparison held in a scratch. */
export function scaleComparisonFrom(itemId: string, out: Readonly<ComparisonScratch>): ScaleComparison {
  return {
    itemId,
    difference: roundedOrNull(out.difference),
    effectSize: roundedOrNull(out.effectSize),
    ci95: reportedInterval(out),
    oppositeSides: out.oppositeSides,
    verdict: out.verdict,
    reason: out.reason,
  };
}

/**
 * Two partners' mean allocations: overlap Σ min(pᵢ, qᵢ) / 100 and point differences. Worked in
 * integers (Σ min(sᵢ·n_b, tᵢ·n_a) / (100·n_a·n_b)) so that identical profiles overlap exactly 1.
 * Null when either partner has no allocation.
 */
export function compareAllocations(item: AllocationItem, a: Counters, b: Counters): AllocationComparison | null {
  const na = a.get(`${item.id}|n`) ?? 0;
  const nb = b.get(`${item.id}|n`) ?? 0;
  if (na === 0 || nb === 0) return null;
  const sumsA = allocationSums(item, a);
  const sumsB = allocationSums(item, b);
  return {
    itemId: item.id,
    overlap: rounded(allocationOverlap(sumsA, na, sumsB, nb, item.total)),
    differences: item.options.map((option, i) => ({ optionId: option.id, difference: rounded(sumsA[i]! / na - sumsB[i]! / nb) })),
  };
}

/** Total points per option, in instrument order. */
export function allocationSums(item: AllocationItem, stats: Counters): number[] {
  return item.options.map((option) => moments(stats, `${item.id}:${option.id}`).sum);
}

/** The overlap of two allocation profiles given by their point totals and counts (see `compareAllocations`). */
export function allocationOverlap(sumsA: readonly number[], na: number, sumsB: readonly number[], nb: number, total: number): number {
  let shared = 0;
  for (let i = 0; i < sumsA.length; i++) shared += Math.min(sumsA[i]! * nb, sumsB[i]! * na);
  return Math.min(1, shared / (total * na * nb));
}
