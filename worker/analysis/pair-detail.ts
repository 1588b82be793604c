/**
 * One pair of shown partners on every comparable item: the numbers behind the overview's
 * conflicts and alignments (served per pair, because all pairs × all items is the bulk of a large
 * partnership's report and a reader looks at one pair at a time).
 */
import { scalePoints } from '../../core/instrument/types';
import type { AnalysisContext } from './context';
import type { AllocationComparison, PairDetail, ScaleComparison } from './model';
import { compareAllocations, compareInto, comparisonScratch, scaleComparisonFrom } from './pairs';
import { summariseScale } from './partner-items';
import { comparableItems } from './sections';

export function analysePair(ctx: AnalysisContext, aId: string, bId: string): PairDetail | null {
  const a = ctx.shown.find((p) => p.entry.id === aId);
  const b = ctx.shown.find((p) => p.entry.id === bId);
  if (!a || !b || a === b) return null;
  const items: ScaleComparison[] = [];
  const allocations: AllocationComparison[] = [];
  const scratch = comparisonScratch();
  for (const item of ctx.sections.flatMap(comparableItems)) {
    if (item.format === 'allocation') {
      const comparison = compareAllocations(item, a.all, b.all);
      if (comparison) allocations.push(comparison);
      continue;
    }
    const points = scalePoints[item.format];
    const x = summariseScale(a.all, item.id, points, a.entry.id);
    const y = summariseScale(b.all, item.id, points, b.entry.id);
    compareInto(scratch, x.n, x.mean, x.variance, x.rwg, y.n, y.mean, y.variance, y.rwg, points);
    items.push(scaleComparisonFrom(item.id, scratch));
  }
  return { a: a.entry.id, b: b.entry.id, items, allocations };
}
