/**
 * Every threshold the alignment model uses, named once. docs/alignment.md explains each one by the
 * name used here, and the report repeats them (`Report.thresholds`) so the page can say why it
 * calls something a conflict. Shares (`…_SHARE`) are fractions of an item's scale range
 * (points − 1), so one rule serves 5- and 7-point scales alike. The confidentiality rules (k, free
 * text) are not thresholds of the model: they live in core/confidentiality, and the report repeats
 * the one a reader needs to understand it.
 */
import { COMMENTS_MIN_RESPONDENTS } from '../../core/confidentiality';

/** A partner (or item) with fewer respondents than this is marked indicative. */
export const INDICATIVE_BELOW = 10;

/**
 * Within-partner agreement: below this r_wg a partner is "divided" on an item and its mean is not
 * used for a verdict. 0.70 is the usual rule of thumb (LeBreton & Senter 2008 call it lenient).
 */
export const DIVIDED_BELOW_RWG = 0.7;

/** Each partner needs at least this many answers (don't-know excluded) on an item for a verdict. */
export const VERDICT_MIN_ANSWERS = 3;

/** Two-sided confidence level of the intervals shown and of the conflict test. */
export const CONFIDENCE_LEVEL = 0.95;

/**
 * Confidence level of the interval an alignment must fit in: 90 % two-sided is the interval of
 * two one-sided 5 % tests, the standard test of equivalence (TOST).
 */
export const EQUIVALENCE_CONFIDENCE_LEVEL = 0.9;

/**
 * A conflict needs a difference of at least this share of the scale range: 1.5 points on a
 * 7-point scale, 1 point on a 5-point scale…
 */
export const CONFLICT_MIN_DIFFERENCE_SHARE = 0.25;

/** …a standardised difference (Cohen's d, pooled SD) of at least this ("large" by Cohen)… */
export const CONFLICT_MIN_EFFECT_SIZE = 0.8;
// …and a 95 % interval of the difference that excludes zero (CONFIDENCE_LEVEL); the report then
// keeps it only if it is clear enough given every comparison made (FALSE_DISCOVERY_RATE).

/**
 * Chance control over the whole report (chance.ts): the false discovery rate (Benjamini–Hochberg)
 * fault lines are held to, and separately notable perception gaps. Among a report's fault lines at
 * most this share is expected to be chance; where no partner really differs from any other, at
 * most this share of reports shows any fault line at all.
 */
export const FALSE_DISCOVERY_RATE = 0.05;

/** A fault line is "sure" when its q-value is at most this (at most 1 in 100 this clear is chance)… */
export const SURE_AT_MOST = 0.01;
/** …and "very sure" at most this (1 in 1,000). Up to FALSE_DISCOVERY_RATE it is "fairly sure". */
export const VERY_SURE_AT_MOST = 0.001;

/**
 * An alignment needs a difference of at most this share of the range (0.75 points on 7, 0.5 on
 * 5), and even the far end of the 90 % interval of the difference must stay below
 * CONFLICT_MIN_DIFFERENCE_SHARE: the data must rule out a conflict-sized gap, which small partners
 * can only do when they answer nearly alike.
 */
export const ALIGNMENT_MAX_DIFFERENCE_SHARE = 0.125;

/** Readiness and triangle bands (the Wilder convention): strength from 4.0… */
export const BAND_STRENGTH_FROM = 4.0;
/** …borderline from 3.0; below is a concern. */
export const BAND_BORDERLINE_FROM = 3.0;

/**
 * A partner does not agree on a multi-item scale when its mean average deviation AD_M is above this
 * share of the scale's points (Burke & Dunlap 2002: A/6, 0.83 on five points), even where r_wg(J),
 * lenient with several statements, calls it agreed.
 */
export const AD_MAX_SHARE = 1 / 6;

/**
 * A factor's statements measure one thing well enough to read as one score from this reliability
 * (Spearman–Brown of their mean correlation, pooled within partners) on; below it the report marks
 * the factor and points to its statements. 0.6 is the usual floor for short scales of two or three
 * statements (0.7 for longer research scales).
 */
export const RELIABILITY_MIN = 0.6;

/** Reliability is judged only from this many answers to a pair of statements (pooled over partners) on. */
export const RELIABILITY_MIN_ANSWERS = 20;

/**
 * A value is among a partner's most important when at least this share of its respondents choose it
 * among their three (version 2). With three of thirteen, an even spread would give each value 23 %.
 */
export const VALUE_TOP_MIN_SHARE = 0.4;

/**
 * Two partners' drives differ enough to speak of different drives (that may complement each other)
 * when less than this share of their 100 points is placed alike (overlap).
 */
export const DRIVES_DIFFER_BELOW_OVERLAP = 0.75;

/** A partner brings (or wants) a resource when at least this share of its respondents say so. */
export const VALUE_CASE_MIN_SHARE = 0.4;

/** A partner is one-sided when it wants this many more resources than it brings, or the reverse. */
export const ONE_SIDED_MIN_DIFFERENCE = 3;

/**
 * A change between two waves counts only when it is at least this share of the scale range (0.75
 * points on 7, 0.5 on 5, 12.5 percentage points of a share), and, like a conflict, its own 95 %
 * interval excludes 0 and the chance control over every change compared keeps it (docs/alignment.md
 * §11). The same size as the widest difference an alignment allows: a shift smaller than what the
 * report still calls "close" is not news.
 */
export const CHANGE_MIN_SHARE = 0.125;

/** A fault line lists this many of its conflicting pairs (those with the largest certain gap). */
export const FAULT_LINE_PAIRS_LISTED = 3;

/**
 * The report's first screen lists the sharpest fault lines, surest shared ground and weakest
 * readiness factors up to this rank (more when tied).
 */
export const FINDINGS_LISTED = 3;

/** The thresholds as one object, for the report (so the page explains with the real numbers). */
export const thresholds = {
  INDICATIVE_BELOW,
  COMMENTS_MIN_RESPONDENTS,
  DIVIDED_BELOW_RWG,
  AD_MAX_SHARE,
  RELIABILITY_MIN,
  RELIABILITY_MIN_ANSWERS,
  VERDICT_MIN_ANSWERS,
  CONFIDENCE_LEVEL,
  EQUIVALENCE_CONFIDENCE_LEVEL,
  CONFLICT_MIN_DIFFERENCE_SHARE,
  CONFLICT_MIN_EFFECT_SIZE,
  FALSE_DISCOVERY_RATE,
  SURE_AT_MOST,
  VERY_SURE_AT_MOST,
  ALIGNMENT_MAX_DIFFERENCE_SHARE,
  CHANGE_MIN_SHARE,
  BAND_STRENGTH_FROM,
  BAND_BORDERLINE_FROM,
  VALUE_CASE_MIN_SHARE,
  VALUE_TOP_MIN_SHARE,
  DRIVES_DIFFER_BELOW_OVERLAP,
  ONE_SIDED_MIN_DIFFERENCE,
  FAULT_LINE_PAIRS_LISTED,
  FINDINGS_LISTED,
} as const;
export type Thresholds = typeof thresholds;
