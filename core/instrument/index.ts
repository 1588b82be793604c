/**
 * The instrument registry: every published version, looked up by the version a survey opened with.
 */

import { oncePer } from '../once';
import { CURRENT_VERSION } from './current';
import type { Instrument, Item, Section, SectionId } from './types';
import { instrumentV1 } from './v1';
import { instrumentV2 } from './v2';

export * from './types';

const instruments: ReadonlyMap<number, Instrument> = new Map([
  [instrumentV1.version, instrumentV1],
  [instrumentV2.version, instrumentV2],
]);

/** The version new surveys open with. */
export const currentInstrument: Instrument = instruments.get(CURRENT_VERSION)!;

/** The instrument a survey uses, or undefined for a version this build does not know. */
export function getInstrument(version: number): Instrument | undefined {
  return instruments.get(version);
}

/** The sections a survey asks, in instrument order. */
export function surveySections(instrument: Instrument, chosen: readonly SectionId[]): readonly Section[] {
  return instrument.sections.filter((section) => chosen.includes(section.id));
}

/** `surveyItems` per instrument, by set of sections (a sorted key): a handful per deployment. */
const itemsOfSurveys = oncePer((_: Instrument) => new Map<string, readonly Item[]>());

/**
 * Every item of the given sections, in order. Built once per instrument and set of sections, and
 * the same array every time: instruments are constants, so every request of a survey shares it,
 * and with it what is kept per items array (the validation lookup, the counters' metadata).
 */
export function surveyItems(instrument: Instrument, chosen: readonly SectionId[]): readonly Item[] {
  const bySections = itemsOfSurveys(instrument);
  // The items depend only on which sections are chosen, not on their order in the survey row.
  const key = [...chosen].sort().join(',');
  let items = bySections.get(key);
  if (!items) {
    items = Object.freeze(surveySections(instrument, chosen).flatMap((section) => section.items));
    bySections.set(key, items);
  }
  return items;
}
