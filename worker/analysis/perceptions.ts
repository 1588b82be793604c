/**
 * Perception gaps: per shown partner and perceived scale, how the other partners' respondents see
 * it against how its own respondents see it (the mirrored culture item). Confidentiality decides
 * who counts as "the others": only rating partners with at least k ratings of this partner
 * (`raterQualifies`), so no figure rests on fewer than k people, and a partner under k is neither
 * rated nor rating. The gap is called notable by the same rule as a conflict between partners.
 */
import { raterQualifies } from '../../core/confidentiality';
import type { PerceptionItem } from '../../core/instrument/types';
import { scalePoints } from '../../core/instrument/types';
import type { AnalysisContext } from './context';
import type { PerceptionItemReport, PerceptionsReport, PerceptionTarget } from './model';
import { describe, isDivided, rounded, roundedOrNull, sampleVariance, withinGroupAgreement } from './moments';
import { compareScales, reportedInterval } from './pairs';
import type { ScaleTable } from './partner-items';
import { momentsAt } from './stats';

export function analysePerceptions(ctx: AnalysisContext, scales: ScaleTable): PerceptionsReport | null {
  const items = ctx.items.filter((item): item is PerceptionItem => item.format === 'perception');
  if (items.length === 0) return null;
  const points = scalePoints.perception;
  const partnerIds = ctx.shown.map((p) => p.entry.id);

  return {
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
        const base = { partnerId: target.entry.id, self, raters };
        if (pooled.n === 0) return { ...base, others: null, gap: null, ci95: null, notable: false };
        const rwg = withinGroupAgreement(pooled, points);
        const others = { ...describe(pooled), rwg: roundedOrNull(rwg), divided: isDivided(rwg) };
        if (!own || !self) return { ...base, others, gap: null, ci95: null, notable: false };
        const comparison = compareScales(
          { n: pooled.n, mean: pooled.sum / pooled.n, variance: sampleVariance(pooled), rwg },
          { n: own.n, mean: own.mean, variance: own.variance, rwg: own.rwg },
          points,
        );
        return {
          ...base,
          others,
          gap: roundedOrNull(comparison.difference),
          ci95: reportedInterval(comparison),
          notable: comparison.verdict === 'conflict',
        };
      });
      return { itemId: item.id, mirrors: item.mirrors, targets, views: { partnerIds, means } };
    }),
  };
}
