/**
 * Perception gaps: per shown partner and perceived scale, how the other partners' respondents see
 * it against how its own respondents see it (the mirrored culture item). Confidentiality decides
 * who counts as "the others": only rating partners with at least k ratings of this partner
 * (`raterQualifies`), so no figure rests on fewer than k people, and a partner under k is neither
 * rated nor rating. A gap is notable when it passes the conflict rule for a pair and stays clear
 * given every gap tested: Benjamini–Hochberg at FALSE_DISCOVERY_RATE over all of them (a family of
 * its own, apart from the fault lines; docs/alignment.md §7).
 */
import { raterQualifies } from '../../core/confidentiality';
import type { PerceptionItem } from '../../core/instrument/types';
import { scalePoints } from '../../core/instrument/types';
import { addToPool, benjaminiHochberg, emptyPool, pooledStatistic } from './chance';
import type { AnalysisContext } from './context';
import type { PerceptionItemReport, PerceptionsReport, PerceptionTarget } from './model';
import { describe, isDivided, rounded, roundedOrNull, roundedUp, sampleVariance, withinGroupAgreement } from './moments';
import { compareScales, reportedInterval } from './pairs';
import type { ScaleTable } from './partner-items';
import { momentsAt } from './stats';
import { twoSidedPValue } from './student-t';
import { FALSE_DISCOVERY_RATE, VERDICT_MIN_ANSWERS } from './thresholds';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function analysePerceptions(ctx: AnalysisContext, scales: ScaleTable): PerceptionsReport | null {
  const items = ctx.items.filter((item): item is PerceptionItem => item.format === 'perception');
  if (items.length === 0) return null;
  const points = scalePoints.perception;
  const partnerIds = ctx.shown.map((p) => p.entry.id);
  // Every tested gap with its p-value (1 unless it passes the conflict rule), decided together below.
  const tested: { target: Mutable<PerceptionTarget>; candidate: boolean; pValue: number }[] = [];

  const report = {
    items: items.map((item): PerceptionItemReport => {
      const means = partnerIds.map(() => new Array<number | null>(partnerIds.length).fill(null));
      const targets = ctx.shown.map((target, t): PerceptionTarget => {
        const pooled = { n: 0, sum: 0, sumSquares: 0 };
        const keys = ctx.keys(`${item.id}@${target.entry.id}`);
        let raters = 0;
        ctx.shown.forEach((rater, r) => {
          if (r === t) return;
          const m = momentsAt(rater.all, keys);
          if (!raterQualifies(m.n, ctx.k)) return;
          raters += 1;
          means[r]![t] = rounded(m.sum / m.n);
          pooled.n += m.n;
          pooled.sum += m.sum;
          pooled.sumSquares += m.sumSquares;
        });
        const own = scales.get(item.mirrors)?.[t];
        const self = own && own.n > 0 ? { n: own.n, mean: rounded(own.mean) } : null;
        const base = { partnerId: target.entry.id, self, raters, qValue: null, notable: false };
        if (pooled.n === 0) return { ...base, others: null, gap: null, ci95: null };
        const rwg = withinGroupAgreement(pooled, points);
        const others = { ...describe(pooled), rwg: roundedOrNull(rwg), divided: isDivided(rwg) };
        if (!own || !self) return { ...base, others, gap: null, ci95: null };
        const comparison = compareScales(
          { n: pooled.n, mean: pooled.sum / pooled.n, variance: sampleVariance(pooled), rwg },
          { n: own.n, mean: own.mean, variance: own.variance, rwg: own.rwg },
          points,
        );
        const result: Mutable<PerceptionTarget> = {
          ...base,
          others,
          gap: roundedOrNull(comparison.difference),
          ci95: reportedInterval(comparison),
        };
        if (pooled.n >= VERDICT_MIN_ANSWERS && own.n >= VERDICT_MIN_ANSWERS) {
          if (comparison.verdict !== 'conflict') tested.push({ target: result, candidate: false, pValue: 1 });
          else {
            // The same statistic as between partners (chance.ts), over the two groups compared.
            const pool = emptyPool();
            addToPool(pool, pooled.n, sampleVariance(pooled)!);
            addToPool(pool, own.n, own.variance);
            const statistic = pooledStatistic(comparison.difference, pool, pooled.n, own.n);
            tested.push({ target: result, candidate: true, pValue: twoSidedPValue(statistic, pool.degreesOfFreedom) });
          }
        }
        return result;
      });
      return { itemId: item.id, mirrors: item.mirrors, targets, views: { partnerIds, means } };
    }),
  };
  const qValues = benjaminiHochberg(tested.map((t) => t.pValue));
  tested.forEach(({ target, candidate }, i) => {
    if (!candidate) return;
    target.qValue = roundedUp(qValues[i]!);
    target.notable = qValues[i]! <= FALSE_DISCOVERY_RATE;
  });
  return { gapsTested: tested.length, ...report };
}
