/**
 * Breakdowns of a shown partner by the "about you" dimensions (role, involvement), from its
 * release. A release holds at most one dimension per partner, with its "did not answer" group as
 * a row of its own (`role:-`), moved only in step with the partner's figures (release.ts). A
 * dimension is shown when every non-empty group of it has at least k respondents
 * (`breakdownVisible`); a group's figure on an item when it has at least k answers (`figureShown`).
 */
import { breakdownVisible, figureShown } from '../../core/confidentiality';
import type { AnalysisContext, GroupAggregate, ShownPartnerData } from './context';
import type { BreakdownDimension, BreakdownGroup, BreakdownsReport } from './model';
import { describe } from './moments';
import { breakdownDimensions, type Dimension } from './release';
import { type CounterKeys, isBreakdownStatsItem, momentsAt, NO_COUNTERS } from './stats';

/** Answer counts, means and intervals of the breakdown items in one group, under the item threshold. */
function groupFigures(items: readonly CounterKeys[], group: GroupAggregate, k: number): Pick<BreakdownGroup, 'n' | 'means' | 'ci95'> {
  const described = items.map((keys) => {
    const m = momentsAt(group.stats, keys);
    return describe(figureShown(m.n, k) ? m : { n: 0, sum: 0, sumSquares: 0 });
  });
  return { n: described.map((d) => d.n), means: described.map((d) => d.mean), ci95: described.map((d) => d.ci95) };
}

const EMPTY: GroupAggregate = { respondents: 0, stats: NO_COUNTERS };

/** A group of a shown breakdown: its option (null: did not answer), group key and released row. */
export interface ShownGroup {
  readonly optionId: string | null;
  readonly groupKey: string;
  readonly aggregate: GroupAggregate;
}

/**
 * The non-empty groups of one dimension of a partner, or null when the dimension is withheld: not
 * in the release, or a group (with "did not answer") under k. The report and the export both ask.
 */
export function shownGroups(partner: ShownPartnerData, { item, groupKeys }: Dimension, k: number): ShownGroup[] | null {
  const groups = groupKeys.map((groupKey, i) => ({
    optionId: item.options[i]?.id ?? null,
    groupKey,
    aggregate: partner.groups.get(groupKey) ?? EMPTY,
  }));
  const sizes = groups.map((g) => g.aggregate.respondents);
  if (!sizes.some((n) => n > 0) || !breakdownVisible(sizes.slice(0, -1), sizes.at(-1)!, k)) return null;
  return groups.filter((g) => g.aggregate.respondents > 0);
}

function dimension(partner: ShownPartnerData, d: Dimension, items: readonly CounterKeys[], k: number): BreakdownDimension {
  const base = { dimension: d.item.tags.breakdown, itemId: d.item.id };
  const groups = shownGroups(partner, d, k);
  if (!groups) return { ...base, status: 'withheld', groups: [] };
  return {
    ...base,
    status: 'shown',
    groups: groups.map(({ optionId, aggregate }) => ({
      optionId,
      respondents: aggregate.respondents,
      ...groupFigures(items, aggregate, k),
    })),
  };
}

/** The breakdowns of one shown partner; null when the partner is not shown. */
export function analyseBreakdowns(ctx: AnalysisContext, partnerId: string): BreakdownsReport | null {
  const partner = ctx.shown.find((p) => p.entry.id === partnerId);
  if (!partner) return null;
  const items = ctx.items.filter(isBreakdownStatsItem);
  const keys = items.map((item) => ctx.keys(item.id));
  return {
    partnerId,
    itemIds: items.map((item) => item.id),
    dimensions: breakdownDimensions(ctx.items).map((d) => dimension(partner, d, keys, ctx.k)),
  };
}
