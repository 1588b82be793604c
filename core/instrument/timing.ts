/**
 * How long a section takes to answer: a small, documented model (docs/instrument.md, "Completion
 * time") so the `minutes` in an instrument are derived, not guessed, and a test keeps them honest.
 *
 * Basis: plain Dutch read on a phone at about 200 words a minute (≈ 3.3 words a second) plus two
 * to four seconds to choose, which lands on the usual survey rule of thumb of roughly 5–10 seconds
 * per closed rating item and 30–60 seconds per short open answer.
 */
import type { Item, Section } from './types';

/** Reading a section's title and introduction. */
export const SECONDS_PER_INTRO = 10;

/** Seconds per item by format; functions where the work grows with options or partners. */
export const secondsPerItem = {
  /** Read the question, read and weigh each option, then balance the points to 100. */
  allocation: (options: number) => 20 + 8 * options,
  /** A question of ~7 words and two poles of ~6 words each, then a point out of seven. */
  bipolar: () => 10,
  /** A value name with a short explanation, then a point out of five. */
  importance: () => 6,
  /** A statement of ~12 words, then a point out of five. */
  agreement: () => 7,
  /** A tension and its two sides, then a point out of five. */
  intensity: () => 8,
  /** Read the question, scan the list and tick what applies. */
  multi_select: (options: number) => 10 + 1.5 * options,
  /** Choose exactly a few (the most important values): every option is read and weighed against the others. */
  choose: (options: number) => 10 + 3 * options,
  /** One more option when "don't know" is offered. */
  single_choice: (options: number) => 3 + options,
  /** One or two sentences typed on a phone; counted as if everybody answers (an upper bound). */
  text: () => 45,
  /** Read the scale once, then one point per other partner (the poles are already known). */
  perception: (otherPartners: number) => 6 + 4 * otherPartners,
} as const;

/** A typical partnership has four partners, so a respondent rates three others. */
export const TYPICAL_OTHER_PARTNERS = 3;

export function itemSeconds(item: Item, otherPartners = TYPICAL_OTHER_PARTNERS): number {
  switch (item.format) {
    case 'multi_select':
      return item.choose === undefined ? secondsPerItem.multi_select(item.options.length) : secondsPerItem.choose(item.options.length);
    case 'single_choice':
      return secondsPerItem.single_choice(item.options.length + (item.dontKnow ? 1 : 0));
    case 'allocation':
      return secondsPerItem[item.format](item.options.length);
    case 'perception':
      return secondsPerItem.perception(otherPartners);
    default:
      return secondsPerItem[item.format]();
  }
}

/** Estimated seconds to answer a section. */
export function sectionSeconds(section: Section, otherPartners = TYPICAL_OTHER_PARTNERS): number {
  return SECONDS_PER_INTRO + section.items.reduce((sum, item) => sum + itemSeconds(item, otherPartners), 0);
}

/** Minutes as shown to respondents: to the nearest half minute, never less than half a minute. */
export function roundMinutes(seconds: number): number {
  return Math.max(0.5, Math.round(seconds / 30) / 2);
}
