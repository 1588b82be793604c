/**
 * The verdict rules the chance benchmark sets against the report's own, reimplemented here on the
 * same figures (the product keeps only its rule):
 *
 * - `before`: the rule before the chance control: every pair that passes the conflict rule of
 *   pairs.ts on its own (size, d, its own 95 % interval, agreement) is a conflict.
 * - `welch`: the textbook route: Welch's ANOVA per item over the partners with a verdict's worth of
 *   answers, Benjamini–Hochberg across items, then Games–Howell for the pairs of a selected item at
 *   the same level as the report's rule, on top of the conflict rule.
 * - `ownVariance`: the report's rule, but each pair's statistic pools only the two partners' own
 *   variances (each counted as the report counts it, with nₐ + n_b − 2 degrees of freedom), as the
 *   pair rule's interval does, instead of every partner's on the item.
 */
import { scalePoints } from '../../core/instrument/types';
import type { ReportInput } from '../../worker/analysis';
import { addToPool, benjaminiHochberg, emptyPool, pooledStatistic } from '../../worker/analysis/chance';
import { compareInto, comparisonScratch, putSide, sideTable } from '../../worker/analysis/pairs';
import { isScaleItem, type ScaleStat, summariseScale } from '../../worker/analysis/partner-items';
import { ALL_GROUP } from '../../worker/analysis/stats';
import { twoSidedPValue } from '../../worker/analysis/student-t';
import { FALSE_DISCOVERY_RATE, VERDICT_MIN_ANSWERS } from '../../worker/analysis/thresholds';
import { fUpperTail, studentizedRangeUpperTail } from './studentized-range';

/** Every partner of a report input on one scale item (all partners of the benchmarks are shown). */
export interface ItemStats {
  readonly itemId: string;
  readonly points: number;
  readonly stats: readonly ScaleStat[];
}

export function itemStatsOf(input: ReportInput): ItemStats[] {
  const items = input.instrument.sections.filter((s) => input.sections.includes(s.id)).flatMap((s) => s.items);
  return items.filter(isScaleItem).map((item) => {
    const points = scalePoints[item.format];
    const stats = input.partners.map((p) => summariseScale(input.stats.get(p.id)!.get(ALL_GROUP)!.stats, item.id, points, p.id));
    return { itemId: item.id, points, stats };
  });
}

/** Conflicts a rule calls: per item id, the pairs as `i * 1000 + j` (partner indexes, i < j). */
export type Conflicts = ReadonlyMap<string, ReadonlySet<number>>;

export const pairKey = (i: number, j: number) => i * 1000 + j;

interface Candidate {
  readonly i: number;
  readonly j: number;
  readonly difference: number;
  /** The pair's own statistic (its two variances pooled as the report pools them) and its degrees of freedom. */
  readonly t: number;
  readonly df: number;
}

/** Per item: the pairs compared (both with VERDICT_MIN_ANSWERS answers) and those passing the conflict rule on their own. */
function candidatesOf(item: ItemStats): { compared: number; candidates: Candidate[] } {
  const scratch = comparisonScratch();
  const s = item.stats;
  const sides = sideTable(s.length);
  for (let i = 0; i < s.length; i++) putSide(sides, i, s[i]!);
  let compared = 0;
  const candidates: Candidate[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let j = i + 1; j < s.length; j++) {
      const [a, b] = [s[i]!, s[j]!];
      compareInto(scratch, sides, i, j, item.points);
      if (a.n >= VERDICT_MIN_ANSWERS && b.n >= VERDICT_MIN_ANSWERS) compared += 1;
      if (scratch.verdict !== 'conflict') continue;
      const pool = emptyPool();
      addToPool(pool, a.n, a.variance);
      addToPool(pool, b.n, b.variance);
      const t = pooledStatistic(scratch.difference, pool, a.n, b.n);
      candidates.push({ i, j, difference: scratch.difference, t, df: pool.degreesOfFreedom });
    }
  }
  return { compared, candidates };
}

/** The rule before the chance control. */
export function beforeRule(items: readonly ItemStats[]): Conflicts {
  const conflicts = new Map<string, Set<number>>();
  for (const item of items) {
    const { candidates } = candidatesOf(item);
    if (candidates.length > 0) conflicts.set(item.itemId, new Set(candidates.map((c) => pairKey(c.i, c.j))));
  }
  return conflicts;
}

/** BH over per-item p-values; each selected item's candidates are kept by `keep` at level FDR × selected / items. */
function selectItems<T>(
  items: readonly ItemStats[],
  perItem: readonly T[],
  pValue: (t: T) => number,
  keep: (t: T, level: number) => Set<number>,
): Conflicts {
  const qValues = benjaminiHochberg(perItem.map(pValue));
  const selected = qValues.filter((q) => q <= FALSE_DISCOVERY_RATE).length;
  const level = (FALSE_DISCOVERY_RATE * selected) / Math.max(1, perItem.length);
  const conflicts = new Map<string, Set<number>>();
  perItem.forEach((t, k) => {
    if (qValues[k]! > FALSE_DISCOVERY_RATE) return;
    const kept = keep(t, level);
    if (kept.size > 0) conflicts.set(items[k]!.itemId, kept);
  });
  return conflicts;
}

/** The report's rule with each pair's own variance: Bonferroni per item, BH across items, Holm within. */
export function ownVarianceRule(items: readonly ItemStats[]): Conflicts {
  const families = items
    .map((item) => {
      const { compared, candidates } = candidatesOf(item);
      const tested = candidates.map((c) => ({ ...c, p: twoSidedPValue(c.t, c.df) })).sort((x, y) => x.p - y.p);
      return { item, compared, tested };
    })
    .filter((f) => f.compared > 0);
  return selectItems(
    families.map((f) => f.item),
    families,
    (f) => (f.tested.length === 0 ? 1 : Math.min(1, f.compared * f.tested[0]!.p)),
    (f, level) => {
      const kept = new Set<number>();
      for (const [k, c] of f.tested.entries()) {
        if (c.p > level / (f.compared - k)) break;
        kept.add(pairKey(c.i, c.j));
      }
      return kept;
    },
  );
}

/** Welch's ANOVA over partners with VERDICT_MIN_ANSWERS answers and some spread (a partner without spread has infinite weight). */
export function welchAnova(stats: readonly ScaleStat[]): number {
  const groups = stats.filter((s) => s.n >= VERDICT_MIN_ANSWERS && s.variance > 0);
  const k = groups.length;
  if (k < 2) return 1;
  const weights = groups.map((g) => g.n / g.variance);
  const total = weights.reduce((a, b) => a + b, 0);
  const centre = groups.reduce((sum, g, i) => sum + weights[i]! * g.mean, 0) / total;
  const between = groups.reduce((sum, g, i) => sum + weights[i]! * (g.mean - centre) ** 2, 0) / (k - 1);
  const lambda = groups.reduce((sum, g, i) => sum + (1 - weights[i]! / total) ** 2 / (g.n - 1), 0);
  const f = between / (1 + ((2 * (k - 2)) / (k * k - 1)) * lambda);
  return fUpperTail(f, k - 1, (k * k - 1) / (3 * lambda));
}

/** Welch's ANOVA per item, BH across items, Games–Howell for the candidates of a selected item. */
export function welchRule(items: readonly ItemStats[]): Conflicts {
  const tested = items.filter((item) => item.stats.filter((s) => s.n >= VERDICT_MIN_ANSWERS).length >= 2);
  return selectItems(
    tested,
    tested,
    (item) => welchAnova(item.stats),
    (item, level) => {
      const groups = item.stats.filter((s) => s.n >= VERDICT_MIN_ANSWERS).length;
      const kept = new Set<number>();
      for (const c of candidatesOf(item).candidates) {
        const [a, b] = [item.stats[c.i]!, item.stats[c.j]!];
        const va = a.variance / a.n;
        const vb = b.variance / b.n;
        const se = Math.sqrt(va + vb);
        const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
        const p = se === 0 ? 0 : studentizedRangeUpperTail((Math.abs(c.difference) / se) * Math.SQRT2, groups, df);
        if (p <= level) kept.add(pairKey(c.i, c.j));
      }
      return kept;
    },
  );
}
