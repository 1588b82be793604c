/**
 * What every part of the report page needs to turn the model into words: question texts and
 * option labels from the instrument (never raw item ids), partner names with their chart letter
 * and colour, and numbers formatted for the reader's language.
 */
import { fill, type Language, type Localized } from '../../lib/i18n';
import { text } from './text';
import type { Instrument, Item, Report, SectionId, ShownPartner } from './types';

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

/** Everything a report part needs to speak: texts, labels, partners and number formats. */
export interface ReportView {
  readonly language: Language;
  readonly t: (localized: Localized) => string;
  readonly report: Report;
  /** Shown partners in partnership order; withheld partners are never here. */
  readonly partners: readonly PartnerView[];
  partner(id: string): PartnerView;
  /** A partner's name, with its chart letter: "Gemeente Rivierstad (A)". */
  partnerName(id: string): string;
  /** The question (or statement) an item asks. */
  itemText(itemId: string): string;
  /** A short name for an item, for lists and summaries (a value's name, a scale's two poles). */
  itemLabel(itemId: string): string;
  /** The two poles of a bipolar (or tension) item; null for other formats. */
  poles(itemId: string): { left: string; right: string } | null;
  optionLabel(itemId: string, optionId: string): string;
  /** The label of a value-case resource (shared by the "bring" and "get" questions). */
  resourceLabel(optionId: string): string;
  sectionTitle(sectionId: SectionId): string;
  /** A figure with two decimals in the reader's language (comma in Dutch). */
  number(value: number, decimals?: number): string;
  /** A share (0–1) as a whole percentage. */
  percent(share: number): string;
  /** Names joined with commas and "and"/"en". */
  list(names: readonly string[]): string;
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
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const number = (value: number, decimals = 2) => {
    let format = numberFormats.get(decimals);
    if (!format) {
      format = new Intl.NumberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      numberFormats.set(decimals, format);
    }
    return format.format(value);
  };
  const resourceItem = instrument.sections.flatMap((s) => s.items).find((i) => i.format === 'multi_select');
  return {
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
    itemText: (itemId) => t(item(itemId).text),
    itemLabel(itemId) {
      const found = item(itemId);
      if (found.format === 'bipolar' || found.format === 'perception') return `${t(found.left)} ↔ ${t(found.right)}`;
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
    sectionTitle(sectionId) {
      const section = instrument.sections.find((s) => s.id === sectionId);
      return section ? t(section.title) : sectionId;
    },
    number,
    percent: (share) => `${Math.round(share * 100)}%`,
    list(names) {
      if (names.length <= 1) return names.join('');
      return `${names.slice(0, -1).join(', ')} ${t(text.and)} ${names.at(-1)}`;
    },
    fill,
  };
}

/** A, B, …, Z, AA, AB…: partnerships can have up to 40 partners. */
function letterFor(index: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return index < alphabet.length
    ? alphabet[index]!
    : `${alphabet[Math.floor(index / alphabet.length) - 1]}${alphabet[index % alphabet.length]}`;
}
