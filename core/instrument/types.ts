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

/**
 * What a partnership is for (the first of the five conditions of collaboration): the organiser
 * states it at set-up, and from version 2 respondents are asked which one they see.
 */
export const collaborationFunctions = ['strategic_alignment', 'operational_alignment', 'joint_development', 'procurement'] as const;
export type CollaborationFunction = (typeof collaborationFunctions)[number];

/** The public-value lenses of a value: individual or collective, material or not, and people/planet/profit. */
export interface ValueTags {
  readonly scope: 'individual' | 'collective';
  readonly nature: 'material' | 'immaterial';
  readonly pillar: 'people' | 'planet' | 'profit';
}

export interface Option {
  readonly id: string;
  readonly label: Localized;
  /** Values offered as options (version 2 asks for the three most important) carry their lenses. */
  readonly tags?: ValueTags;
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
  /** "Don't know" is an answer too (counted apart, left out of the figures). From version 2. */
  readonly dontKnow?: true;
}

/** How important a value is, 1 (not important) to 5 (very important). */
export interface ImportanceItem extends ItemBase {
  readonly format: 'importance';
  readonly tags: ValueTags;
}

/** Agreement with a statement, 1 (strongly disagree) to 5 (strongly agree), or "don't know". */
export interface AgreementItem extends ItemBase {
  readonly format: 'agreement';
  /**
   * A readiness factor, a side of Moore's triangle, or (version 2's value case) the partnership's
   * contribution to the respondent's own organisation's goals or to the other partners' goals.
   */
  readonly tags:
    | { readonly factor: ReadinessFactor }
    | { readonly side: TriangleSide }
    | { readonly contribution: 'own_goals' | 'partner_goals' };
}

/** How strongly a tension is felt, 1 (not at all) to 5 (very strongly). */
export interface IntensityItem extends ItemBase {
  readonly format: 'intensity';
  readonly left: Localized;
  readonly right: Localized;
  /** "Don't know" is an answer too (counted apart, left out of the figures). From version 2. */
  readonly dontKnow?: true;
}

/**
 * Options from one list: any number (value case: what we bring, what we hope to get; a partner's
 * stated facts), or exactly `choose` of them (version 2's values: the three most important).
 */
export interface MultiSelectItem extends ItemBase {
  readonly format: 'multi_select';
  readonly options: readonly Option[];
  readonly tags: { readonly valueCase: 'bring' | 'get' } | { readonly values: 'most_important' } | { readonly fact: ReadinessFactor };
  /** Exactly this many options must be chosen; absent: any number, none included. */
  readonly choose?: number;
}

/**
 * One option from a list: about you (coarse role, involvement: the breakdowns), the partnership's
 * function as a respondent sees it (version 2), or a fact a partner states about itself.
 */
export interface SingleChoiceItem extends ItemBase {
  readonly format: 'single_choice';
  readonly options: readonly Option[];
  readonly tags: { readonly breakdown: 'role' | 'involvement' } | { readonly asks: 'function' } | { readonly fact: ReadinessFactor };
  /** "Don't know" is an answer too (counted apart). */
  readonly dontKnow?: true;
}

/** A single choice that splits respondents into breakdown groups (about you). */
export type BreakdownItem = SingleChoiceItem & { readonly tags: { readonly breakdown: 'role' | 'involvement' } };

export function isBreakdownItem(item: Item): item is BreakdownItem {
  return item.format === 'single_choice' && 'breakdown' in item.tags;
}

/** True for the items on which "don't know" is an answer: every agreement item, and others that say so. */
export function allowsDontKnow(item: Item): boolean {
  if (item.format === 'agreement') return true;
  return 'dontKnow' in item && item.dontKnow === true;
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

/**
 * A short form a partner's contact answers for the organisation (version 2): facts most staff cannot
 * know (mandate, committed resources, accountability). Not anonymous: stated by the organisation.
 */
export interface FactsForm {
  readonly title: Localized;
  readonly intro: Localized;
  readonly items: readonly (SingleChoiceItem | MultiSelectItem)[];
}

export interface Instrument {
  readonly version: number;
  readonly sections: readonly Section[];
  /** The partner contact's short form of stated facts; absent in version 1. */
  readonly facts?: FactsForm;
}

/** The value of one answer, by format; `dont_know` only where the item allows it. */
export type AnswerValue = number | 'dont_know' | string | readonly string[] | Readonly<Record<string, number>>;
/** A respondent's answers, keyed by item id. */
export type Answers = Readonly<Record<string, AnswerValue>>;
