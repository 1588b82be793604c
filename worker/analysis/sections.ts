/**
 * Per section and across sections: every pair of shown partners compared on every comparable item,
 * the 0–1 pair score matrix per section, the items each pair conflicts and aligns on, and the
 * partnership's shared ground and fault lines. A pair that passes the conflict rule is a conflict
 * only once the chance control over the whole report (chance.ts) confirms it.
 *
 * Section pair score = mean over the section's items both partners answered of the item score:
 * 1 − |difference| / range for a scale, the overlap Σ min(pᵢ, qᵢ)/100 for an allocation.
 */

import { differenceKind } from '../../core/instrument/differences';
import type { AllocationItem, Section, SectionId } from '../../core/instrument/types';
import { scalePoints } from '../../core/instrument/types';
import { addToPool, controlChance, emptyPool, type PairFamily, pooledStatistic, sureness } from './chance';
import type { AnalysisContext } from './context';
import type { Comparisons, FaultLine, ItemReport, PairScoreMatrix, PairSummary, SectionReport, SharedGround, SharedKind } from './model';
import { rounded, roundedUp, scaleRange } from './moments';
import { allocationOverlap, allocationSums, compareInto, comparisonScratch, sideTable } from './pairs';
import { allocationItemReport, isScaleItem, type ScaleItem, type ScaleTable, scaleItemReport } from './partner-items';
import { band } from './readiness';
import { FALSE_DISCOVERY_RATE, FAULT_LINE_PAIRS_LISTED, VERDICT_MIN_ANSWERS } from './thresholds';

/** What partners who all answer alike around `mean` share (see `SharedKind`). */
function sharedKind(format: ScaleItem['format'], mean: number): SharedKind {
  if (format === 'agreement') {
    const found = band(mean);
    return found === 'strength' ? 'strength' : found === 'borderline' ? 'doubt' : 'concern';
  }
  return format === 'importance' && band(mean) === 'strength' ? 'shared_value' : 'position';
}

export interface SectionAnalysis {
  readonly sections: readonly SectionReport[];
  readonly pairs: readonly PairSummary[];
  readonly sharedGround: readonly SharedGround[];
  readonly faultLines: readonly FaultLine[];
  readonly comparisons: Comparisons;
}

/** The items of a section that partners can be compared on. */
export const comparableItems = (section: Section) =>
  section.items.filter((item): item is ScaleItem | AllocationItem => isScaleItem(item) || item.format === 'allocation');

/**
 * One scale item's family of pair comparisons (see `PairFamily`), with its candidates: the pairs that
 * pass the conflict rule on their own, as `i * partners + j` in pair order, each with its statistic
 * and its comparison's figures (`FIGURE`), which a fault line reports once confirmed. Kept
 * as numbers, not records: a large partnership can have thousands.
 */
interface ItemFamily extends PairFamily {
  readonly item: ScaleItem;
  readonly sectionId: SectionId;
  readonly candidates: readonly number[];
  readonly candidateStatistics: readonly number[];
  /** FIGURES_PER_CANDIDATE numbers per candidate, at `FIGURE` offsets. */
  readonly candidateFigures: readonly number[];
}

/**
 * Where a candidate's figures sit among its FIGURES_PER_CANDIDATE numbers; `oppositeSides` is 1 when
 * the two means sit on opposite sides of the scale's midpoint, else 0.
 */
const FIGURE = { difference: 0, low: 1, high: 2, certainGap: 3, oppositeSides: 4 } as const;
const FIGURES_PER_CANDIDATE = 5;

export function analyseSections(ctx: AnalysisContext, scales: ScaleTable): SectionAnalysis {
  const partners = ctx.shown.map((p) => ({ id: p.entry.id, all: p.all }));
  const count = partners.length;
  const partnerIds = partners.map((p) => p.id);
  const pairs = partnerIds.flatMap((a, i) => partnerIds.slice(i + 1).map((b) => ({ a, b, conflicts: [] as string[], alignments: 0 })));
  // pairs[pairAt(i, j)] is the pair of partners i < j.
  const pairAt = (i: number, j: number) => i * count - (i * (i + 1)) / 2 + (j - i - 1);
  // Alignments per pair, counted in a typed array in the hot loop and written to `pairs` at the end.
  const alignments = new Uint32Array(pairs.length);

  const sections: SectionReport[] = [];
  const sharedGround: SharedGround[] = [];
  const families: ItemFamily[] = [];
  const scratch = comparisonScratch();
  // Each item's partners, one slot each.
  const sides = sideTable(count);
  const { n, mean, variance, rwg } = sides;
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
        const answered = partners.map((p) => p.all.get(`${item.id}|n`) ?? 0);
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
      // The item's pooled within-partner variance (chance.ts): every partner with two answers or more adds to it.
      const pool = emptyPool();
      for (let i = 0; i < count; i++) {
        const s = stats[i]!;
        n[i] = s.n;
        mean[i] = s.mean;
        variance[i] = s.variance;
        rwg[i] = s.rwg;
        divided[i] = s.summary.divided ? 1 : 0;
        addToPool(pool, s.n, s.variance);
      }
      let allAligned = count >= 2;
      let widestPlausible = 0;
      let compared = 0;
      const candidates: number[] = [];
      const candidateStatistics: number[] = [];
      const candidateFigures: number[] = [];
      for (let i = 0, pair = 0; i < count; i++) {
        for (let j = i + 1; j < count; j++, pair++) {
          compareInto(scratch, sides, i, j, points);
          const cell = i * count + j;
          if (!Number.isNaN(scratch.difference)) {
            scoreSum[cell] = scoreSum[cell]! + 1 - Math.abs(scratch.difference) / range;
            scoreCount[cell] = scoreCount[cell]! + 1;
            if (divided[i] || divided[j]) dividedCount[cell] = dividedCount[cell]! + 1;
          }
          if (n[i]! >= VERDICT_MIN_ANSWERS && n[j]! >= VERDICT_MIN_ANSWERS) compared += 1;
          if (scratch.verdict === 'alignment') {
            alignments[pair] = alignments[pair]! + 1;
            widestPlausible = Math.max(widestPlausible, scratch.plausibleMax);
            continue;
          }
          allAligned = false;
          if (scratch.verdict !== 'conflict') continue;
          candidates.push(cell);
          candidateStatistics.push(pooledStatistic(scratch.difference, pool, n[i]!, n[j]!));
          candidateFigures.push(scratch.difference, scratch.low, scratch.high, scratch.certainGap, scratch.oppositeSides ? 1 : 0);
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
          kind: sharedKind(item.format, total / count),
          mean: rounded(total / count),
          spread: rounded(highest - lowest),
          atMost: rounded(widestPlausible),
          largestPlausibleDifference: rounded(widestPlausible / range),
        });
      }
      if (compared > 0) {
        // Largest first, for Holm: a numeric sort of a typed array needs no comparator.
        const statistics = Float64Array.from(candidateStatistics).sort().reverse();
        const { degreesOfFreedom } = pool;
        families.push({
          item,
          sectionId: section.id,
          pairs: compared,
          degreesOfFreedom,
          statistics,
          candidates,
          candidateStatistics,
          candidateFigures,
        });
      }
    }
    sections.push({
      sectionId: section.id,
      items: reports,
      pairScores: pairScoreMatrix(partnerIds, scoreSum, scoreCount, dividedCount),
    });
  }

  alignments.forEach((aligned, pair) => {
    pairs[pair]!.alignments = aligned;
  });
  const decision = controlChance(families);
  const faultLines: FaultLine[] = [];
  families.forEach((family, f) => {
    const confirmed = decision.confirmed[f]!;
    if (confirmed === 0) return;
    // Holm confirms the `confirmed` largest statistics, and never splits a tie (equal p-values meet
    // ever looser steps), so a candidate is confirmed exactly when its statistic reaches the last one.
    const weakest = family.statistics[confirmed - 1]!;
    const range = scaleRange(scalePoints[family.item.format]);
    const figures = family.candidateFigures;
    let largestDifference = 0;
    let conflicting = 0;
    const widest: Widest[] = [];
    // A loop, not a callback: a number a callback's closure updates is boxed at every update.
    for (let c = 0; c < family.candidates.length; c++) {
      if (family.candidateStatistics[c]! < weakest) continue;
      const code = family.candidates[c]!;
      const i = Math.floor(code / count);
      const j = code % count;
      // Candidates come in pair order and families in instrument order, so each pair's conflicts do too.
      pairs[pairAt(i, j)]!.conflicts.push(family.item.id);
      conflicting += 1;
      const at = c * FIGURES_PER_CANDIDATE;
      largestDifference = Math.max(largestDifference, Math.abs(figures[at + FIGURE.difference]!));
      keepWidest(widest, pairAt(i, j), figures, at);
    }
    faultLines.push({
      itemId: family.item.id,
      sectionId: family.sectionId,
      kind: differenceKind(family.sectionId),
      qValue: roundedUp(decision.qValues[f]!),
      sureness: sureness(decision.qValues[f]!),
      pairsCompared: family.pairs,
      certainGap: rounded(widest[0]!.certainGap / range),
      largestDifference: rounded(largestDifference / range),
      conflictingPairs: conflicting,
      widest: widest.map((w) => ({
        a: pairs[w.pair]!.a,
        b: pairs[w.pair]!.b,
        difference: rounded(w.difference),
        ci95: [rounded(w.low), rounded(w.high)],
        atLeast: rounded(w.certainGap),
        oppositeSides: w.oppositeSides,
      })),
    });
  });

  // Shared ground: surest first. Fault lines: largest certain gap first, then largest gap.
  sharedGround.sort((x, y) => x.largestPlausibleDifference - y.largestPlausibleDifference);
  faultLines.sort((x, y) => y.certainGap - x.certainGap || y.largestDifference - x.largestDifference);
  const comparisons: Comparisons = {
    items: families.length,
    pairComparisons: families.reduce((sum, family) => sum + family.pairs, 0),
    falseDiscoveryRate: FALSE_DISCOVERY_RATE,
  };
  return { sections, pairs, sharedGround, faultLines, comparisons };
}

/** A conflicting pair as a fault line lists it (index into `pairs`). */
interface Widest {
  readonly pair: number;
  readonly difference: number;
  readonly low: number;
  readonly high: number;
  readonly oppositeSides: boolean;
  readonly certainGap: number;
}

/**
 * Keeps the FAULT_LINE_PAIRS_LISTED conflicts with the largest certain gap, widest first, in one pass
 * over a fault line's conflicts (there may be hundreds); offered in pair order, ties keep it.
 */
function keepWidest(widest: Widest[], pair: number, figures: readonly number[], offset: number): void {
  const certainGap = figures[offset + FIGURE.certainGap]!;
  const full = widest.length === FAULT_LINE_PAIRS_LISTED;
  if (full && certainGap <= widest[widest.length - 1]!.certainGap) return;
  if (full) widest.pop();
  let at = widest.length;
  while (at > 0 && certainGap > widest[at - 1]!.certainGap) at--;
  widest.splice(at, 0, {
    pair,
    difference: figures[offset + FIGURE.difference]!,
    low: figures[offset + FIGURE.low]!,
    high: figures[offset + FIGURE.high]!,
    oppositeSides: figures[offset + FIGURE.oppositeSides] === 1,
    certainGap,
  });
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
