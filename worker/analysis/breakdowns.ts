/**
 * Breakdowns of a shown partner by the "about you" dimensions (role, involvement). A dimension is
 * shown only when every non-empty group, including those who did not answer it, has at least k
 * respondents (`breakdownVisible`); then the "did not answer" group is shown too, computed exactly
 * as all − the answered groups from the integer counters.
 */
import { breakdownVisible } from '../../core/confidentiality';
import type { SingleChoiceItem } from '../../core/instrument/types';
import type { AnalysisContext, ShownPartnerData } from './context';
import type { BreakdownDimension, BreakdownGroup, BreakdownsReport } from './model';
import { describe } from './moments';
import { type CounterKeys, isBreakdownStatsItem } from './stats';

/** Answer counts, means and intervals of the breakdown items, given a counter lookup. */
function groupFigures(items: readonly CounterKeys[], counter: (key: string) => number): Pick<BreakdownGroup, 'n' | 'means' | 'ci95'> {
  const described = items.map((keys) => describe({ n: counter(keys.n), sum: counter(keys.sum), sumSquares: counter(keys.sumSquares) }));
  return { n: described.map((d) => d.n), means: described.map((d) => d.mean), ci95: described.map((d) => d.ci95) };
}

function dimension(partner: ShownPartnerData, item: SingleChoiceItem, items: readonly CounterKeys[], k: number): BreakdownDimension {
  const groups = item.options.map((option) => ({
    optionId: option.id,
    aggregate: partner.groups.get(`${item.tags.breakdown}:${option.id}`),
  }));
  const answered = groups.map((g) => g.aggregate?.respondents ?? 0);
  const notAnswered = partner.entry.respondents - answered.reduce((a, b) => a + b, 0);
  const base = { dimension: item.tags.breakdown, itemId: item.id };
  if (!breakdownVisible(answered, notAnswered, k)) return { ...base, status: 'withheld', groups: [] };

  const shown: BreakdownGroup[] = groups.flatMap(({ optionId, aggregate }) => {
    if (!aggregate || aggregate.respondents === 0) return [];
    const stats = aggregate.stats;
    return [{ optionId, respondents: aggregate.respondents, ...groupFigures(items, (key) => stats[key] ?? 0) }];
  });
  if (notAnswered > 0) {
    const remainder = (key: string) => groups.reduce((left, g) => left - (g.aggregate?.stats[key] ?? 0), partner.all[key] ?? 0);
    shown.push({ optionId: null, respondents: notAnswered, ...groupFigures(items, remainder) });
  }
  return { ...base, status: 'shown', groups: shown };
}

/** The breakdowns of one shown partner; null when the partner is not shown. */
export function analyseBreakdowns(ctx: AnalysisContext, partnerId: string): BreakdownsReport | null {
  const partner = ctx.shown.find((p) => p.entry.id === partnerId);
  if (!partner) return null;
  const dimensions = ctx.items.filter((item): item is SingleChoiceItem => item.format === 'single_choice');
  const items = ctx.items.filter(isBreakdownStatsItem);
  const keys = items.map((item) => ctx.keys(item.id));
  return { partnerId, itemIds: items.map((item) => item.id), dimensions: dimensions.map((d) => dimension(partner, d, keys, ctx.k)) };
}
