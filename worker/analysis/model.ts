/**
 * The report model: what `GET /api/report` returns under `report`, and what the report page draws.
 * Every figure is about a partner that meets the survey's k (or is shown as the organisation's
 * position by agreement); other partners appear only in `partners`, as "not enough responses".
 * Partners are referred to by id everywhere below `partners`.
 *
 * Figures are rounded to REPORTED_DECIMALS (4) decimals; every rule was applied to the unrounded
 * values. `null` means "no figure": too few answers to compute it, never zero.
 */
import type { ShownBasis } from '../../core/confidentiality';
import type { DifferenceKind } from '../../core/instrument/differences';
import type { SectionId } from '../../core/instrument/types';
import type { StatedFacts } from './context';
import type { Findings } from './findings';
import type { Description, Interval } from './moments';
import type { PairPropositions } from './propositions';
import type { ReadinessReport, TriangleReport } from './readiness';
import type { Thresholds } from './thresholds';
import type { ValueCaseReport } from './value-case';
import type { ValuesReport } from './values';

export type { Findings, ItemFinding, Position } from './findings';
export type { Description, Interval } from './moments';

/** A partner whose figures are shown. */
export interface ShownPartner {
  readonly id: string;
  readonly name: string;
  readonly status: 'shown';
  readonly respondents: number;
  /** At least k respondents, or fewer but shown as the organisation's position by agreement. */
  readonly basis: ShownBasis;
  /** Fewer than INDICATIVE_BELOW respondents: every figure about it is indicative. */
  readonly indicative: boolean;
  /** How its responses came in: through personal (single-use) links or open links. */
  readonly channels: { readonly personal: number; readonly open: number };
  /** The staff the organiser expected to invite (null: not given): more responses than this is a warning sign. */
  readonly expectedStaff: number | null;
  /** Open links for this partner without a cap: anyone holding one could add answers without limit. */
  readonly uncappedOpenLinks: number;
  /** Questions whose figures are not shown: fewer than k answers behind them (the item threshold). */
  readonly hiddenItems: number;
}

/** A partner under k: named, with no figure and no count (not even how far below k). */
export interface WithheldPartner {
  readonly id: string;
  readonly name: string;
  readonly status: 'not_enough_responses';
}

export type PartnerEntry = ShownPartner | WithheldPartner;

/** One shown partner's answers to one scale item. */
export interface ScaleSummary extends Description {
  readonly partnerId: string;
  /** "Don't know" answers: counted here, left out of n, mean and SD. */
  readonly dontKnow: number;
  /** Within-partner agreement r_wg (0–1); null below 2 answers. */
  readonly rwg: number | null;
  /** r_wg below DIVIDED_BELOW_RWG: the partner has no single position; its mean calls nothing. */
  readonly divided: boolean;
  /** Fewer than INDICATIVE_BELOW answers. */
  readonly indicative: boolean;
  /** Fewer than k answers behind it (the item threshold): no figure, and n and "don't know" read 0. */
  readonly hidden: boolean;
}

/** A scale item (bipolar, importance, agreement or intensity) with every shown partner's summary. */
export interface ScaleItemReport {
  readonly kind: 'scale';
  readonly itemId: string;
  readonly format: 'bipolar' | 'importance' | 'agreement' | 'intensity';
  readonly points: number;
  readonly midpoint: number;
  readonly byPartner: readonly ScaleSummary[];
}

/** One allocation option (a drive) for one partner: mean points out of 100. */
export interface AllocationOptionSummary extends Description {
  readonly optionId: string;
}

/** An allocation item (drives): each shown partner's mean profile. */
export interface AllocationItemReport {
  readonly kind: 'allocation';
  readonly itemId: string;
  readonly optionIds: readonly string[];
  readonly byPartner: readonly {
    readonly partnerId: string;
    readonly n: number;
    /** Fewer than k answers behind it (the item threshold): no figure. */
    readonly hidden: boolean;
    readonly options: readonly AllocationOptionSummary[];
  }[];
}

export type ItemReport = ScaleItemReport | AllocationItemReport;

/**
 * 0–1 alignment of every pair of shown partners on one section (1 = the same), symmetric, with 1
 * on the diagonal. `scores[i][j]` is about `partnerIds[i]` and `partnerIds[j]`; null where the two
 * have no item of the section in common.
 */
export interface PairScoreMatrix {
  readonly partnerIds: readonly string[];
  readonly scores: readonly (readonly (number | null)[])[];
  /**
   * `divided[i][j]`: how many of the items behind `scores[i][j]` use the mean of a partner that is
   * divided on the item (0 on the diagonal). Such a mean is no single position, so a score that uses
   * it can look closer than the partners are.
   */
  readonly divided: readonly (readonly number[])[];
}

/** A section with comparable items: the per-partner figures and the pair score matrix. */
export interface SectionReport {
  readonly sectionId: SectionId;
  readonly items: readonly ItemReport[];
  readonly pairScores: PairScoreMatrix;
}

export type Verdict = 'conflict' | 'alignment' | 'neither';
/**
 * Why the verdict is `neither` though a figure exists: too few answers on one side, a divided
 * partner, or (`could_be_chance`) a gap that passes the conflict rule for the pair alone but is not
 * clear enough given every comparison the report makes (`Comparisons`).
 */
export type VerdictReason = 'too_few_answers' | 'divided' | 'could_be_chance';

/**
 * How sure a fault line is, from its q-value: `very_sure` ≤ VERY_SURE_AT_MOST (at most 1 in 1,000
 * fault lines this clear is chance), `sure` ≤ SURE_AT_MOST (1 in 100), `fairly_sure` ≤
 * FALSE_DISCOVERY_RATE (1 in 20).
 */
export type Sureness = 'very_sure' | 'sure' | 'fairly_sure';

/** How many comparisons stand behind the fault lines and conflicts, and the rate chance is held to. */
export interface Comparisons {
  /** Scale items on which at least one pair of shown partners was compared. */
  readonly items: number;
  /** Pair × item comparisons on those items (pairs whose partners both have VERDICT_MIN_ANSWERS answers). */
  readonly pairComparisons: number;
  /** FALSE_DISCOVERY_RATE: among the fault lines, at most this share is expected to be chance. */
  readonly falseDiscoveryRate: number;
}

/** Two partners on one scale item. `a` and `b` as in the enclosing pair. */
export interface ScaleComparison {
  readonly itemId: string;
  /** Mean of a − mean of b; null when either has no answers. */
  readonly difference: number | null;
  /** Cohen's d: difference / pooled within-partner SD; null when there is no spread to scale by. */
  readonly effectSize: number | null;
  /** 95 % interval of the difference (pooled-variance t); null below 2 answers on a side. */
  readonly ci95: Interval | null;
  /** The two means lie on different sides of the scale's midpoint. */
  readonly oppositeSides: boolean;
  readonly verdict: Verdict;
  /** Set when the verdict is `neither` because it could not be called, or could be chance. */
  readonly reason: VerdictReason | null;
}

/** Two partners on one allocation item (drives): compositional, so points and overlap only. */
export interface AllocationComparison {
  readonly itemId: string;
  /** Σ min(pᵢ, qᵢ) / 100 over the mean profiles: the share of points the two place alike. */
  readonly overlap: number;
  /** Mean points of a − mean points of b, per option, in instrument order. */
  readonly differences: readonly { readonly optionId: string; readonly difference: number }[];
}

/**
 * One pair of shown partners (a before b in partner order) in the overview: the items on which they
 * conflict, and how many they align on. Every comparison behind it is in the pair's `PairDetail`.
 */
export interface PairSummary {
  readonly a: string;
  readonly b: string;
  /** Item ids, in instrument order. */
  readonly conflicts: readonly string[];
  readonly alignments: number;
}

/** Everything about one pair of shown partners: every scale and allocation item compared, and how their propositions fit. */
export interface PairDetail {
  readonly a: string;
  readonly b: string;
  readonly propositions: PairPropositions;
  /** The comparisons of the whole report the verdicts allow for (the same as `Report.comparisons`). */
  readonly comparisons: Comparisons;
  readonly items: readonly ScaleComparison[];
  readonly allocations: readonly AllocationComparison[];
}

export type { DifferenceKind } from '../../core/instrument/differences';

/**
 * What partners share when all answer alike. On a statement the band says which: a shared strength
 * (≥ BAND_STRENGTH_FROM), a shared doubt (borderline) or a shared concern (< BAND_BORDERLINE_FROM):
 * closeness in the concern band is a shared concern, never shared ground. A value all rate as very
 * important (from BAND_STRENGTH_FROM) is a shared value; any other closeness is a shared position.
 */
export type SharedKind = 'position' | 'shared_value' | 'strength' | 'doubt' | 'concern';

/**
 * An item on which every shown partner is aligned with every other. Position items only (culture,
 * values, agreement statements): a tension all partners feel about as strongly is not ground they share.
 */
export interface SharedGround {
  readonly itemId: string;
  readonly sectionId: SectionId;
  readonly kind: SharedKind;
  /** Mean of the partner means. */
  readonly mean: number;
  /** Highest minus lowest partner mean, in scale points. */
  readonly spread: number;
  /** The largest difference still plausible between any two partners (far end of the 90 % interval), in points. */
  readonly atMost: number;
  /**
   * The largest difference still plausible between any two partners (far end of the 90 %
   * interval), as a share of the scale range: the smaller, the surer. Ranked ascending.
   */
  readonly largestPlausibleDifference: number;
}

/** An item on which at least one pair of partners is in conflict. */
export interface FaultLine {
  readonly itemId: string;
  readonly sectionId: SectionId;
  readonly kind: DifferenceKind;
  /**
   * Benjamini–Hochberg q-value of the item (≤ FALSE_DISCOVERY_RATE): among fault lines at least
   * this clear, at most this share is expected to be chance.
   */
  readonly qValue: number;
  /** `qValue` in words (see `Sureness`). */
  readonly sureness: Sureness;
  /** Pairs of partners compared on the item (both with VERDICT_MIN_ANSWERS answers): its share of `Comparisons`. */
  readonly pairsCompared: number;
  /**
   * The largest gap the data make sure of (near end of the 95 % interval of |difference|) over
   * the conflicting pairs, as a share of the scale range. Ranked descending.
   */
  readonly certainGap: number;
  /** The largest |difference| among the conflicting pairs, as a share of the range (tie-break). */
  readonly largestDifference: number;
  /** How many pairs of partners conflict on the item (at least 1). */
  readonly conflictingPairs: number;
  /** The FAULT_LINE_PAIRS_LISTED conflicting pairs with the largest certain gap, widest first. */
  readonly widest: readonly {
    readonly a: string;
    readonly b: string;
    /** Mean of a − mean of b, in scale points. */
    readonly difference: number;
    readonly ci95: Interval;
    /** The near end of the 95 % interval of |difference|: the partners are at least this many points apart. */
    readonly atLeast: number;
    readonly oppositeSides: boolean;
  }[];
}

export type { StatedFacts } from './context';
export type { PairPropositions, PartnerCard } from './propositions';
export type {
  Band,
  BandedScore,
  FunctionSeen,
  ReadinessFactorReport,
  ReadinessReport,
  ScaleReliabilityReport,
  TriangleReport,
} from './readiness';
export type { GoalScore, PartnerValueCase, ValueCaseReport } from './value-case';
export type { LensTag, ValuesReport } from './values';

export interface TensionsReport {
  /**
   * Tensions ranked by the mean of the partner means, strongest first. `dividedPartnerIds`: the
   * partners whose mean enters it although they are divided on the tension.
   */
  readonly ranked: readonly {
    readonly itemId: string;
    readonly mean: number;
    readonly partners: number;
    readonly dividedPartnerIds: readonly string[];
  }[];
  /** Per partner, its tensions ranked by its own mean, strongest first; `divided` as on the item. */
  readonly byPartner: readonly {
    readonly partnerId: string;
    readonly ranked: readonly { readonly itemId: string; readonly mean: number; readonly n: number; readonly divided: boolean }[];
  }[];
}

/** How the others see one partner on one scale, against how it sees itself. */
export interface PerceptionTarget {
  readonly partnerId: string;
  /** The partner's own mean on the mirrored item (its full summary is in `sections`); null when absent. */
  readonly self: { readonly n: number; readonly mean: number } | null;
  /**
   * All ratings of this partner by respondents of the qualifying other partners (each with at
   * least k ratings of this partner), pooled; null when no other partner qualifies.
   */
  readonly others: (Description & { readonly rwg: number | null; readonly divided: boolean }) | null;
  /** How many other partners qualified as raters. */
  readonly raters: number;
  /** others.mean − self.mean. */
  readonly gap: number | null;
  /** 95 % interval of the gap. */
  readonly ci95: Interval | null;
  /**
   * Benjamini–Hochberg q-value of a gap that passes the conflict rule for a pair (size, effect size,
   * certainty, agreement on both sides), over every gap tested (`PerceptionsReport.gapsTested`);
   * null for any other gap.
   */
  readonly qValue: number | null;
  /** The gap passes the conflict rule and its q-value is at most FALSE_DISCOVERY_RATE. */
  readonly notable: boolean;
}

export interface PerceptionItemReport {
  readonly itemId: string;
  readonly mirrors: string;
  readonly targets: readonly PerceptionTarget[];
  /**
   * `views.means[r][t]`: mean rating of `partnerIds[t]` by the respondents of `partnerIds[r]`;
   * null on the diagonal and where the rating partner has fewer than k ratings of that partner.
   */
  readonly views: { readonly partnerIds: readonly string[]; readonly means: readonly (readonly (number | null)[])[] };
}

export interface PerceptionsReport {
  /**
   * Gaps tested: targets × items where both the self-view and the others' view have
   * VERDICT_MIN_ANSWERS answers. Notable gaps are held to FALSE_DISCOVERY_RATE over all of them.
   */
  readonly gapsTested: number;
  readonly items: readonly PerceptionItemReport[];
}

/**
 * One breakdown group of one partner. `optionId` null is the group that did not answer. `n`,
 * `means` and `ci95` follow `BreakdownsReport.itemIds`.
 */
export interface BreakdownGroup {
  readonly optionId: string | null;
  readonly respondents: number;
  readonly n: readonly number[];
  readonly means: readonly (number | null)[];
  readonly ci95: readonly (Interval | null)[];
}

export interface BreakdownDimension {
  readonly dimension: 'role' | 'involvement';
  readonly itemId: string;
  /**
   * `shown` only when the release holds this dimension (one per partner at most, see
   * worker/analysis/release.ts) and every group of it (with "did not answer") that has anyone in it
   * has at least k respondents, so no small group can be derived by subtraction. A group's figure
   * on an item needs k answers itself; otherwise its `n` is 0 and its mean null.
   */
  readonly status: 'shown' | 'withheld';
  readonly groups: readonly BreakdownGroup[];
}

/** One shown partner's breakdowns (served per partner: they read every group row of the partner). */
export interface BreakdownsReport {
  readonly partnerId: string;
  /** The scale items every group's `n`, `means` and `ci95` follow. */
  readonly itemIds: readonly string[];
  readonly dimensions: readonly BreakdownDimension[];
}

export interface Report {
  /** The survey's k as applied (`effectiveMinGroupSize`: never below MIN_GROUP_SIZE_FLOOR). */
  readonly minGroupSize: number;
  readonly thresholds: Thresholds;
  /** Every partner in partnership order: shown, or "not enough responses". */
  readonly partners: readonly PartnerEntry[];
  /** Sections with comparable items (drives, culture, values, readiness, triangle, tensions), in survey order. */
  readonly sections: readonly SectionReport[];
  /** Every pair of shown partners, with the items they conflict and align on. */
  readonly pairs: readonly PairSummary[];
  /** How many comparisons the fault lines and conflicts allow for. */
  readonly comparisons: Comparisons;
  readonly sharedGround: readonly SharedGround[];
  readonly faultLines: readonly FaultLine[];
  readonly valueCase: ValueCaseReport | null;
  /** The most important values (version 2) and every partner's values by lens; null without a values section. */
  readonly values: ValuesReport | null;
  /** Facts partners' contacts stated for their organisation (not anonymous), in partnership order. */
  readonly facts: readonly (StatedFacts & { readonly partnerId: string })[];
  readonly readiness: ReadinessReport | null;
  readonly triangle: TriangleReport | null;
  readonly tensions: TensionsReport | null;
  readonly perceptions: PerceptionsReport | null;
  /** The headline findings: what the first screen and the discussion agenda say. */
  readonly findings: Findings;
}
