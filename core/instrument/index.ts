/**
 * The instrument registry: every published version, looked up by the version a survey opened with.
 */

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

/** Every item of the given sections, in order. */
export function surveyItems(instrument: Instrument, chosen: readonly SectionId[]): readonly Item[] {
  return surveySections(instrument, chosen).flatMap((section) => section.items);
}
