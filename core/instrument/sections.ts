/**
 * Each section as an organiser chooses it: id, title and time to answer, without its questions.
 * The organiser's pages import this, not the instrument, so they never ship question texts they do
 * not show; each version's definition takes its sections' titles and minutes from here.
 */
import type { Localized, SectionId } from './types';

export interface SectionSummary {
  readonly id: SectionId;
  readonly title: Localized;
  /** Rough minutes to answer, used for the respondent's time estimate. */
  readonly minutes: number;
}

const t = (nl: string, en: string): Localized => ({ nl, en });

/** Version 1's sections, in order. Published: never change their meaning (see v1/index.ts). */
const sectionsV1: readonly SectionSummary[] = [
  { id: 'drives', title: t('Drijfveren', 'Drives'), minutes: 1.5 },
  { id: 'culture', title: t('Werkwijze', 'Ways of working'), minutes: 2 },
  { id: 'values', title: t('Waarden', 'Values'), minutes: 1.5 },
  { id: 'readiness', title: t('Klaar om samen te werken', 'Ready to collaborate'), minutes: 2.5 },
  { id: 'value_case', title: t('Halen en brengen', 'Get and bring'), minutes: 1 },
  { id: 'triangle', title: t('Waarde, kunnen en draagvlak', 'Value, capacity and support'), minutes: 1 },
  { id: 'tensions', title: t('Spanningen', 'Tensions'), minutes: 1 },
  { id: 'perceptions', title: t('Hoe ziet u de andere partners?', 'How do you see the other partners?'), minutes: 1.5 },
  { id: 'open', title: t('In uw eigen woorden', 'In your own words'), minutes: 1.5 },
  { id: 'about', title: t('Over u', 'About you'), minutes: 0.5 },
];

function sectionOf(sections: readonly SectionSummary[], id: SectionId, version: number): SectionSummary {
  const section = sections.find((s) => s.id === id);
  if (!section) throw new Error(`instrument v${version} has no section ${id}`);
  return section;
}

/** One section of version 1, for v1/index.ts. */
export function sectionV1(id: SectionId): SectionSummary {
  return sectionOf(sectionsV1, id, 1);
}

/** Where version 2 takes longer or shorter than version 1 (the timing model's figures; a test checks them). */
const minutesV2: Partial<Record<SectionId, number>> = { readiness: 3.5, values: 1, value_case: 1.5 };

/**
 * Version 2's sections: the same parts, with the times its questions take (readiness has three
 * statements per factor; values are a choice of three). Published: never change their meaning.
 */
const sectionsV2: readonly SectionSummary[] = sectionsV1.map((section) => ({
  ...section,
  minutes: minutesV2[section.id] ?? section.minutes,
}));

/** One section of version 2, for v2/index.ts. */
export function sectionV2(id: SectionId): SectionSummary {
  return sectionOf(sectionsV2, id, 2);
}

/** The sections of the version new surveys open with (`currentInstrument`), in order. */
export const currentSections: readonly SectionSummary[] = sectionsV2;
