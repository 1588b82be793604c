/**
 * What every part of the report page needs to turn the model into words: question texts and
 * option labels from the instrument (never raw item ids), partner names with their chart letter
 * and colour, and numbers formatted for the reader's language.
 */

import { type ScaleFormat, scalePoints } from '../../../../core/instrument/types';
import { fill, type Language, type Localized } from '../../lib/i18n';
import { type Words, wordsFor } from '../../lib/words';
import type { FactsForm, Instrument, Item, Report, SectionId, ShownPartner } from './types';

/**
 * Okabe–Ito: eight colours that readers with the common colour-vision deficiencies tell apart.
 * Charts never rely on colour alone: every partner also has a letter (and a marker shape).
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'] as const;
/** Marker shapes, cycled with the palette so two partners differ in shape as well as colour. */
export const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;
export type Shape = (typeof SHAPES)[number];

/** A shown partner as the charts draw it. */
export interface PartnerView {
  readonly id: string;
  readonly name: string;
  /** A, B, C…: the partner's mark in every chart. */
  readonly letter: string;
  readonly colour: string;
  readonly shape: Shape;
  readonly indicative: boolean;
}

/** Everything a report part needs to speak: texts, labels, partners, and numbers, plurals, lists and dates (`Words`). */
export interface ReportView extends Words {
  readonly language: Language;
  readonly t: (localized: Localized) => string;
  readonly report: Report;
  /** Shown partners in partnership order; withheld partners are never here. */
  readonly partners: readonly PartnerView[];
  partner(id: string): PartnerView;
  /** A partner's name, with its chart letter: "Gemeente Rivierstad (A)". */
  partnerName(id: string): string;
  /** Partners' names as a list: "Gemeente Rivierstad en Zorggroep De Linde". */
  names(ids: readonly string[]): string;
  /** The question (or statement) an item asks. */
  itemText(itemId: string): string;
  /** A short name for an item, for lists and summaries (a value's name, a scale's two poles). */
  itemLabel(itemId: string): string;
  /** The two poles of a bipolar (or tension) item; null for other formats. */
  poles(itemId: string): { left: string; right: string } | null;
  /**
   * A scale item's format, number of points and what its two ends mean in a few words: the poles
   * (the part before a colon) of a bipolar or tension item, "not important" / "very important", …
   */
  scale(itemId: string): { format: ScaleFormat; points: number; low: string; high: string };
  optionLabel(itemId: string, optionId: string): string;
  /** The label of a value-case resource (shared by the "bring" and "get" questions). */
  resourceLabel(optionId: string): string;
  /**
   * An option's name in a few words, for sentences: "Publieke doelen" for "Publieke doelen: resultaat
   * voor de hele samenleving…" (a drive, or a value chosen among the most important).
   */
  optionName(itemId: string, optionId: string): string;
  sectionTitle(sectionId: SectionId): string;
  /** The partner contact's facts form of the survey's instrument version; null when it has none (version 1). */
  readonly factsForm: FactsForm | null;
  fill: typeof fill;
}

export function makeView(report: Report, instrument: Instrument, language: Language): ReportView {
  const t = (localized: Localized) => localized[language];
  const items = new Map<string, Item>(instrument.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
  const shown = report.partners.filter((p): p is ShownPartner => p.status === 'shown');
  const partners = shown.map(
    (p, index): PartnerView => ({
      id: p.id,
      name: p.name,
      letter: letterFor(index),
      colour: PALETTE[index % PALETTE.length]!,
      shape: SHAPES[index % SHAPES.length]!,
      indicative: p.indicative,
    }),
  );
  const byId = new Map(partners.map((p) => [p.id, p]));
  const item = (itemId: string): Item => {
    const found = items.get(itemId);
    // The model and the instrument come from the same survey: a missing item is a bug, not data.
    if (!found) throw new Error(`item ${itemId} is not in instrument version ${instrument.version}`);
    return found;
  };
  const resourceItem = instrument.sections.flatMap((s) => s.items).find((i) => i.format === 'multi_select' && 'valueCase' in i.tags);
  return {
    ...wordsFor(language),
    language,
    t,
    report,
    partners,
    partner(id) {
      const found = byId.get(id);
      // The model refers only to shown partners below `partners`; anything else must not be drawn.
      if (!found) throw new Error(`partner ${id} is not a shown partner`);
      return found;
    },
    partnerName(id) {
      const p = this.partner(id);
      return `${p.name} (${p.letter})`;
    },
    names(ids) {
      return this.list(ids.map((id) => this.partner(id).name));
    },
    itemText: (itemId) => t(item(itemId).text),
    itemLabel(itemId) {
      const found = item(itemId);
      if (found.format === 'bipolar' || found.format === 'perception') return `${shortPole(t(found.left))} ↔ ${shortPole(t(found.right))}`;
      // Statements end with a full stop; a label sits inside a sentence.
      const words = t(found.text).replace(/\.$/, '');
      // Values read "Efficiency: getting the result…": the part before the colon is the value's name.
      if (found.format === 'importance') return words.split(':')[0]!;
      return words;
    },
    poles(itemId) {
      const found = item(itemId);
      return found.format === 'bipolar' || found.format === 'perception' || found.format === 'intensity'
        ? { left: t(found.left), right: t(found.right) }
        : null;
    },
    scale(itemId) {
      const found = item(itemId);
      if (!(found.format in scalePoints)) throw new Error(`item ${itemId} is not a scale`);
      const format = found.format as ScaleFormat;
      // A tension's sides are not its scale's ends: 1 is "not felt", 5 "felt very strongly".
      const ends =
        found.format === 'bipolar' || found.format === 'perception'
          ? { low: shortPole(t(found.left)), high: shortPole(t(found.right)) }
          : { low: t(scaleEnds[format].low), high: t(scaleEnds[format].high) };
      return { format, points: scalePoints[format], ...ends };
    },
    optionLabel(itemId, optionId) {
      const found = item(itemId);
      const options = 'options' in found ? found.options : [];
      const option = options.find((o) => o.id === optionId);
      if (!option) throw new Error(`option ${optionId} is not in item ${itemId}`);
      return t(option.label);
    },
    resourceLabel(optionId) {
      if (!resourceItem) throw new Error('the instrument has no value-case question');
      return this.optionLabel(resourceItem.id, optionId);
    },
    optionName(itemId, optionId) {
      return shortPole(this.optionLabel(itemId, optionId));
    },
    sectionTitle(sectionId) {
      const section = instrument.sections.find((s) => s.id === sectionId);
      return section ? t(section.title) : sectionId;
    },
    factsForm: instrument.facts ?? null,
    fill,
  };
}

/** What the ends of the scales without named poles mean. */
const scaleEnds: Record<ScaleFormat, { low: Localized; high: Localized }> = {
  importance: { low: { nl: 'niet belangrijk', en: 'not important' }, high: { nl: 'heel belangrijk', en: 'very important' } },
  agreement: { low: { nl: 'helemaal oneens', en: 'strongly disagree' }, high: { nl: 'helemaal eens', en: 'strongly agree' } },
  intensity: { low: { nl: 'helemaal niet gevoeld', en: 'not felt at all' }, high: { nl: 'heel sterk gevoeld', en: 'felt very strongly' } },
  // Bipolar and perception items name their poles.
  bipolar: { low: { nl: '1', en: '1' }, high: { nl: '7', en: '7' } },
  perception: { low: { nl: '1', en: '1' }, high: { nl: '7', en: '7' } },
};

/** A pole in a few words: "Van boven: de leiding bepaalt de koers" → "Van boven". */
const shortPole = (pole: string) => pole.split(':')[0]!.trim();

/** A, B, …, Z, AA, AB…: partnerships can have up to 40 partners. */
function letterFor(index: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return index < alphabet.length
    ? alphabet[index]!
    : `${alphabet[Math.floor(index / alphabet.length) - 1]}${alphabet[index % alphabet.length]}`;
}
