/**
 * The confidentiality rules of docs/design.md §4 as pure decisions. Every other file of the analysis
 * works only on the partners and groups these functions let through, so a partner under k cannot
 * leak into a figure by accident: its counters never reach the code that computes figures.
 */
import type { ShownPartner, WithheldPartner } from './model';
import { COMMENTS_MIN_RESPONDENTS, INDICATIVE_BELOW, MIN_GROUP_SIZE_FLOOR } from './thresholds';

/** The k a survey is analysed with: its stored k, never below the floor. */
export function effectiveMinGroupSize(stored: number): number {
  return Math.max(MIN_GROUP_SIZE_FLOOR, Math.floor(stored));
}

export interface PartnerFacts {
  readonly id: string;
  readonly name: string;
  readonly shownAsOrganisation: boolean;
  readonly respondents: number;
}

/**
 * Whether a partner's figures may be shown. At least k respondents: shown as an anonymous group.
 * Fewer, but marked "shown as the organisation's position" and with at least one response: shown,
 * flagged as such. Otherwise only its name, with no count at all: even "2 of 5" would say more
 * than "fewer than k".
 */
export function partnerVisibility(partner: PartnerFacts, k: number): ShownPartner | WithheldPartner {
  const { id, name, respondents } = partner;
  if (respondents >= k)
    return { id, name, status: 'shown', respondents, basis: 'anonymous_group', indicative: respondents < INDICATIVE_BELOW };
  if (partner.shownAsOrganisation && respondents > 0) {
    return { id, name, status: 'shown', respondents, basis: 'organisation_position', indicative: respondents < INDICATIVE_BELOW };
  }
  return { id, name, status: 'not_enough_responses' };
}

/**
 * Whether a breakdown dimension (role, involvement) may be shown for a partner: every group with
 * anyone in it, including those who did not answer (all − the groups), has at least k respondents.
 * Otherwise a small group could be read off directly, or derived by subtracting the shown groups
 * from the partner's total. Empty groups reveal nothing about anyone and do not block.
 */
export function breakdownVisible(groupRespondents: readonly number[], notAnswered: number, k: number): boolean {
  return [...groupRespondents, notAnswered].every((n) => n === 0 || n >= k);
}

/**
 * Whether one partner's view of another may enter a perception figure: it must rest on at least k
 * of its respondents' ratings of that partner. Ratings are optional per partner, so a partner that
 * meets k overall can still have fewer raters of one particular partner.
 */
export function raterQualifies(ratings: number, k: number): boolean {
  return ratings >= k;
}

/** Free text is shown only for partners with at least max(COMMENTS_MIN_RESPONDENTS, k) respondents. */
export function commentsAllowed(respondents: number, k: number): boolean {
  return respondents >= Math.max(COMMENTS_MIN_RESPONDENTS, k);
}
