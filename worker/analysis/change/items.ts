/**
 * Which items two waves can be compared on, over any two instrument versions. A published version
 * never changes, and a question whose meaning changes gets a new id in the next version
 * (docs/instrument.md), so an item is compared only where both waves asked it under the same id
 * with the same format and the same structure (options, tags). Everything else a change could have
 * been computed on is listed as left out, with the reason, so the report can say so.
 */
import type { Item } from '../../../core/instrument/types';

/** Why an item that could carry a change has none: asked in one wave only, or asked differently. */
export type LeftOutReason = 'only_before' | 'only_after' | 'changed';

/** The formats a change is computed for: scales (means, gaps, scores), drives (pair scores) and the value case. */
const changeFormats: ReadonlySet<Item['format']> = new Set([
  'bipolar',
  'importance',
  'agreement',
  'intensity',
  'allocation',
  'multi_select',
]);

/** True for the items a change can be computed on (perceptions, free text and "about you" never are). */
export const carriesChange = (item: Item) => changeFormats.has(item.format);

const optionIds = (item: Item) => ('options' in item ? item.options.map((o) => o.id) : []);

/**
 * The same question in both waves: the same format, tags and, where the options share out a fixed
 * whole (drives' 100 points, a choice of exactly three values), the same options and count. A
 * question of free choices (the value case) may gain or lose options: the change is computed on the
 * options both have.
 */
export function sameMeaning(then: Item, now: Item): boolean {
  if (then.format !== now.format) return false;
  if (JSON.stringify('tags' in then ? then.tags : null) !== JSON.stringify('tags' in now ? now.tags : null)) return false;
  const sameOptions = optionIds(then).join('|') === optionIds(now).join('|');
  if (then.format === 'allocation') return sameOptions;
  if (then.format === 'multi_select' && now.format === 'multi_select' && (then.choose ?? null) !== (now.choose ?? null)) return false;
  return now.format !== 'multi_select' || now.choose === undefined || sameOptions;
}

/**
 * The item as compared: the later wave's, and for a choice question (value case, values) only the
 * options both waves offered: an option one version lacks was chosen by nobody there, which is no change.
 */
function commonPart(then: Item, now: Item): Item {
  if (now.format !== 'multi_select') return now;
  const offered = new Set(optionIds(then));
  return { ...now, options: now.options.filter((o) => offered.has(o.id)) };
}

export interface ItemPairing {
  /** The items compared, as the later wave asks them (a choice question with the options both offered), in its order. */
  readonly compared: readonly Item[];
  /** Items that could carry a change but do not, in the later wave's order, then those only the earlier wave asked. */
  readonly leftOut: readonly { readonly itemId: string; readonly reason: LeftOutReason }[];
}

/** Pairs the items two waves asked (each from its own instrument version and chosen sections). */
export function pairItems(then: readonly Item[], now: readonly Item[]): ItemPairing {
  const earlier = new Map(then.filter(carriesChange).map((item) => [item.id, item]));
  const compared: Item[] = [];
  const leftOut: { itemId: string; reason: LeftOutReason }[] = [];
  for (const item of now.filter(carriesChange)) {
    const before = earlier.get(item.id);
    if (!before) leftOut.push({ itemId: item.id, reason: 'only_after' });
    else if (!sameMeaning(before, item)) leftOut.push({ itemId: item.id, reason: 'changed' });
    else compared.push(commonPart(before, item));
    earlier.delete(item.id);
  }
  for (const itemId of earlier.keys()) leftOut.push({ itemId, reason: 'only_before' });
  return { compared, leftOut };
}
