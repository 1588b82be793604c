/**
 * The shape of an instrument: a versioned, declarative definition (data, not code branches) that
 * the respondent app renders, the server validates against, and the analysis reads its tags from.
 */

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
/** A text a user sees, in every language the platform speaks. */
export type Localized = Readonly<Record<Language, string>>;

export const sectionIds = [
  'drives',
  'culture',
  'values',
  'readiness',
  'value_case',
  'triangle',
  'tensions',
  'perceptions',
  'open',
  'about',
] as const;
export type SectionId = (typeof sectionIds)[number];

/** Sections every survey uses; the organiser may add the others. */
export const requiredSections: readonly SectionId[] = ['drives', 'culture', 'values', 'readiness'];

/**
 * The sections a new survey starts with: every part the alignment report is for (get and bring,
 * public value, tensions, how partners see each other, their own words), about 14 minutes for four
 * partners. "About you" is left for the organiser to add: it splits partners into groups that fall
 * under k and asks facts that narrow down who answered (docs/design.md §5).
 */
export const defaultSections: readonly SectionId[] = [...requiredSections, 'value_case', 'triangle', 'tensions', 'perceptions', 'open'];

export const readinessFactors = [
  'function_clarity',
  'resource_commitment',
  'organisational_learning',
  'collaborating_professionals',
  'accountability',
  'urgency',
  'shared_horizon',
  'energy_community',
  'trust_in_partners',
  'shared_ownership',
] as const;
export type ReadinessFactor = (typeof readinessFactors)[number];

export const triangleSides = ['value', 'capacity', 'legitimacy'] as const;
export type TriangleSide = (typeof triangleSides)[number];

export interface Option {
  readonly id: string;
  readonly label: Localized;
}

interface ItemBase {
  /** Stable across versions: stored answers and aggregates are keyed by it. `section.name`. */
  readonly id: string;
  readonly text: Localized;
  readonly required: boolean;
}

/** Spread exactly 100 points over the options (drives). Compositional: compared by overlap. */
export interface AllocationItem extends ItemBase {
  readonly format: 'allocation';
  readonly total: 100;
  readonly options: readonly Option[];
}

/** A 7-point scale between two named poles; 4 is the midpoint. */
export interface BipolarItem extends ItemBase {
  readonly format: 'bipolar';
  readonly left: Localized;
  readonly right: Localized;
  /** Asked again about each other partner in the perceptions section. */
  readonly perceived?: boolean;
}

/** How important a value is, 1 (not important) to 5 (very important). */
export interface ImportanceItem extends ItemBase {
  readonly format: 'importance';
  readonly tags: {
    readonly scope: 'individual' | 'collective';
    readonly nature: 'material' | 'immaterial';
    readonly pillar: 'people' | 'planet' | 'profit';
  };
}

/** Agreement with a statement, 1 (strongly disagree) to 5 (strongly agree), or "don't know". */
export interface AgreementItem extends ItemBase {
  readonly format: 'agreement';
  readonly tags: { readonly factor: ReadinessFactor } | { readonly side: TriangleSide };
}

/** How strongly a tension is felt, 1 (not at all) to 5 (very strongly). */
export interface IntensityItem extends ItemBase {
  readonly format: 'intensity';
  readonly left: Localized;
  readonly right: Localized;
}

/** Any number of options from one list (value case: what we bring, what we hope to get). */
export interface MultiSelectItem extends ItemBase {
  readonly format: 'multi_select';
  readonly options: readonly Option[];
  readonly tags: { readonly valueCase: 'bring' | 'get' };
}

/** One option from a list (about you: coarse role, involvement), used for breakdowns. */
export interface SingleChoiceItem extends ItemBase {
  readonly format: 'single_choice';
  readonly options: readonly Option[];
  readonly tags: { readonly breakdown: 'role' | 'involvement' };
}

/** Free text, trimmed, at most `maxLength` characters. */
export interface TextItem extends ItemBase {
  readonly format: 'text';
  readonly maxLength: number;
}

/**
 * A bipolar scale answered about each *other* partner of the partnership; the answer is a map
 * from partner id to a position 1–7. `mirrors` names the culture item it repeats.
 */
export interface PerceptionItem extends ItemBase {
  readonly format: 'perception';
  readonly mirrors: string;
  readonly left: Localized;
  readonly right: Localized;
}

export type Item =
  | AllocationItem
  | BipolarItem
  | ImportanceItem
  | AgreementItem
  | IntensityItem
  | MultiSelectItem
  | SingleChoiceItem
  | TextItem
  | PerceptionItem;
export type ItemFormat = Item['format'];

/** Points on each scale format; the analysis needs them for midpoints and r_wg. */
export const scalePoints = { bipolar: 7, perception: 7, importance: 5, agreement: 5, intensity: 5 } as const;
export type ScaleFormat = keyof typeof scalePoints;

export interface Section {
  readonly id: SectionId;
  readonly title: Localized;
  readonly intro: Localized;
  /** Rough minutes to answer, used for the respondent's time estimate. */
  readonly minutes: number;
  readonly items: readonly Item[];
}

export interface Instrument {
  readonly version: number;
  readonly sections: readonly Section[];
}

/** The value of one answer, by format; `dont_know` only where the item allows it. */
export type AnswerValue = number | 'dont_know' | string | readonly string[] | Readonly<Record<string, number>>;
/** A respondent's answers, keyed by item id. */
export type Answers = Readonly<Record<string, AnswerValue>>;
