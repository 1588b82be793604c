/**
 * The confidentiality rules, defined once: what may be shown about a group of respondents, and
 * when a report may change. The analysis (report), the figures export, the releases, every route,
 * the request schemas and the database's CHECK constraint all take their numbers and decisions
 * from here, so the promise made to respondents ("nothing about a group smaller than k, however
 * often anyone looks") has exactly one meaning.
 *
 * Each rule is a pure decision over counts, never over answers. Two kinds:
 * - visibility, applied when a report is read, to the released counters with the survey's current
 *   k (k can be raised: then more is hidden, never more shown);
 * - the ratchet, applied when a release is made: released figures move to the live ones only in
 *   steps of at least k people, so no two readings differ by fewer than k people
 *   (docs/confidentiality.md works through why each rule is needed).
 */

/** k is never below this, whatever a survey stores: two people could see each other's answers. */
export const MIN_GROUP_SIZE_FLOOR = 3;

/** The k a new survey gets unless the organiser chooses another. */
export const DEFAULT_MIN_GROUP_SIZE = 5;

/** The largest k an organiser may choose. */
export const MIN_GROUP_SIZE_CEILING = 100;

/** Free text only comes from partners with at least this many respondents (and at least k). */
export const COMMENTS_MIN_RESPONDENTS = 10;

/** The k a survey is analysed and exported with: its stored k, never below the floor. */
export function effectiveMinGroupSize(stored: number): number {
  return Math.max(MIN_GROUP_SIZE_FLOOR, Math.floor(stored));
}

/**
 * Why a partner's figures are shown: `anonymous_group`, at least k respondents; or
 * `organisation_position`, fewer, but the organiser marked the partner "shown as the
 * organisation's position" with its agreement, and its respondents were told so before answering.
 */
export type ShownBasis = 'anonymous_group' | 'organisation_position';

/** Whether a partner's figures (or rows) may be shown, and on what basis. */
export type PartnerVisibility = { readonly status: 'shown'; readonly basis: ShownBasis } | { readonly status: 'not_enough_responses' };

/** What the partner rule looks at: the organiser's mark and the number of respondents. */
export interface PartnerFacts {
  readonly shownAsOrganisation: boolean;
  readonly respondents: number;
}

/**
 * Whether a partner is shown. At least k respondents: as an anonymous group. Fewer, but marked
 * "shown as the organisation's position" and with at least one response: shown, on that basis.
 * Otherwise only its name may appear, with no count at all: even "2 of 5" says more than "fewer
 * than k".
 */
export function partnerVisibility(partner: PartnerFacts, k: number): PartnerVisibility {
  if (partner.respondents >= k) return { status: 'shown', basis: 'anonymous_group' };
  if (partner.shownAsOrganisation && partner.respondents > 0) return { status: 'shown', basis: 'organisation_position' };
  return { status: 'not_enough_responses' };
}

/**
 * Whether a breakdown dimension (role, involvement) may be shown for a partner: every group with
 * anyone in it, including those who did not answer (all − the groups), has at least k respondents.
 * Otherwise a small group could be read off directly, or derived by subtracting the shown groups
 * from the partner's total. Empty groups reveal nothing about anyone and do not block. The
 * agreement to show a small partner as its organisation's position covers its scores, not its
 * groups: they still need k.
 */
export function breakdownVisible(groupRespondents: readonly number[], notAnswered: number, k: number): boolean {
  return [...groupRespondents, notAnswered].every((n) => n === 0 || n >= k);
}

/**
 * Whether one partner's view of another may be shown: it must rest on at least k of its
 * respondents' ratings of that partner. Ratings are optional per partner, so a partner that meets
 * k overall can still have fewer raters of one particular partner.
 */
export function raterQualifies(ratings: number, k: number): boolean {
  return ratings >= k;
}

/** The fewest respondents a partner needs before any of its free text is shown: max(10, k). */
export function commentsMinRespondents(k: number): number {
  return Math.max(COMMENTS_MIN_RESPONDENTS, k);
}

/** Whether a partner's free text may be shown. */
export function commentsAllowed(respondents: number, k: number): boolean {
  return respondents >= commentsMinRespondents(k);
}

/**
 * The item threshold: a figure (a mean, a share, a group's or a rater's figure) is shown only when
 * at least k answers are behind it; "don't know" and skipped questions do not count. A partner
 * shown as its organisation's position is exempt, as it is from k itself: its respondents agreed.
 */
export function figureShown(answers: number, k: number, basis: ShownBasis = 'anonymous_group'): boolean {
  return basis === 'organisation_position' ? answers > 0 : answers >= k;
}

// The ratchet ------------------------------------------------------------------------------------

/**
 * How many more people a partner's figures need before they move: k; or 1 for a partner marked
 * "shown as the organisation's position", whose respondents agreed to be shown as its view.
 */
export function releaseStep(shownAsOrganisation: boolean, k: number): number {
  return shownAsOrganisation ? 1 : k;
}

/**
 * Whether released figures may move from the population they describe (`released` people) to the
 * live one: only by at least `step` people, so that the difference between any two readings is
 * about `step` people or more. A change of fewer keeps the released figures as they are.
 */
export function stepAdvances(released: number, live: number, step: number): boolean {
  return live - released >= step;
}

/**
 * Whether a set of groups (the groups of a breakdown, including those who did not answer) may move
 * together: each one gained nobody or at least k people. One group gaining fewer than k would let a
 * reader subtract its two readings and see those few.
 */
export function groupsMoveTogether(released: readonly number[], live: readonly number[], k: number): boolean {
  return live.every((n, i) => {
    const gained = n - (released[i] ?? 0);
    return gained === 0 || gained >= k;
  });
}

/** Whether a partner's free text may move to a newer cohort: max(10, k) more respondents. */
export function commentsAdvance(released: number, live: number, k: number): boolean {
  return stepAdvances(released, live, commentsMinRespondents(k));
}
