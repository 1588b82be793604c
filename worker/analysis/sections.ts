/**
 * Per section and across sections: every pair of shown partners compared on every comparable item,
 * the 0–1 pair score matrix per section, the items each pair conflicts and aligns on, and the
 * partnership's shared ground and fault lines.
 *
 * Section pair score = mean over the section's items both partners answered of the item score:
 * 1 − |difference| / range for a scale, the overlap Σ min(pᵢ, qᵢ)/100 for an allocation.
 */
import type { AllocationItem, Section } from '../../core/instrument/types';
import { scalePoints } from '../../core/instrument/types';
import type { AnalysisContext } from './context';
import type { FaultLine, ItemReport, PairScoreMatrix, PairSummary, SectionReport, SharedGround } from './model';
import { rounded, scaleRange } from './moments';
import { allocationOverlap, allocationSums, compareInto, comparisonScratch } from './pairs';
import { allocationItemReport, isScaleItem, type ScaleItem, type ScaleTable, scaleItemReport } from './partner-items';
import { FAULT_LINE_PAIRS_LISTED } from './thresholds';

export interface SectionAnalysis {
  readonly sections: readonly SectionReport[];
  readonly pairs: readonly PairSummary[];
  readonly sharedGround: readonly SharedGround[];
  readonly faultLines: readonly FaultLine[];
}

/** The items of a section that partners can be compared on. */
export const comparableItems = (section: Section) =>
  section.items.filter((item): item is ScaleItem | AllocationItem => isScaleItem(item) || item.format === 'allocation');

type Widest = FaultLine['widest'][number] & { readonly certainGap: number };

export function analyseSections(ctx: AnalysisContext, scales: ScaleTable): SectionAnalysis {
  const partners = ctx.shown.map((p) => ({ id: p.entry.id, all: p.all }));
  const count = partners.length;
  const partnerIds = partners.map((p) => p.id);
  const pairs = partnerIds.flatMap((a, i) => partnerIds.slice(i + 1).map((b) => ({ a, b, conflicts: [] as string[], alignments: 0 })));
  // pairs[pairAt(i, j)] is the pair of partners i < j.
  const pairAt = (i: number, j: number) => i * count - (i * (i + 1)) / 2 + (j - i - 1);

  const sections: SectionReport[] = [];
  const sharedGround: SharedGround[] = [];
  const faultLines: FaultLine[] = [];
  const scratch = comparisonScratch();
  const n = new Float64Array(count);
  const mean = new Float64Array(count);
  const variance = new Float64Array(count);
  const rwg = new Float64Array(count);
  const divided = new Uint8Array(count);

  for (const section of ctx.sections) {
    const items = comparableItems(section);
    if (items.length === 0) continue;
    // Sum and number of item scores per pair, upper triangle of a count × count grid.
    const scoreSum = new Float64Array(count * count);
    const scoreCount = new Uint32Array(count * count);
    // How many of those item scores use the mean of a partner that is divided on the item.
    const dividedCount = new Uint32Array(count * count);
    const addScore = (cell: number, score: number) => {
      scoreSum[cell] = scoreSum[cell]! + score;
      scoreCount[cell] = scoreCount[cell]! + 1;
    };
    const reports: ItemReport[] = [];

    for (const item of items) {
      if (item.format === 'allocation') {
        reports.push(allocationItemReport(item, ctx));
        const answered = partners.map((p) => p.all[`${item.id}|n`] ?? 0);
        const sums = partners.map((p) => allocationSums(item, p.all));
        for (let i = 0; i < count; i++) {
          for (let j = i + 1; j < count; j++) {
            if (answered[i] === 0 || answered[j] === 0) continue;
            addScore(i * count + j, allocationOverlap(sums[i]!, answered[i]!, sums[j]!, answered[j]!, item.total));
          }
        }
        continue;
      }

      const stats = scales.get(item.id)!;
      reports.push(scaleItemReport(item, stats));
      const points = scalePoints[item.format];
      const range = scaleRange(points);
      stats.forEach((s, i) => {
        n[i] = s.n;
        mean[i] = s.mean;
        variance[i] = s.variance;
        rwg[i] = s.rwg;
        divided[i] = s.summary.divided ? 1 : 0;
      });
      let allAligned = count >= 2;
      let widestPlausible = 0;
      let conflictingPairs = 0;
      let largestDifference = 0;
      let widest: Widest[] = [];
      for (let i = 0; i < count; i++) {
        for (let j = i + 1; j < count; j++) {
          compareInto(scratch, n[i]!, mean[i]!, variance[i]!, rwg[i]!, n[j]!, mean[j]!, variance[j]!, rwg[j]!, points);
          if (!Number.isNaN(scratch.difference)) {
            addScore(i * count + j, 1 - Math.abs(scratch.difference) / range);
            if (divided[i] || divided[j]) dividedCount[i * count + j] = dividedCount[i * count + j]! + 1;
          }
          if (scratch.verdict === 'alignment') {
            pairs[pairAt(i, j)]!.alignments += 1;
            widestPlausible = Math.max(widestPlausible, scratch.plausibleMax);
            continue;
          }
          allAligned = false;
          if (scratch.verdict !== 'conflict') continue;
          pairs[pairAt(i, j)]!.conflicts.push(item.id);
          conflictingPairs += 1;
          largestDifference = Math.max(largestDifference, Math.abs(scratch.difference));
          // Keep only the widest few: a fault line names pairs, the pair view has the rest.
          if (widest.length < FAULT_LINE_PAIRS_LISTED || scratch.certainGap > widest[widest.length - 1]!.certainGap) {
            widest.push({
              a: partnerIds[i]!,
              b: partnerIds[j]!,
              difference: scratch.difference,
              ci95: [scratch.low, scratch.high],
              atLeast: scratch.certainGap,
              oppositeSides: scratch.oppositeSides,
              certainGap: scratch.certainGap,
            });
            widest = widest.sort((x, y) => y.certainGap - x.certainGap).slice(0, FAULT_LINE_PAIRS_LISTED);
          }
        }
      }
      // A tension every partner feels about as strongly is not ground they share: intensity items
      // say how much a pull is felt, not where a partner stands (docs/alignment.md §4).
      if (allAligned && item.format !== 'intensity') {
        let total = 0;
        let lowest = Infinity;
        let highest = -Infinity;
        for (let i = 0; i < count; i++) {
          total += mean[i]!;
          lowest = Math.min(lowest, mean[i]!);
          highest = Math.max(highest, mean[i]!);
        }
        sharedGround.push({
          itemId: item.id,
          sectionId: section.id,
          mean: rounded(total / count),
          spread: rounded(highest - lowest),
          atMost: rounded(widestPlausible),
          largestPlausibleDifference: rounded(widestPlausible / range),
        });
      }
      if (conflictingPairs > 0) {
        faultLines.push({
          itemId: item.id,
          sectionId: section.id,
          certainGap: rounded(widest[0]!.certainGap / range),
          largestDifference: rounded(largestDifference / range),
          conflictingPairs,
          widest: widest.map((w) => ({
            a: w.a,
            b: w.b,
            difference: rounded(w.difference),
            ci95: [rounded(w.ci95[0]), rounded(w.ci95[1])],
            atLeast: rounded(w.atLeast),
            oppositeSides: w.oppositeSides,
          })),
        });
      }
    }
    sections.push({
      sectionId: section.id,
      items: reports,
      pairScores: pairScoreMatrix(partnerIds, scoreSum, scoreCount, dividedCount),
    });
  }

  // Shared ground: surest first. Fault lines: largest certain gap first, then largest gap.
  sharedGround.sort((x, y) => x.largestPlausibleDifference - y.largestPlausibleDifference);
  faultLines.sort((x, y) => y.certainGap - x.certainGap || y.largestDifference - x.largestDifference);
  return { sections, pairs, sharedGround, faultLines };
}

/**
 * The symmetric matrices from upper-triangle sums: mean item score per pair (1 on the diagonal),
 * and how many of those items use a divided partner's mean (0 on the diagonal).
 */
function pairScoreMatrix(
  partnerIds: readonly string[],
  sums: Float64Array,
  counts: Uint32Array,
  dividedCounts: Uint32Array,
): PairScoreMatrix {
  const count = partnerIds.length;
  const scores: (number | null)[][] = partnerIds.map(() => new Array<number | null>(count).fill(null));
  const divided: number[][] = partnerIds.map(() => new Array<number>(count).fill(0));
  for (let i = 0; i < count; i++) {
    scores[i]![i] = 1;
    for (let j = i + 1; j < count; j++) {
      const n = counts[i * count + j]!;
      // Clamped: a mean of numbers in [0, 1] can drift past 1 by one unit in the last place.
      const score = n === 0 ? null : rounded(Math.min(1, Math.max(0, sums[i * count + j]! / n)));
      scores[i]![j] = score;
      scores[j]![i] = score;
      divided[i]![j] = dividedCounts[i * count + j]!;
      divided[j]![i] = dividedCounts[i * count + j]!;
    }
  }
  return { partnerIds, scores, divided };
}
