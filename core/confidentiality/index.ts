/**
 * The confidentiality rules, defined once: what may be shown about a group of respondents. The
 * analysis (report), the responses export, every route, the request schemas and the database's
 * CHECK constraint all take their numbers and decisions from here, so the promise made to
 * respondents ("nothing about a group smaller than k") has exactly one meaning.
 *
 * Each rule is a pure decision over counts, never over answers. New rules of the same kind (an
 * item-level threshold, the releases of a report) belong here too, next to the ones they refine.
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

/** Whether a partner's free text may be shown (and exported). */
export function commentsAllowed(respondents: number, k: number): boolean {
  return respondents >= commentsMinRespondents(k);
}
