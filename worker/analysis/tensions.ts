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
      const means = scales.get(item.id)!.flatMap((s) => (s.n === 0 ? [] : [s.mean]));
      return means.length === 0
        ? []
        : [{ itemId: item.id, exact: means.reduce((a, b) => a + b, 0) / means.length, partners: means.length }];
    })
    .sort((a, b) => b.exact - a.exact)
    .map(({ itemId, exact, partners }) => ({ itemId, mean: rounded(exact), partners }));
  const byPartner = ctx.shown.map((partner, index) => ({
    partnerId: partner.entry.id,
    ranked: items
      .flatMap((item) => {
        const { mean, n } = scales.get(item.id)![index]!;
        return n === 0 ? [] : [{ itemId: item.id, exact: mean, n }];
      })
      .sort((a, b) => b.exact - a.exact)
      .map(({ itemId, exact, n }) => ({ itemId, mean: rounded(exact), n })),
  }));
  return { ranked, byPartner };
}
