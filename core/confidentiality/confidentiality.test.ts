/**
 * The confidentiality rules on hand-computed cases. The report and the export apply these same
 * functions; test/unit/analysis/confidentiality.test.ts and worker/export/responses.test.ts check
 * that they do.
 */
import { describe, expect, it } from 'vitest';
import {
  breakdownVisible,
  COMMENTS_MIN_RESPONDENTS,
  commentsAdvance,
  commentsAllowed,
  commentsMinRespondents,
  DEFAULT_MIN_GROUP_SIZE,
  effectiveMinGroupSize,
  figureShown,
  groupsMoveTogether,
  MIN_GROUP_SIZE_FLOOR,
  partnerVisibility,
  raterQualifies,
  releaseStep,
  stepAdvances,
} from './index';

describe('k', () => {
  it('is 5 by default and never below 3', () => {
    expect(DEFAULT_MIN_GROUP_SIZE).toBe(5);
    expect(MIN_GROUP_SIZE_FLOOR).toBe(3);
  });

  it('is the stored k, raised to the floor and cut to a whole number', () => {
    expect(effectiveMinGroupSize(0)).toBe(3);
    expect(effectiveMinGroupSize(1)).toBe(3);
    expect(effectiveMinGroupSize(2)).toBe(3);
    expect(effectiveMinGroupSize(3)).toBe(3);
    expect(effectiveMinGroupSize(5)).toBe(5);
    expect(effectiveMinGroupSize(12)).toBe(12);
    // A fractional k would let 4 people pass a "4.5": the rule counts whole people.
    expect(effectiveMinGroupSize(4.5)).toBe(4);
  });
});

describe('which partners are shown', () => {
  const partner = (respondents: number, shownAsOrganisation = false) => ({ respondents, shownAsOrganisation });

  it('shows a partner as an anonymous group from k respondents, and nothing below', () => {
    expect(partnerVisibility(partner(5), 5)).toEqual({ status: 'shown', basis: 'anonymous_group' });
    expect(partnerVisibility(partner(4), 5)).toEqual({ status: 'not_enough_responses' });
    expect(partnerVisibility(partner(0), 5)).toEqual({ status: 'not_enough_responses' });
  });

  it('shows a partner marked "shown as the organisation’s position" from its first response', () => {
    expect(partnerVisibility(partner(1, true), 5)).toEqual({ status: 'shown', basis: 'organisation_position' });
    expect(partnerVisibility(partner(0, true), 5)).toEqual({ status: 'not_enough_responses' });
    // Once it reaches k it is an anonymous group like any other.
    expect(partnerVisibility(partner(5, true), 5)).toEqual({ status: 'shown', basis: 'anonymous_group' });
  });
});

describe('breakdowns', () => {
  it('shows a breakdown only when no group of it, nor the rest, is under k', () => {
    expect(breakdownVisible([5, 6], 0, 5)).toBe(true);
    expect(breakdownVisible([5, 0], 0, 5)).toBe(true); // an empty group reveals nobody
    expect(breakdownVisible([5, 4], 0, 5)).toBe(false);
    expect(breakdownVisible([5, 6], 2, 5)).toBe(false); // 2 who did not answer = all − 5 − 6
    expect(breakdownVisible([5, 6], 5, 5)).toBe(true);
  });

  it('withholds a breakdown whose "did not answer" group is k − 1, however large the others', () => {
    // 14 respondents, k = 5: 5 managers, 5 professionals, 4 who skipped the question.
    expect(breakdownVisible([5, 5, 0, 0], 14 - 5 - 5, 5)).toBe(false);
    // One more answer from the skippers' side makes every group k or empty.
    expect(breakdownVisible([5, 5, 0, 0], 15 - 5 - 5, 5)).toBe(true);
  });
});

describe('perceptions', () => {
  it('counts a partner’s view of another only from k ratings', () => {
    expect(raterQualifies(4, 5)).toBe(false);
    expect(raterQualifies(5, 5)).toBe(true);
  });
});

describe('free text', () => {
  it('shows free text only from partners of at least 10 respondents and at least k', () => {
    expect(COMMENTS_MIN_RESPONDENTS).toBe(10);
    expect(commentsAllowed(9, 5)).toBe(false);
    expect(commentsAllowed(10, 5)).toBe(true);
    expect(commentsAllowed(11, 12)).toBe(false);
    expect(commentsAllowed(12, 12)).toBe(true);
  });

  it('needs 12 respondents when k is 12, and 10 when k is anything up to 10', () => {
    expect(commentsMinRespondents(12)).toBe(12);
    expect(commentsMinRespondents(10)).toBe(10);
    expect(commentsMinRespondents(3)).toBe(10);
  });
});

describe('the item threshold', () => {
  it('shows a figure from k answers, and a partner shown as its organisation from one', () => {
    expect(figureShown(4, 5)).toBe(false);
    expect(figureShown(5, 5)).toBe(true);
    expect(figureShown(1, 5, 'organisation_position')).toBe(true);
    expect(figureShown(0, 5, 'organisation_position')).toBe(false);
  });
});

describe('the ratchet', () => {
  it('moves released figures only by at least a step: k, or 1 by agreement', () => {
    expect(releaseStep(false, 5)).toBe(5);
    expect(releaseStep(true, 5)).toBe(1);
    expect(stepAdvances(10, 14, 5)).toBe(false);
    expect(stepAdvances(10, 15, 5)).toBe(true);
    expect(stepAdvances(0, 1, 1)).toBe(true);
  });

  it('moves groups together only when each gained nobody or at least k', () => {
    expect(groupsMoveTogether([5, 5, 0], [10, 5, 0], 5)).toBe(true);
    expect(groupsMoveTogether([5, 5, 0], [10, 6, 0], 5)).toBe(false);
    expect(groupsMoveTogether([0, 0], [3, 2], 5)).toBe(false);
    expect(groupsMoveTogether([0, 0], [5, 0], 5)).toBe(true);
  });

  it('releases free text in cohorts of max(10, k) more respondents', () => {
    expect(commentsAdvance(0, 9, 5)).toBe(false);
    expect(commentsAdvance(0, 10, 5)).toBe(true);
    expect(commentsAdvance(10, 21, 12)).toBe(false);
    expect(commentsAdvance(10, 22, 12)).toBe(true);
  });
});
