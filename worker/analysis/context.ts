/**
 * What the analysis works on: the survey's items and the shown partners' counters, after the
 * confidentiality rules decided who is shown. Internal to the analysis module.
 */
import type { AgreementItem, Answers, CollaborationFunction, Instrument, Item, Section, SectionId } from '../../core/instrument/types';
import type { ShownPartner } from './model';
import type { CounterKeys, Counters } from './stats';

/** One released row: respondents and counters of a partner × breakdown group. */
export interface GroupAggregate {
  readonly respondents: number;
  readonly stats: Counters;
}

export interface PartnerInput {
  readonly id: string;
  readonly name: string;
  /** Marked by the organiser: a small partner shown as the organisation's position (docs/design.md §4). */
  readonly shownAsOrganisation: boolean;
  /** How many staff the organiser expects to invite; null (or absent) when not given. */
  readonly expectedStaff?: number | null;
  /** Live open links of this partner without a cap (link metadata, not answers); absent: none. */
  readonly uncappedOpenLinks?: number;
}

/**
 * Everything `buildReport` needs: a release of the survey's counters (never the live ones), read
 * from D1 in a number of rows that does not depend on respondents.
 */
export interface ReportInput {
  readonly instrument: Instrument;
  readonly sections: readonly SectionId[];
  /** The survey's k. */
  readonly minGroupSize: number;
  /** The partnership's partners, in partnership order. */
  readonly partners: readonly PartnerInput[];
  /** Released rows per partner and breakdown group: `stats.get(partnerId)?.get('all')`. */
  readonly stats: ReadonlyMap<string, ReadonlyMap<string, GroupAggregate>>;
  /** The function the organiser stated for the partnership: it orders the readiness factors. Absent: unknown. */
  readonly collaborationFunction?: CollaborationFunction | null;
  /** What partners' contacts stated for their organisation (the survey version's facts form), by partner id. */
  readonly facts?: ReadonlyMap<string, StatedFacts>;
}

/**
 * Facts a partner's contact stated for the organisation: not respondents' answers and not anonymous,
 * so no threshold applies; shown with the partner's name (docs/confidentiality.md).
 */
export interface StatedFacts {
  readonly answers: Answers;
  /** The day they were last changed (YYYY-MM-DD). */
  readonly updatedOn: string;
}

/**
 * A partner that passed the confidentiality rules, with its counters: `all` holds only the units
 * with enough answers to be shown (the item threshold); the others are in `hidden`.
 */
export interface ShownPartnerData {
  readonly entry: ShownPartner;
  readonly all: Counters;
  /** Items (scales, drives, value-case choices) without a figure: fewer than k answers behind them. */
  readonly hidden: ReadonlySet<string>;
  readonly groups: ReadonlyMap<string, GroupAggregate>;
}

export interface AnalysisContext {
  readonly k: number;
  readonly sections: readonly Section[];
  readonly items: readonly Item[];
  /** Shown partners only, in partnership order. Nothing about any other partner is in here. */
  readonly shown: readonly ShownPartnerData[];
  /** Counter names, built once per report (see `counterKeyCache`). */
  readonly keys: (key: string) => CounterKeys;
  /** The survey's multi-item scales (`multiItemScales`), found once per report. */
  readonly multiItemScales: ReadonlyMap<string, readonly AgreementItem[]>;
}
