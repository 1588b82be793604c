/**
 * Per partner and item: n, mean, SD, 95 % interval and r_wg for scales; mean points per option for
 * allocations. Each is computed once per report and shared by the pair, section, readiness,
 * triangle, tension and perception analyses, which work on the unrounded values kept beside the
 * reported summary.
 */
import type { AllocationItem, Item } from '../../core/instrument/types';
import { scalePoints } from '../../core/instrument/types';
import type { AnalysisContext } from './context';
import type { AllocationItemReport, ScaleItemReport, ScaleSummary } from './model';
import { describe, isDivided, isIndicative, midpoint, roundedOrNull, sampleVariance, withinGroupAgreement } from './moments';
import { type CounterKeys, type Counters, counterKeys, momentsAt } from './stats';

export type ScaleItem = Extract<Item, { format: ScaleItemReport['format'] }>;

export function isScaleItem(item: Item): item is ScaleItem {
  return item.format === 'bipolar' || item.format === 'importance' || item.format === 'agreement' || item.format === 'intensity';
}

/** A partner on a scale item: the reported summary, and the unrounded figures (NaN when absent). */
export interface ScaleStat {
  readonly summary: ScaleSummary;
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
  readonly rwg: number;
}

/**
 * Summary of the answers under counter key `key` on a scale of `points`; `hidden` when the item
 * threshold took the partner's counters of it out.
 */
export function summariseScale(stats: Counters, key: string | CounterKeys, points: number, partnerId: string, hidden = false): ScaleStat {
  const keys = typeof key === 'string' ? counterKeys(key) : key;
  const m = momentsAt(stats, keys);
  const rwg = withinGroupAgreement(m, points);
  const variance = sampleVariance(m);
  const { n, mean, sd, ci95 } = describe(m);
  return {
    summary: {
      partnerId,
      n,
      mean,
      sd,
      ci95,
      dontKnow: stats.get(keys.dontKnow) ?? 0,
      rwg: roundedOrNull(rwg),
      divided: isDivided(rwg),
      indicative: isIndicative(m.n),
      hidden,
    },
    n: m.n,
    mean: m.n === 0 ? NaN : m.sum / m.n,
    variance: variance ?? NaN,
    rwg: rwg ?? NaN,
  };
}

/** Per scale item id, one ScaleStat per shown partner (same order as the partners). */
export type ScaleTable = ReadonlyMap<string, readonly ScaleStat[]>;

export function scaleTable(ctx: AnalysisContext): ScaleTable {
  const table = new Map<string, ScaleStat[]>();
  for (const item of ctx.items) {
    if (!isScaleItem(item)) continue;
    const points = scalePoints[item.format];
    const keys = ctx.keys(item.id);
    table.set(
      item.id,
      ctx.shown.map((p) => summariseScale(p.all, keys, points, p.entry.id, p.hidden.has(item.id))),
    );
  }
  return table;
}

export function scaleItemReport(item: ScaleItem, stats: readonly ScaleStat[]): ScaleItemReport {
  const points = scalePoints[item.format];
  return {
    kind: 'scale',
    itemId: item.id,
    format: item.format,
    points,
    midpoint: midpoint(points),
    byPartner: stats.map((s) => s.summary),
  };
}

export function allocationItemReport(item: AllocationItem, ctx: AnalysisContext): AllocationItemReport {
  const optionKeys = item.options.map((option) => ctx.keys(`${item.id}:${option.id}`));
  return {
    kind: 'allocation',
    itemId: item.id,
    optionIds: item.options.map((o) => o.id),
    byPartner: ctx.shown.map((p) => ({
      partnerId: p.entry.id,
      n: p.all.get(`${item.id}|n`) ?? 0,
      hidden: p.hidden.has(item.id),
      options: item.options.map((option, i) => ({ optionId: option.id, ...describe(momentsAt(p.all, optionKeys[i]!)) })),
    })),
  };
}
