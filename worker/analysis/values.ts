/**
 * Values: which values each partner holds most important, and its values through the lenses of
 * public value (individual or collective, material or immaterial) and shared value (people,
 * planet, profit), as docs/instrument.md promises.
 *
 * Version 2 asks for the three most important of thirteen values: a partner's share of respondents
 * choosing each (with its Wilson interval), its top values (chosen by at least VALUE_TOP_MIN_SHARE),
 * and the values every partner has among its top. Version 1 rates each value; its values are
 * compared as scale items (sections.ts), and its lenses are mean ratings.
 */
import type { ImportanceItem, MultiSelectItem, ValueTags } from '../../core/instrument/types';
import type { AnalysisContext } from './context';
import type { Interval } from './model';
import { rounded, wilsonInterval } from './moments';
import { atLeast } from './pairs';
import type { ScaleTable } from './partner-items';
import { VALUE_TOP_MIN_SHARE } from './thresholds';

/** The tags a value can carry, lens by lens. */
export const lensTags = ['individual', 'collective', 'material', 'immaterial', 'people', 'planet', 'profit'] as const;
export type LensTag = (typeof lensTags)[number];

const tagsOf = (tags: ValueTags): LensTag[] => [tags.scope, tags.nature, tags.pillar];

export interface ValuesReport {
  /** Version 2: the values chosen among the three most important; null for version 1. */
  readonly chosen: {
    readonly itemId: string;
    readonly optionIds: readonly string[];
    readonly byPartner: readonly {
      readonly partnerId: string;
      readonly answered: number;
      /** Share of `answered` choosing each value, in `optionIds` order. */
      readonly shares: readonly number[];
      /** The values chosen by at least VALUE_TOP_MIN_SHARE, most chosen first. */
      readonly top: readonly { readonly optionId: string; readonly share: number; readonly ci95: Interval }[];
    }[];
    /** Values among the top of every shown partner (with two partners or more), in `optionIds` order. */
    readonly shared: readonly string[];
  } | null;
  /**
   * A partner's values by lens: in version 2 the share of all its choices that carries each tag (the
   * two scope tags sum to 1, as do the two nature tags and the three pillars); in version 1 the mean
   * importance (1–5) of the values with each tag. Null where no value with the tag has a figure.
   */
  readonly lenses: {
    readonly measure: 'share_of_choices' | 'mean_importance';
    readonly byPartner: readonly { readonly partnerId: string; readonly values: Readonly<Record<LensTag, number | null>> }[];
  } | null;
}

const emptyLenses = (): Record<LensTag, number | null> =>
  Object.fromEntries(lensTags.map((tag) => [tag, null])) as Record<LensTag, number | null>;

export function analyseValues(ctx: AnalysisContext, scales: ScaleTable): ValuesReport | null {
  const choice = ctx.items.find((i): i is MultiSelectItem => i.format === 'multi_select' && 'values' in i.tags);
  if (choice) return analyseChoice(ctx, choice);
  const rated = ctx.items.filter((i): i is ImportanceItem => i.format === 'importance');
  if (rated.length === 0) return null;
  return {
    chosen: null,
    lenses: {
      measure: 'mean_importance',
      byPartner: ctx.shown.map((partner, index) => {
        const values = emptyLenses();
        for (const tag of lensTags) {
          const means = rated.flatMap((item) => {
            const stat = scales.get(item.id)![index]!;
            return tagsOf(item.tags).includes(tag) && stat.n > 0 ? [stat.mean] : [];
          });
          values[tag] = means.length === 0 ? null : rounded(means.reduce((a, b) => a + b, 0) / means.length);
        }
        return { partnerId: partner.entry.id, values };
      }),
    },
  };
}

function analyseChoice(ctx: AnalysisContext, item: MultiSelectItem): ValuesReport {
  const optionIds = item.options.map((o) => o.id);
  const byPartner = ctx.shown.map((partner) => {
    const answered = partner.all.get(`${item.id}|n`) ?? 0;
    const counts = optionIds.map((id) => partner.all.get(`${item.id}:${id}|c`) ?? 0);
    const shares = counts.map((count) => (answered === 0 ? 0 : count / answered));
    const top = optionIds
      .map((optionId, i) => ({ optionId, exact: shares[i]!, count: counts[i]! }))
      .filter((v) => answered > 0 && atLeast(v.exact, VALUE_TOP_MIN_SHARE))
      .sort((a, b) => b.exact - a.exact)
      .map(({ optionId, exact, count }) => {
        const [low, high] = wilsonInterval(count, answered)!;
        return { optionId, share: rounded(exact), ci95: [rounded(low), rounded(high)] as const };
      });
    // Every choice carries one tag per lens, so a tag's share of all choices is a share of the lens.
    const choices = counts.reduce((a, b) => a + b, 0);
    const values = emptyLenses();
    if (choices > 0)
      for (const tag of lensTags)
        values[tag] = rounded(
          item.options.reduce((sum, o, i) => sum + (o.tags && tagsOf(o.tags).includes(tag) ? counts[i]! : 0), 0) / choices,
        );
    return { entry: { partnerId: partner.entry.id, answered, shares: shares.map(rounded), top }, values };
  });
  const tops = byPartner.map((p) => new Set(p.entry.top.map((t) => t.optionId)));
  return {
    chosen: {
      itemId: item.id,
      optionIds,
      byPartner: byPartner.map((p) => p.entry),
      shared: tops.length < 2 ? [] : optionIds.filter((id) => tops.every((top) => top.has(id))),
    },
    lenses: { measure: 'share_of_choices', byPartner: byPartner.map((p) => ({ partnerId: p.entry.partnerId, values: p.values })) },
  };
}
