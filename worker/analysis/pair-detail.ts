/**
 * One pair of shown partners on every comparable item: the numbers behind the overview's
 * conflicts and alignments (served per pair, because all pairs × all items is the bulk of a large
 * partnership's report and a reader looks at one pair at a time). The verdicts are the overview's:
 * a conflict allows for every comparison of the report, so they come from the report's model.
 */
import { scalePoints } from '../../core/instrument/types';
import type { AnalysisContext } from './context';
import type { AllocationComparison, PairDetail, Report, ScaleComparison } from './model';
import { compareAllocations, compareInto, comparisonScratch, putSide, scaleComparisonFrom, sideTable } from './pairs';
import type { ScaleTable } from './partner-items';
import { comparableItems } from './sections';

export function analysePair(
  ctx: AnalysisContext,
  scales: ScaleTable,
  { pairs, comparisons }: Pick<Report, 'pairs' | 'comparisons'>,
  aId: string,
  bId: string,
): Omit<PairDetail, 'propositions'> | null {
  const ai = ctx.shown.findIndex((p) => p.entry.id === aId);
  const bi = ctx.shown.findIndex((p) => p.entry.id === bId);
  if (ai < 0 || bi < 0 || ai === bi) return null;
  const [a, b] = [ctx.shown[ai]!, ctx.shown[bi]!];
  const summary = pairs.find((p) => (p.a === aId && p.b === bId) || (p.a === bId && p.b === aId))!;
  const conflicts = new Set(summary.conflicts);
  const items: ScaleComparison[] = [];
  const allocations: AllocationComparison[] = [];
  const scratch = comparisonScratch();
  const sides = sideTable(2);
  for (const item of ctx.sections.flatMap(comparableItems)) {
    if (item.format === 'allocation') {
      const comparison = compareAllocations(item, a.all, b.all);
      if (comparison) allocations.push(comparison);
      continue;
    }
    const stats = scales.get(item.id)!;
    putSide(sides, 0, stats[ai]!);
    putSide(sides, 1, stats[bi]!);
    compareInto(scratch, sides, 0, 1, scalePoints[item.format]);
    const comparison = scaleComparisonFrom(item.id, scratch);
    items.push(
      comparison.verdict === 'conflict' && !conflicts.has(item.id)
        ? { ...comparison, verdict: 'neither', reason: 'could_be_chance' }
        : comparison,
    );
  }
  return { a: a.entry.id, b: b.entry.id, comparisons, items, allocations };
}
