/**
 * The change model: what `GET /api/report/change` returns under `change`, and what the report's
 * change view draws. Two waves of one partnership, each read from its own release under its own
 * confidentiality rules; only partners shown in both and items asked alike in both are compared.
 * Figures are rounded as in the report (REPORTED_DECIMALS); every rule ran on unrounded values.
 */
import type { ReadinessFactor, SectionId } from '../../../core/instrument/types';
import type { ScaleItemReport, Sureness } from '../model';
import type { Interval } from '../moments';
import type { LeftOutReason } from './items';

export type { LeftOutReason } from './items';

/**
 * Why a change is not clear: too few answers in a wave, smaller than CHANGE_MIN_SHARE of the range
 * (`too_small`), an own interval that includes 0 (`uncertain`), or a candidate the chance control
 * over every change compared does not keep (`could_be_chance`).
 */
export type ChangeReason = 'too_few_answers' | 'too_small' | 'uncertain' | 'could_be_chance';

/** A figure that can rise or fall: a partner's mean, a readiness score, a share. */
export type LevelVerdict = 'higher' | 'lower' | 'no_clear_change';
/** A distance between partners (a gap, a pair's score, a resource's fit): closer or further apart. */
export type DistanceVerdict = 'closer' | 'further_apart' | 'no_clear_change';

/** One figure in both waves, the change and whether it is clear. */
export interface Change<V extends string> {
  /** The figure in the earlier and in the later wave. */
  readonly before: number;
  readonly after: number;
  /** after − before. */
  readonly change: number;
  /** 95 % interval of the change; null below 2 answers on every side. */
  readonly ci95: Interval | null;
  /** Whether `ci95` was cut at the largest change the figure's range allows. */
  readonly ci95Clipped: boolean;
  readonly verdict: V;
  /** Why the verdict is "no clear change"; null for a clear change. */
  readonly reason: ChangeReason | null;
  /** For a candidate: its family's Benjamini–Hochberg q-value (rounded up); null otherwise. */
  readonly qValue: number | null;
  /** A clear change's q-value in words (as a fault line's); null otherwise. */
  readonly sureness: Sureness | null;
}

/** Every partner of the partnership and whether it is shown in each wave; compared only when shown in both. */
export interface ChangePartner {
  readonly id: string;
  readonly name: string;
  readonly before: 'shown' | 'not_enough_responses';
  readonly after: 'shown' | 'not_enough_responses';
  readonly compared: boolean;
}

/** A partner's mean on a scale item, before (the earlier wave) and after (the later one). */
export interface PartnerItemChange extends Change<LevelVerdict> {
  readonly partnerId: string;
  readonly itemId: string;
  readonly sectionId: SectionId;
}

/** The distance between two partners (a before b in partner order) on a scale item: |difference| in points, before and after. */
export interface PairGapChange extends Change<DistanceVerdict> {
  readonly a: string;
  readonly b: string;
}

/**
 * What an item was in a wave's report: a fault line, shared ground, or closeness on a weak point
 * (a shared doubt in the borderline band, a shared concern in the concern band, which the report
 * never calls shared ground), or neither.
 */
export type ItemStatus = 'fault_line' | 'shared_ground' | 'shared_doubt' | 'shared_concern' | 'neither';

/** A fault line or shared ground (or shared doubt or concern) of either wave, and how the partners' distances on it changed. */
export interface ItemChange {
  readonly itemId: string;
  readonly sectionId: SectionId;
  readonly format: ScaleItemReport['format'];
  readonly points: number;
  readonly before: ItemStatus;
  readonly after: ItemStatus;
  /** Every compared partner's mean, before and after (null: no figure in that wave). */
  readonly positions: readonly { readonly partnerId: string; readonly before: number | null; readonly after: number | null }[];
  /**
   * The pairs either report named on the item (a fault line's widest pairs; shared ground's widest
   * pair now), then every other pair whose distance changed clearly.
   */
  readonly pairs: readonly PairGapChange[];
  /** Pairs on the item that came clearly closer, and clearly further apart (of every compared pair). */
  readonly closer: number;
  readonly furtherApart: number;
  readonly verdict: DistanceVerdict | 'mixed';
}

/** One pair's 0–1 score on a section (1 = alike), over the items both partners answered in both waves. */
export interface PairScoreChange extends Change<DistanceVerdict> {
  readonly a: string;
  readonly b: string;
  readonly sectionId: SectionId;
  /** Items behind the score. */
  readonly items: number;
}

/** A readiness factor: each compared partner's score (mean of the item means of the statements in both waves). */
export interface FactorChange {
  readonly factor: ReadinessFactor;
  readonly itemIds: readonly string[];
  readonly byPartner: readonly (Change<LevelVerdict> & { readonly partnerId: string })[];
  /**
   * How the report reads the partnership on the factor: as ready as its weakest partner where every
   * partner must deliver, else the mean of the partners (docs/alignment.md §6).
   */
  readonly rule: 'weakest' | 'mean';
  /** The partnership's score under `rule`, before and after, over the compared partners on these statements. */
  readonly partnership: { readonly before: number; readonly after: number };
  /** The weakest partner(s) before and after, on these statements. */
  readonly weakest: {
    readonly before: { readonly partnerIds: readonly string[]; readonly score: number };
    readonly after: { readonly partnerIds: readonly string[]; readonly score: number };
  };
  readonly verdict: LevelVerdict | 'mixed';
}

/** A gap as a wave's report had it (compared partners only). */
export interface GapState {
  readonly wantedBy: readonly string[];
  readonly broughtBy: readonly string[];
}

/** A value-case resource that was a match or a gap in either wave. */
export interface ResourceChange {
  readonly optionId: string;
  /** The gap in each wave (null: no gap in that wave); null when it was a gap in neither. */
  readonly gap: { readonly before: GapState | null; readonly after: GapState | null } | null;
  /** Every match on it in either wave: whether each report had it. */
  readonly matches: readonly { readonly wanterId: string; readonly bringerId: string; readonly before: boolean; readonly after: boolean }[];
  /** The shares behind them: who brings it (in either wave) and who wants it, before and after. */
  readonly shares: readonly (Change<LevelVerdict> & { readonly partnerId: string; readonly side: 'bring' | 'get' })[];
  /** From every compared partner's share that brings it: more bring it (closer to filling a need), fewer, both, or no clear change. */
  readonly verdict: DistanceVerdict | 'mixed';
}

/** A value of the choice of the most important (version 2): each compared partner's share choosing it, before and after. */
export interface ValueChoiceChange {
  readonly itemId: string;
  readonly optionId: string;
  readonly byPartner: readonly (Change<LevelVerdict> & { readonly partnerId: string })[];
  /** Chosen clearly more often by some partner and clearly less by none (`higher`), the other way, both, or no clear change. */
  readonly verdict: LevelVerdict | 'mixed';
}

export interface ChangeReport {
  /** The thresholds the verdicts use (their values, for the page's explanations). */
  readonly thresholds: {
    readonly CHANGE_MIN_SHARE: number;
    readonly CONFIDENCE_LEVEL: number;
    readonly FALSE_DISCOVERY_RATE: number;
    readonly VERDICT_MIN_ANSWERS: number;
  };
  readonly partners: readonly ChangePartner[];
  /** How many items were compared, and which could have been but were not, and why. */
  readonly items: { readonly compared: number; readonly leftOut: readonly { readonly itemId: string; readonly reason: LeftOutReason }[] };
  /** How many families and changes the chance control allowed for. */
  readonly comparisons: { readonly families: number; readonly changes: number; readonly falseDiscoveryRate: number };
  /** Fault lines of either wave: the earlier wave's in its order, then those new in the later wave. */
  readonly faultLines: readonly ItemChange[];
  /** Shared ground, shared doubts and shared concerns of either wave, in the same order. */
  readonly sharedGround: readonly ItemChange[];
  readonly readiness: readonly FactorChange[];
  readonly valueCase: readonly ResourceChange[];
  /** Every value of the choice of the most important, in the question's order; empty unless both waves asked it alike. */
  readonly values: readonly ValueChoiceChange[];
  /** Per section: how many pairs have a score in both waves, and how many came clearly closer or further apart. */
  readonly sectionPairs: readonly {
    readonly sectionId: SectionId;
    readonly compared: number;
    readonly closer: number;
    readonly furtherApart: number;
  }[];
  /** The pairs whose section score changed clearly (every pair's score: `PartnerChangeDetail`). */
  readonly pairs: readonly PairScoreChange[];
  /** Per compared partner and section: items compared, and those whose mean rose or fell clearly (in instrument order). */
  readonly partnerSections: readonly {
    readonly partnerId: string;
    readonly sectionId: SectionId;
    readonly compared: number;
    readonly higher: readonly string[];
    readonly lower: readonly string[];
  }[];
}

/** One compared partner in full (served on demand): its mean on every item, and its score with every other partner per section. */
export interface PartnerChangeDetail {
  readonly partnerId: string;
  readonly items: readonly PartnerItemChange[];
  readonly pairs: readonly PairScoreChange[];
}
