/**
 * Changes on the scale items and drives: each compared partner's mean (then → now), each pair's
 * distance on an item (|difference| then → now), and each pair's 0–1 score per section. Every one
 * is judged in its family (tests.ts): the partners on an item, the pairs on an item, the pairs on a
 * section.
 */
import type { AllocationItem, Item, SectionId } from '../../../core/instrument/types';
import { scalePoints } from '../../../core/instrument/types';
import type { Pool } from '../chance';
import type { AnalysisContext } from '../context';
import { sampleVariance, scaleRange } from '../moments';
import { allocationOverlap, allocationSums } from '../pairs';
import { isScaleItem, type ScaleItem, type ScaleTable } from '../partner-items';
import { type Counters, moments } from '../stats';
import { type ChangeFamilies, combine, contrast, type Estimate, fewestDegreesOfFreedom, type Group, poolOf, type Test } from './tests';

/** One wave as the change reads it: its context (shown partners, counters) and each partner's scale figures. */
export interface Wave {
  readonly ctx: AnalysisContext;
  readonly scales: ScaleTable;
  /** Partner id → its place in `ctx.shown`. */
  readonly index: ReadonlyMap<string, number>;
}

/** A partner's answers to a scale item in a wave; null without any. */
export function groupOf(wave: Wave, itemId: string, partnerId: string): Group | null {
  const stat = wave.scales.get(itemId)?.[wave.index.get(partnerId) ?? -1];
  return stat && stat.n > 0 ? { n: stat.n, mean: stat.mean, variance: stat.variance } : null;
}

/** A partner's released counters (item threshold applied) in a wave. */
export const partnerCounters = (wave: Wave, partnerId: string): Counters => wave.ctx.shown[wave.index.get(partnerId)!]!.all;

/** The two waves and the partners compared (shown in both), in partnership order. */
export interface Waves {
  readonly before: Wave;
  readonly after: Wave;
  readonly partnerIds: readonly string[];
}

/** Per scale item, its variance pooled over every compared partner in both waves (the chance statistic's). */
export function itemPools(waves: Waves, items: readonly ScaleItem[]): Map<string, Pool> {
  const pools = new Map<string, Pool>();
  for (const item of items) {
    const groups = [waves.before, waves.after].flatMap((wave) => waves.partnerIds.map((id) => groupOf(wave, item.id, id)));
    pools.set(item.id, poolOf(groups.filter((g): g is Group => g !== null)));
  }
  return pools;
}

/** Each compared partner's mean on each scale item, then → now: one family per item. */
export function partnerItemTests(waves: Waves, items: readonly ScaleItem[], pools: ReadonlyMap<string, Pool>, families: ChangeFamilies) {
  const tests: { partnerId: string; item: ScaleItem; test: Test }[] = [];
  for (const item of items) {
    const pool = pools.get(item.id)!;
    for (const partnerId of waves.partnerIds) {
      const [before, after] = [groupOf(waves.before, item.id, partnerId), groupOf(waves.after, item.id, partnerId)];
      if (!before || !after) continue;
      const estimate = contrast([after, before], [1, -1], pool);
      const test = families.add(
        `partner:${item.id}`,
        pool.degreesOfFreedom,
        before.mean,
        after.mean,
        estimate,
        scaleRange(scalePoints[item.format]),
      );
      tests.push({ partnerId, item, test });
    }
  }
  return tests;
}

/**
 * The change of |difference| between partners a and b on an item: |d_now| − |d_then|, each d a
 * difference of two means, so a contrast of four groups with the signs of the two differences (a
 * gap that changes sides counts as the distance it is). Null unless both have answers in both waves.
 */
export function gapChange(waves: Waves, itemId: string, a: string, b: string, pool: Pool) {
  const groups = [
    groupOf(waves.after, itemId, a),
    groupOf(waves.after, itemId, b),
    groupOf(waves.before, itemId, a),
    groupOf(waves.before, itemId, b),
  ];
  if (groups.some((g) => g === null)) return null;
  const [a2, b2, a1, b1] = groups as Group[];
  const sign = (d: number) => (d < 0 ? -1 : 1);
  const [s2, s1] = [sign(a2!.mean - b2!.mean), sign(a1!.mean - b1!.mean)];
  const estimate = contrast([a2!, b2!, a1!, b1!], [s2, -s2, -s1, s1], pool);
  return { before: Math.abs(a1!.mean - b1!.mean), after: Math.abs(a2!.mean - b2!.mean), estimate };
}

/** A pair's distance change on one item. */
export interface GapTest {
  readonly a: string;
  readonly b: string;
  readonly test: Test;
}

/** Every pair of compared partners (a before b) on every scale item, by item: one family per item. */
export function pairGapTests(waves: Waves, items: readonly ScaleItem[], pools: ReadonlyMap<string, Pool>, families: ChangeFamilies) {
  const tests = new Map<string, GapTest[]>();
  const ids = waves.partnerIds;
  for (const item of items) {
    const pool = pools.get(item.id)!;
    const range = scaleRange(scalePoints[item.format]);
    const onItem: GapTest[] = [];
    ids.forEach((a, i) => {
      for (const b of ids.slice(i + 1)) {
        const gap = gapChange(waves, item.id, a, b, pool);
        if (gap)
          onItem.push({ a, b, test: families.add(`gap:${item.id}`, pool.degreesOfFreedom, gap.before, gap.after, gap.estimate, range) });
      }
    });
    tests.set(item.id, onItem);
  }
  return tests;
}

/** A partner's points on each drive in a wave: the groups of its answers, one per option. */
function optionGroups(stats: Counters, item: AllocationItem): Group[] {
  return item.options.map((option) => {
    const m = moments(stats, `${item.id}:${option.id}`);
    return { n: m.n, mean: m.n === 0 ? NaN : m.sum / m.n, variance: sampleVariance(m) ?? NaN };
  });
}

/**
 * The change of two partners' drive overlap Σ min(pᵢ, qᵢ)/100. A minimum of independent means
 * varies at most as much as both together (Efron–Stein), so a wave's overlap has a standard error
 * of at most Σᵢ √(Var pᵢ + Var qᵢ)/100; the waves are independent.
 */
function overlapChange(waves: Waves, item: AllocationItem, a: string, b: string, pools: readonly Pool[]) {
  const sides = [waves.before, waves.after].map((wave) => {
    const [x, y] = [partnerCounters(wave, a), partnerCounters(wave, b)];
    return { x, y, nx: x.get(`${item.id}|n`) ?? 0, ny: y.get(`${item.id}|n`) ?? 0 };
  });
  if (sides.some((s) => s.nx === 0 || s.ny === 0)) return null;
  const bound = (s: (typeof sides)[number]) => {
    const [gx, gy] = [optionGroups(s.x, item), optionGroups(s.y, item)];
    let own = 0;
    let chance = 0;
    gx.forEach((g, i) => {
      own += Math.sqrt(g.variance / s.nx + gy[i]!.variance / s.ny);
      const pool = pools[i]!;
      chance += Math.sqrt((pool.squares / pool.degreesOfFreedom) * (1 / s.nx + 1 / s.ny));
    });
    return {
      overlap: allocationOverlap(allocationSums(item, s.x), s.nx, allocationSums(item, s.y), s.ny, item.total),
      own: own / item.total,
      chance: chance / item.total,
    };
  };
  const [before, after] = sides.map(bound) as [ReturnType<typeof bound>, ReturnType<typeof bound>];
  const estimate: Estimate = {
    value: after.overlap - before.overlap,
    ownSe: Math.hypot(before.own, after.own),
    ownDf: sides.reduce((sum, s) => sum + s.nx + s.ny - 2, 0),
    chanceSe: Math.hypot(before.chance, after.chance),
    fewest: Math.min(...sides.flatMap((s) => [s.nx, s.ny])),
  };
  return { before: before.overlap, after: after.overlap, estimate };
}

/** The drive options' variances pooled over every compared partner in both waves. */
function optionPools(waves: Waves, item: AllocationItem): Pool[] {
  return item.options.map((_, i) =>
    poolOf([waves.before, waves.after].flatMap((wave) => waves.partnerIds.map((id) => optionGroups(partnerCounters(wave, id), item)[i]!))),
  );
}

/**
 * Each pair's section score then → now: the mean over the section's items both partners answered
 * in both waves of the item score (1 − |d|/range for a scale, the overlap for drives). One family
 * per section, whose chance degrees of freedom are its items' fewest.
 */
export function pairScoreTests(
  waves: Waves,
  sections: readonly { readonly id: SectionId; readonly items: readonly Item[] }[],
  pools: ReadonlyMap<string, Pool>,
  families: ChangeFamilies,
) {
  const tests: { a: string; b: string; sectionId: SectionId; items: number; test: Test }[] = [];
  const ids = waves.partnerIds;
  for (const section of sections) {
    const items = section.items.filter((item): item is ScaleItem | AllocationItem => isScaleItem(item) || item.format === 'allocation');
    if (items.length === 0) continue;
    const drivePools = new Map(
      items.flatMap((item) => (item.format === 'allocation' ? [[item.id, optionPools(waves, item)] as const] : [])),
    );
    const df = fewestDegreesOfFreedom(
      items.flatMap((item) => (item.format === 'allocation' ? drivePools.get(item.id)! : [pools.get(item.id)!])),
    );
    ids.forEach((a, i) => {
      for (const b of ids.slice(i + 1)) {
        const parts: { before: number; after: number; estimate: Estimate }[] = [];
        for (const item of items) {
          if (item.format === 'allocation') {
            const overlap = overlapChange(waves, item, a, b, drivePools.get(item.id)!);
            if (overlap) parts.push(overlap);
            continue;
          }
          const gap = gapChange(waves, item.id, a, b, pools.get(item.id)!);
          if (!gap) continue;
          const range = scaleRange(scalePoints[item.format]);
          // The item score is 1 − |d|/range: its change is minus the gap's change, over the range.
          const scaled = combine([gap.estimate], [-1 / range]);
          parts.push({ before: 1 - gap.before / range, after: 1 - gap.after / range, estimate: scaled });
        }
        if (parts.length === 0) continue;
        const weights = parts.map(() => 1 / parts.length);
        const mean = (side: 'before' | 'after') => parts.reduce((sum, p) => sum + p[side], 0) / parts.length;
        const estimate = combine(
          parts.map((p) => p.estimate),
          weights,
        );
        const test = families.add(`score:${section.id}`, df, mean('before'), mean('after'), estimate, 1);
        tests.push({ a, b, sectionId: section.id, items: parts.length, test });
      }
    });
  }
  return tests;
}
