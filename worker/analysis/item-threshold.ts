/**
 * The item threshold applied to a shown partner's released counters: the units (an item, an item
 * about one other partner, a pair of statements) with fewer answers than `figureShown` allows are
 * taken out, so no figure, comparison or score can rest on them. The channel counts (respondents,
 * not answers) stay. `hidden` names the questions left without a figure: answered by fewer than k
 * (or by nobody, or not released yet, which is the same to a reader).
 *
 * Cost: a partner's `all` row holds hundreds of counters, and a row of that size is a slow object
 * to walk or copy (20 partners' rows took 4 ms, more than the rest of the analysis). So the verdicts
 * are first taken over the units the analysis reads (`readUnits`: the survey's items with figures,
 * its perceptions of the shown partners and its pairs of statements, listed once per report). When
 * every one of them is shown, the rule for a partner with many respondents, the row is used as it
 * is; counters of units no analysis reads (answered text, the "about you" answers, views of
 * partners not shown) stay in it unread: every analysis (and the figures export) reads a partner's
 * counters by the survey's items, never by walking the row. Otherwise the row is copied without the
 * units under the threshold, counter by counter.
 */
import { figureShown, type ShownBasis } from '../../core/confidentiality';
import type { Item } from '../../core/instrument/types';
import { isBreakdownItem } from '../../core/instrument/types';
import { CHANNEL_UNIT, type Counters, isBreakdownStatsItem, multiItemScales, populationKey, productUnit, unitOf } from './stats';

/**
 * Items a partner has a figure of (one population each): scales, drives, chosen options (value
 * case, values) and single choices that are not breakdowns (the partnership's function).
 */
export const hasFigures = (item: Item) =>
  isBreakdownStatsItem(item) ||
  item.format === 'allocation' ||
  item.format === 'multi_select' ||
  (item.format === 'single_choice' && !isBreakdownItem(item));

/**
 * A unit the analysis reads, with the counter that holds its population (built once per report);
 * `about`: the partner a perception is of, which its own respondents do not rate.
 */
export interface ReadUnit {
  readonly population: string;
  readonly about?: string;
}

/** Every unit the analysis reads of a shown partner's counters, for these items and shown partners. */
export function readUnits(items: readonly Item[], shownPartnerIds: readonly string[]): ReadUnit[] {
  const units: ReadUnit[] = items.filter(hasFigures).map((item) => ({ population: populationKey(item.id) }));
  for (const item of items) {
    if (item.format !== 'perception') continue;
    for (const about of shownPartnerIds) units.push({ population: populationKey(`${item.id}@${about}`), about });
  }
  for (const statements of multiItemScales(items).values()) {
    statements.forEach((a, i) => {
      for (const b of statements.slice(i + 1)) units.push({ population: populationKey(productUnit(a.id, b.id)) });
    });
  }
  return units;
}

/** `unitOf`, remembered for one report: every partner's row has mostly the same counter names. */
export function unitCache(): (key: string) => string {
  const units = new Map<string, string>();
  return (key) => {
    let unit = units.get(key);
    if (unit === undefined) {
      unit = unitOf(key);
      units.set(key, unit);
    }
    return unit;
  };
}

/** What the threshold leaves of one shown partner's counters (see the module comment). */
export function withItemThreshold(
  partnerId: string,
  stats: Counters,
  items: readonly Item[],
  units: readonly ReadUnit[],
  k: number,
  basis: ShownBasis,
  unitOfKey: (key: string) => string,
): { shown: Counters; hidden: ReadonlySet<string> } {
  const read = ({ population, about }: ReadUnit) => about === partnerId || figureShown(stats.get(population) ?? 0, k, basis);
  if (units.every(read)) return { shown: stats, hidden: new Set() };
  // One verdict per unit, not per counter: a scale item has a dozen counters, a partner a thousand.
  const verdicts = new Map<string, boolean>();
  const shows = (unit: string) => {
    let verdict = verdicts.get(unit);
    if (verdict === undefined) {
      verdict = unit === CHANNEL_UNIT || figureShown(stats.get(populationKey(unit)) ?? 0, k, basis);
      verdicts.set(unit, verdict);
    }
    return verdict;
  };
  const shown = new Map<string, number>();
  for (const key of stats.keys()) if (shows(unitOfKey(key))) shown.set(key, stats.get(key)!);
  const hidden = new Set(items.filter((item) => hasFigures(item) && !shows(item.id)).map((item) => item.id));
  return { shown, hidden };
}
