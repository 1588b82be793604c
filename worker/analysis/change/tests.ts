/**
 * How a change between two waves is judged (docs/alignment.md §11). Every change is a difference of
 * means from two independent samples: a partner's mean now minus then, a gap between two partners
 * now minus then, or a score made of such means. For each:
 *
 * - its own 95 % interval, with the variance pooled over the groups it is made of (Student's t, as
 *   the report's pair interval);
 * - it is a *candidate* when every group has VERDICT_MIN_ANSWERS answers, it is at least
 *   CHANGE_MIN_SHARE of the range, and its own interval excludes 0;
 * - a candidate is *clear* only when the chance control over every change the view compares keeps
 *   it: the statistic |change| / SE with the item's variance pooled over every compared partner in
 *   both waves, Bonferroni within its family, Benjamini–Hochberg across families and Holm within the
 *   selected ones (chance.ts, the same procedure as the report's fault lines).
 *
 * A score made of several items (a readiness factor, a pair's section score) is a weighted sum of
 * item changes whose answers come from the same people, with unknown correlation: its standard
 * error is bounded by the weighted sum of the items' standard errors (Minkowski), which holds for
 * any correlation and is exact when they move together.
 */
import { addToPool, controlChance, emptyPool, type PairFamily, type Pool, sureness } from '../chance';
import type { Interval } from '../moments';
import { rounded, roundedUp } from '../moments';
import { atLeast } from '../pairs';
import { twoSidedT } from '../student-t';
import { CHANGE_MIN_SHARE, CONFIDENCE_LEVEL, VERDICT_MIN_ANSWERS } from '../thresholds';
import type { Change, ChangeReason } from './model';

/** One group of answers in one wave (a partner on an item, or its 0/1 choices of one option). */
export interface Group {
  readonly n: number;
  readonly mean: number;
  /** Sample variance; NaN below 2 answers. */
  readonly variance: number;
}

/** A change as estimated, before it is judged. NaN marks a standard error that does not exist. */
export interface Estimate {
  /** After minus before: the later wave's figure minus the earlier one's. */
  readonly value: number;
  /** Standard error from the groups' own variances (pooled over them), with `ownDf` degrees of freedom. */
  readonly ownSe: number;
  readonly ownDf: number;
  /** Standard error with the items' variances pooled over every compared partner in both waves. */
  readonly chanceSe: number;
  /** The fewest answers behind any of its groups. */
  readonly fewest: number;
}

/**
 * The degrees of freedom of a family whose changes rest on several items' pools: the fewest of the
 * pools with any (an item nobody answered twice carries no change, so it does not count). 0 when none.
 */
export function fewestDegreesOfFreedom(pools: Iterable<Pool>): number {
  let fewest = Infinity;
  for (const pool of pools) if (pool.degreesOfFreedom > 0) fewest = Math.min(fewest, pool.degreesOfFreedom);
  return fewest === Infinity ? 0 : fewest;
}

/** The item's pooled within-partner variance over the given groups (chance.ts: unanimous counted as one step off). */
export function poolOf(groups: Iterable<Group>): Pool {
  const pool = emptyPool();
  for (const g of groups) addToPool(pool, g.n, g.variance);
  return pool;
}

/** Σ cᵢ·meanᵢ over groups of one item, with both standard errors (see `Estimate`). */
export function contrast(groups: readonly Group[], coefficients: readonly number[], pool: Readonly<Pool>): Estimate {
  let value = 0;
  let squares = 0;
  let ownDf = 0;
  let weight = 0;
  let fewest = Infinity;
  groups.forEach((g, i) => {
    const c = coefficients[i]!;
    value += c * g.mean;
    weight += (c * c) / g.n;
    fewest = Math.min(fewest, g.n);
    if (g.n > 1) {
      squares += (g.n - 1) * g.variance;
      ownDf += g.n - 1;
    }
  });
  const ownSe = ownDf > 0 ? Math.sqrt((squares / ownDf) * weight) : NaN;
  const chanceSe = pool.degreesOfFreedom > 0 ? Math.sqrt((pool.squares / pool.degreesOfFreedom) * weight) : NaN;
  return { value, ownSe, ownDf, chanceSe, fewest };
}

/** A weighted sum of item changes (a score over several items): standard errors bounded by their weighted sum. */
export function combine(parts: readonly Estimate[], weights: readonly number[]): Estimate {
  let value = 0;
  let ownSe = 0;
  let chanceSe = 0;
  let ownDf = Infinity;
  let fewest = Infinity;
  parts.forEach((part, i) => {
    const w = weights[i]!;
    value += w * part.value;
    ownSe += Math.abs(w) * part.ownSe;
    chanceSe += Math.abs(w) * part.chanceSe;
    ownDf = Math.min(ownDf, part.ownDf);
    fewest = Math.min(fewest, part.fewest);
  });
  return { value, ownSe, ownDf: parts.length === 0 ? 0 : ownDf, chanceSe, fewest };
}

/** A change being judged; `clear` and `qValue` are set when the families are decided. */
export interface Test {
  readonly before: number;
  readonly after: number;
  readonly estimate: Estimate;
  readonly low: number;
  readonly high: number;
  /** The figure's range: no change can be larger than it either way. */
  readonly range: number;
  reason: ChangeReason | null;
  statistic: number;
  qValue: number | null;
  clear: boolean;
}

interface Family {
  readonly df: number;
  readonly tests: Test[];
}

/**
 * The families of one change view: each a set of changes judged together (the partners on one item,
 * the pairs on one item or section, the partners on one readiness factor or value-case option).
 */
export class ChangeFamilies {
  private readonly families = new Map<string, Family>();

  /**
   * Judges a change of `then` → `now` (each a figure in the units of `range`, the scale's range) in
   * the family `key`, whose chance statistics have `df` degrees of freedom (the smallest of its items').
   */
  add(key: string, df: number, before: number, after: number, estimate: Estimate, range: number): Test {
    const half = Number.isNaN(estimate.ownSe) || estimate.ownDf < 1 ? NaN : twoSidedT(CONFIDENCE_LEVEL, estimate.ownDf) * estimate.ownSe;
    const low = estimate.value - half;
    const high = estimate.value + half;
    const test: Test = { before, after, estimate, low, high, range, reason: null, statistic: 0, qValue: null, clear: false };
    if (estimate.fewest < VERDICT_MIN_ANSWERS) test.reason = 'too_few_answers';
    else if (!atLeast(Math.abs(estimate.value), CHANGE_MIN_SHARE * range)) test.reason = 'too_small';
    else if (!(low > 0 || high < 0)) test.reason = 'uncertain';
    // No pooled spread at all cannot happen with three answers a side (a unanimous group counts as one step off); a
    // missing one confirms nothing.
    else
      test.statistic = Number.isNaN(estimate.chanceSe)
        ? 0
        : estimate.chanceSe > 0
          ? Math.abs(estimate.value) / estimate.chanceSe
          : Infinity;
    let family = this.families.get(key);
    if (!family) {
      family = { df, tests: [] };
      this.families.set(key, family);
    }
    if (test.reason !== 'too_few_answers') family.tests.push(test);
    return test;
  }

  /**
   * Decides every family at once (chance.ts) and marks the clear changes. Returns how many families
   * and changes were compared: what the view says the chance control allowed for.
   */
  decide(): { families: number; tests: number } {
    const families = [...this.families.values()].filter((f) => f.tests.length > 0 && f.df > 0);
    const candidates = families.map((f) => f.tests.filter((t) => t.reason === null).sort((x, y) => y.statistic - x.statistic));
    const pairFamilies: PairFamily[] = families.map((f, i) => ({
      pairs: f.tests.length,
      degreesOfFreedom: f.df,
      statistics: candidates[i]!.map((t) => t.statistic),
    }));
    const decision = controlChance(pairFamilies);
    families.forEach((_, i) => {
      const list = candidates[i]!;
      const confirmed = decision.confirmed[i]!;
      const weakest = confirmed > 0 ? list[confirmed - 1]!.statistic : Infinity;
      for (const test of list) {
        test.qValue = decision.qValues[i]!;
        test.clear = test.statistic >= weakest;
        if (!test.clear) test.reason = 'could_be_chance';
      }
    });
    // A family without chance degrees of freedom (nobody varies, nobody has two answers) confirms nothing.
    for (const family of this.families.values()) {
      if (family.df > 0) continue;
      for (const test of family.tests) if (test.reason === null) test.reason = 'could_be_chance';
    }
    return { families: families.length, tests: families.reduce((sum, f) => sum + f.tests.length, 0) };
  }
}

/** Which way a clear change goes: `up` (the figure rose) or `down`. */
type Direction = 'up' | 'down';

/**
 * A judged change as the model reports it, with its verdict in the words of its kind: `verdicts.up`
 * when a clear change raised the figure, `verdicts.down` when it lowered it.
 */
export function reported<V extends string>(test: Test, verdicts: Record<Direction, V>, none: V): Change<V> {
  const { value } = test.estimate;
  // A t interval of a change near the end of its range can reach past it (−113 to −37 percentage
  // points), where no change can lie: it is cut at ±range, and the model says so.
  const low = Math.max(test.low, -test.range);
  const high = Math.min(test.high, test.range);
  const interval: Interval | null = Number.isNaN(test.low) ? null : [rounded(low), rounded(high)];
  return {
    before: rounded(test.before),
    after: rounded(test.after),
    change: rounded(value),
    ci95: interval,
    ci95Clipped: interval !== null && (low !== test.low || high !== test.high),
    verdict: test.clear ? verdicts[value > 0 ? 'up' : 'down'] : none,
    reason: test.clear ? null : test.reason,
    qValue: test.qValue === null ? null : roundedUp(test.qValue),
    sureness: test.clear && test.qValue !== null ? sureness(test.qValue) : null,
  };
}

/** The verdict of a finding made of several changes: one way, the other, both (`mixed`), or none clear. */
export function summaryVerdict<V extends string>(verdicts: readonly V[], up: V, down: V, none: V): V | 'mixed' {
  const ups = verdicts.includes(up);
  const downs = verdicts.includes(down);
  if (ups && downs) return 'mixed';
  return ups ? up : downs ? down : none;
}
