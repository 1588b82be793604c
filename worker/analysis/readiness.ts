/**
 * Readiness factors and Moore's strategic triangle: scores on the 1–5 agreement scale with the
 * Wilder bands (strength ≥ BAND_STRENGTH_FROM, borderline ≥ BAND_BORDERLINE_FROM, concern below).
 * A score is the mean of its items' means, so each statement weighs the same whatever its number
 * of don't-knows; the partnership is as ready as its weakest partner on each factor.
 */
import type { AgreementItem } from '../../core/instrument/types';
import { readinessFactors, triangleSides } from '../../core/instrument/types';
import type { AnalysisContext } from './context';
import type { Band, BandedScore, ReadinessReport, TriangleReport } from './model';
import { rounded } from './moments';
import { atLeast } from './pairs';
import type { ScaleTable } from './partner-items';
import { BAND_BORDERLINE_FROM, BAND_STRENGTH_FROM } from './thresholds';

export function band(score: number): Band {
  if (atLeast(score, BAND_STRENGTH_FROM)) return 'strength';
  if (atLeast(score, BAND_BORDERLINE_FROM)) return 'borderline';
  return 'concern';
}

/** One partner's score over some agreement items: the mean of the item means it has. */
function bandedScore(itemIds: readonly string[], scales: ScaleTable, partnerIndex: number): BandedScore {
  let sum = 0;
  let count = 0;
  let divided = false;
  for (const itemId of itemIds) {
    const stat = scales.get(itemId)?.[partnerIndex];
    if (!stat || stat.n === 0) continue;
    sum += stat.mean;
    count += 1;
    divided ||= stat.summary.divided;
  }
  if (count === 0) return { score: null, band: null, divided: false };
  const score = sum / count;
  return { score: rounded(score), band: band(score), divided };
}

/** The entries with the lowest score (all of them when tied; floating noise must not break a tie). */
const lowest = <T>(entries: readonly T[], score: (entry: T) => number | null): { entries: T[]; score: number } | null => {
  let min = Infinity;
  for (const entry of entries) {
    const s = score(entry);
    if (s !== null && s < min) min = s;
  }
  if (min === Infinity) return null;
  return {
    entries: entries.filter((entry) => {
      const s = score(entry);
      return s !== null && atLeast(min, s);
    }),
    score: min,
  };
};

const agreementItems = (ctx: AnalysisContext) => ctx.items.filter((item): item is AgreementItem => item.format === 'agreement');

export function analyseReadiness(ctx: AnalysisContext, scales: ScaleTable): ReadinessReport | null {
  const items = agreementItems(ctx);
  const factors = readinessFactors.flatMap((factor) => {
    const itemIds = items.filter((item) => 'factor' in item.tags && item.tags.factor === factor).map((item) => item.id);
    if (itemIds.length === 0) return [];
    const byPartner = ctx.shown.map((partner, index) => ({ partnerId: partner.entry.id, ...bandedScore(itemIds, scales, index) }));
    const weakest = lowest(byPartner, (p) => p.score);
    return [
      {
        factor,
        itemIds,
        byPartner,
        weakest: weakest && { partnerIds: weakest.entries.map((p) => p.partnerId), score: weakest.score, band: band(weakest.score) },
      },
    ];
  });
  return factors.length === 0 ? null : { factors };
}

export function analyseTriangle(ctx: AnalysisContext, scales: ScaleTable): TriangleReport | null {
  const items = agreementItems(ctx);
  const sideItems = triangleSides.map((side) => ({
    side,
    itemIds: items.filter((item) => 'side' in item.tags && item.tags.side === side).map((item) => item.id),
  }));
  if (sideItems.every((s) => s.itemIds.length === 0)) return null;
  return {
    byPartner: ctx.shown.map((partner, index) => {
      const sides = sideItems.map(({ side, itemIds }) => ({ side, itemIds, ...bandedScore(itemIds, scales, index) }));
      return { partnerId: partner.entry.id, sides, weakestSides: lowest(sides, (s) => s.score)?.entries.map((s) => s.side) ?? [] };
    }),
  };
}
