/**
 * Chance control over a whole report (docs/alignment.md §4). A report compares every pair of
 * partners on every item: 190 pairs × 53 items at 20 partners. Tested one by one at 95 %, hundreds
 * of pairs would look certain by chance alone. So a pair that passes the conflict rule of pairs.ts is
 * only a candidate; it becomes a conflict when it is clear enough given every comparison made:
 *
 * 1. Each item is a family of pair comparisons: the pairs whose partners both have
 *    VERDICT_MIN_ANSWERS answers. A pair's statistic is |difference| / SE with the item's pooled
 *    within-partner variance (every partner with two answers or more adds to it, divided ones too,
 *    a unanimous one at `countedVariance`), so even five respondents per partner give a variance
 *    estimate with many degrees of freedom.
 * 2. The item's p-value is Bonferroni's over its family: the smallest candidate p times the number
 *    of pairs compared (1 without candidates).
 * 3. Items are selected by Benjamini–Hochberg at FALSE_DISCOVERY_RATE: the fault lines.
 * 4. Within a selected item, Holm's step-down at FALSE_DISCOVERY_RATE × selected / items confirms
 *    candidates, strongest first (Benjamini & Bogomolov 2014, selective inference on families).
 *
 * Where no partner differs from any other, a report shows a fault line with probability at most
 * FALSE_DISCOVERY_RATE; otherwise, among its fault lines at most that share is expected to hold a
 * chance pair.
 */
import type { Sureness } from './model';
import { twoSidedPValue } from './student-t';
import { FALSE_DISCOVERY_RATE, SURE_AT_MOST, VERY_SURE_AT_MOST } from './thresholds';

/**
 * A partner's variance as it counts in the item's pooled variance. Answers are whole numbers, so n
 * identical answers do not show that nobody differs: after n alike, the next one differs with a
 * chance of about 1 in n + 2 (Laplace's rule of succession). Counted as 0, two unanimous groups of
 * five one point apart would be a certain conflict; so a unanimous partner counts as if one answer
 * were one step off, 1/n, the smallest variance n whole-number answers can have short of 0.
 */
export function countedVariance(n: number, variance: number): number {
  return Math.max(variance, 1 / n);
}

/** A pooled within-group variance being summed: Σ (n − 1)·s² and Σ (n − 1). */
export interface Pool {
  squares: number;
  degreesOfFreedom: number;
}

export const emptyPool = (): Pool => ({ squares: 0, degreesOfFreedom: 0 });

/** Adds a group of `n` answers with sample `variance` to the pool (at `countedVariance`; one answer adds nothing). */
export function addToPool(pool: Pool, n: number, variance: number): void {
  if (n < 2) return;
  pool.squares += (n - 1) * countedVariance(n, variance);
  pool.degreesOfFreedom += n - 1;
}

/** |difference| / SE of two groups of aN and bN answers, with the pool's variance. */
export function pooledStatistic(difference: number, pool: Readonly<Pool>, aN: number, bN: number): number {
  return Math.abs(difference) / Math.sqrt((pool.squares / pool.degreesOfFreedom) * (1 / aN + 1 / bN));
}

/** One item's pair comparisons, as the chance control needs them. */
export interface PairFamily {
  /** Pairs compared on the item: the family's size, candidates or not. */
  readonly pairs: number;
  /** Degrees of freedom of the item's pooled within-partner variance. */
  readonly degreesOfFreedom: number;
  /** The candidates' statistics (|difference| / SE), largest first. */
  readonly statistics: ArrayLike<number>;
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values), in input order: the smallest false discovery
 * rate at which each hypothesis would be rejected, min over k ≥ rank of m·p₍ₖ₎/k, at most 1.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((x, y) => pValues[x]! - pValues[y]!);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const i = order[rank - 1]!;
    running = Math.min(running, (pValues[i]! * m) / rank);
    adjusted[i] = running;
  }
  return adjusted;
}

/** Bonferroni's p-value of a family: its strongest candidate's p times the pairs compared (1 without candidates). */
export function familyPValue(family: PairFamily): number {
  const strongest = family.statistics[0];
  if (strongest === undefined) return 1;
  return Math.min(1, family.pairs * twoSidedPValue(strongest, family.degreesOfFreedom));
}

/**
 * How many of the family's candidates (largest statistic first) Holm's step-down confirms at
 * `level`: the k-th needs p ≤ level / (pairs − k + 1). Pairs that are no candidate count in the
 * family as if their p were 1, which can only confirm less.
 */
export function holmConfirmed(family: PairFamily, level: number): number {
  const { statistics, degreesOfFreedom, pairs } = family;
  const p = (k: number) => twoSidedPValue(statistics[k]!, degreesOfFreedom);
  // Every candidate under the strictest step, level / pairs, passes whatever its rank: find how many
  // by bisection (p grows along the list), so a report with thousands of conflicts needs a few dozen
  // p-values, not thousands. Then step on one by one.
  let low = 0;
  let high = statistics.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (p(middle) <= level / pairs) low = middle + 1;
    else high = middle;
  }
  let k = low;
  while (k < statistics.length && p(k) <= level / (pairs - k)) k++;
  return k;
}

/** What the chance control decided for each family, in the order given. */
export interface ChanceDecision {
  /** Benjamini–Hochberg q-value of each family's p-value. */
  readonly qValues: readonly number[];
  /** How many candidates of each family are confirmed (its first ones): 0 unless selected. */
  readonly confirmed: readonly number[];
}

/** Steps 2–4 above, over every item family of one report. */
export function controlChance(families: readonly PairFamily[]): ChanceDecision {
  const qValues = benjaminiHochberg(families.map(familyPValue));
  const selected = qValues.filter((q) => q <= FALSE_DISCOVERY_RATE).length;
  const level = (FALSE_DISCOVERY_RATE * selected) / families.length;
  const confirmed = families.map((family, i) => {
    if (qValues[i]! > FALSE_DISCOVERY_RATE) return 0;
    // Selection already says the strongest passes Holm's first step (p·pairs ≤ level); counting it
    // without recomputing keeps a selected item from losing it to a rounding error.
    return Math.max(1, holmConfirmed(family, level));
  });
  return { qValues, confirmed };
}

/** How sure a finding with this q-value is, in the words the page uses (SURE_AT_MOST, VERY_SURE_AT_MOST). */
export function sureness(qValue: number): Sureness {
  if (qValue <= VERY_SURE_AT_MOST) return 'very_sure';
  if (qValue <= SURE_AT_MOST) return 'sure';
  return 'fairly_sure';
}
