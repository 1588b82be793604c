/**
 * Tensions (short vs long term, control vs trust, …): how strongly each is felt, ranked per partner
 * and for the partnership. The partnership ranking averages the partner means, so a large partner
 * does not outweigh the others.
 */
import type { AnalysisContext } from './context';
import type { TensionsReport } from './model';
import { rounded } from './moments';
import type { ScaleTable } from './partner-items';

export function analyseTensions(ctx: AnalysisContext, scales: ScaleTable): TensionsReport | null {
  const items = ctx.items.filter((item) => item.format === 'intensity');
  if (items.length === 0) return null;
  // Stable sorts: equal means keep instrument order.
  const ranked = items
    .flatMap((item) => {
      const answered = scales.get(item.id)!.filter((s) => s.n > 0);
      if (answered.length === 0) return [];
      return [
        {
          itemId: item.id,
          exact: answered.reduce((sum, s) => sum + s.mean, 0) / answered.length,
          partners: answered.length,
          // A divided partner's mean still weighs in; the page marks the tension as resting on it.
          dividedPartnerIds: answered.filter((s) => s.summary.divided).map((s) => s.summary.partnerId),
        },
      ];
    })
    .sort((a, b) => b.exact - a.exact)
    .map(({ exact, ...rest }) => ({ ...rest, mean: rounded(exact) }));
  const byPartner = ctx.shown.map((partner, index) => ({
    partnerId: partner.entry.id,
    ranked: items
      .flatMap((item) => {
        const { mean, n, summary } = scales.get(item.id)![index]!;
        return n === 0 ? [] : [{ itemId: item.id, exact: mean, n, divided: summary.divided }];
      })
      .sort((a, b) => b.exact - a.exact)
      .map(({ itemId, exact, n, divided }) => ({ itemId, mean: rounded(exact), n, divided })),
  }));
  return { ranked, byPartner };
}
