/**
 * Figures in words: a mean with its interval (clipped to the scale, and saying so), a number of
 * points with its plural, the partners that are divided on an item.
 */
import { DIFFERENCES_TO_DISCUSS } from '../../../../../core/instrument/differences';
import type { Plural } from '../../../lib/words';
import type { Interval, Report } from '../types';
import type { ReportView } from '../view';

export const pointsNoun: Plural = { nl: { one: 'punt', other: 'punten' }, en: { one: 'point', other: 'points' } };

/**
 * An interval as it can be drawn and said: within [min, max]. A t-interval of a mean near the end
 * of a scale can reach past it (4,73 to 5,10 on 1–5), where no mean can lie; `clipped` says it was cut.
 */
export function clipInterval(interval: Interval, min: number, max: number): { low: number; high: number; clipped: boolean } {
  const low = Math.max(min, interval[0]);
  const high = Math.min(max, interval[1]);
  return { low, high, clipped: low !== interval[0] || high !== interval[1] };
}

const clippedWord = { nl: 'afgekapt op de schaal', en: 'cut off at the end of the scale' };

/**
 * "3,91 (3,51–4,30)"; "4,67 (4,28–5,00, afgekapt op de schaal)" when the interval reaches past
 * [min, max]; "3,00" without an interval; "geen cijfer" without a mean.
 */
export function meanWithInterval(
  view: ReportView,
  mean: number | null,
  ci95: Interval | null,
  min: number,
  max: number,
  decimals = 2,
): string {
  if (mean === null) return view.t({ nl: 'geen cijfer', en: 'no figure' });
  if (!ci95) return view.number(mean, decimals);
  const { low, high, clipped } = clipInterval(ci95, min, max);
  const range = `${view.number(low, decimals)}–${view.number(high, decimals)}`;
  return `${view.number(mean, decimals)} (${clipped ? `${range}, ${view.t(clippedWord)}` : range})`;
}

/** "2,3 punten", "1 punt" (whole numbers without decimals), "0,25 points" (two decimals below 1). */
export function points(view: ReportView, value: number): string {
  const decimals = Number.isInteger(value) ? 0 : Math.abs(value) < 1 ? 2 : 1;
  return view.count(value, pointsNoun, decimals);
}

/** "op een schaal van 1 (niet belangrijk) tot 5 (heel belangrijk)". */
export function onScale(view: ReportView, itemId: string): string {
  const { points: top, low, high } = view.scale(itemId);
  const ends = (value: number, words: string) => (words === String(value) ? String(value) : `${value} (${words})`);
  return view.fill(view.t({ nl: 'op een schaal van {low} tot {high}', en: 'on a scale from {low} to {high}' }), {
    low: ends(1, low),
    high: ends(top, high),
  });
}

/**
 * "Verdeeld over deze vraag, dus niet meegeteld in het oordeel: Zorggroep." Null when no partner is
 * divided. A divided partner's staff answer in camps: its mean is no position.
 */
export function dividedNote(view: ReportView, positions: readonly { partnerId: string; divided: boolean }[]): string | null {
  const divided = positions.filter((p) => p.divided).map((p) => p.partnerId);
  if (divided.length === 0) return null;
  return view.fill(
    view.t({
      nl: 'Verdeeld over deze vraag (de medewerkers antwoorden sterk verschillend), dus niet meegeteld in het oordeel: {names}.',
      en: 'Divided on this question (its staff answer very differently), so not counted in the verdict: {names}.',
    }),
    { names: view.names(divided) },
  );
}

/** The fault lines that are differences to discuss: ways of working, values, tensions (not uneven readiness). */
export function discussed(report: Report): Report['faultLines'] {
  return report.faultLines.filter((line) => DIFFERENCES_TO_DISCUSS.has(line.kind));
}
