/**
 * The confidentiality promise (docs/design.md §4) as the report keeps it: partners and groups under k
 * show nothing and cannot be derived; small partners shown by agreement are flagged as such. The
 * rules themselves are tested on their own in core/confidentiality.
 */
import { describe, expect, it } from 'vitest';
import { partnerVisibility } from '../../../core/confidentiality';
import type { Answers } from '../../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../../db/seed/synthetic';
import { buildBreakdowns, buildPairDetail, buildReport } from '../../../worker/analysis';
import { countersOf, statsOf } from '../../../worker/analysis/stats';
import { allSections, columns, type FixturePartner, instrument, reportInput } from './fixtures';

const ids = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
] as const;

function respondents(count: number, seed: number, others: readonly string[]): Answers[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => ({
    ...syntheticAnswers({ instrument, sections: allSections, otherPartnerIds: others, random }),
    'open.hope': 'x',
  }));
}

const partner = (index: 0 | 1 | 2, name: string, count: number, shownAsOrganisation = false): FixturePartner => ({
  id: ids[index],
  name,
  shownAsOrganisation,
  answers: respondents(
    count,
    index + 1,
    ids.filter((id) => id !== ids[index]),
  ),
});

describe('confidentiality', () => {
  it('leaves a partner under k out of every figure: its id and name appear once, as not enough responses', () => {
    for (const small of [1, 2, 4]) {
      const input = reportInput(
        [partner(0, 'Gemeente Rivierstad', 12), partner(1, 'Zorggroep De Linde', 9), partner(2, 'Buurtkracht Oost', small)],
        { minGroupSize: 5 },
      );
      const report = buildReport(input);
      expect(report.partners[2]).toEqual({ id: ids[2], name: 'Buurtkracht Oost', status: 'not_enough_responses' });
      const json = JSON.stringify(report);
      expect(json.split(ids[2]).length - 1).toBe(1);
      expect(json.split('Buurtkracht Oost').length - 1).toBe(1);
      // Nor can it be asked about directly.
      expect(buildPairDetail(input, ids[0], ids[2])).toBeNull();
      expect(buildBreakdowns(input, ids[2])).toBeNull();
    }
  });

  it('gives the same report whatever a partner under k answered', () => {
    const shown = [partner(0, 'A', 8), partner(1, 'B', 6)];
    const report = (smallAnswers: Answers[]) =>
      buildReport(
        reportInput([...shown, { id: ids[2], name: 'C', shownAsOrganisation: false, answers: smallAnswers }], { minGroupSize: 5 }),
      );
    expect(report(respondents(4, 7, ids.slice(0, 2)))).toEqual(report(respondents(4, 99, ids.slice(0, 2))));
  });

  it('shows a small partner marked "shown as the organisation’s position", flagged, from its first response', () => {
    const input = reportInput([partner(0, 'A', 8), partner(1, 'B', 6), partner(2, 'Sociale onderneming', 2, true)], { minGroupSize: 5 });
    const report = buildReport(input);
    expect(report.partners[2]).toMatchObject({
      id: ids[2],
      name: 'Sociale onderneming',
      status: 'shown',
      respondents: 2,
      basis: 'organisation_position',
      indicative: true,
      // Exempt from the item threshold as from k: its respondents agreed to be shown as its view.
      hiddenItems: 0,
    });
    expect(report.pairs.filter((p) => p.b === ids[2])).toHaveLength(2);
    expect(partnerVisibility({ shownAsOrganisation: true, respondents: 0 }, 5)).toEqual({ status: 'not_enough_responses' });
    // By agreement its scores are shown, not its breakdowns: groups still need k.
    expect(buildBreakdowns(input, ids[2])!.dimensions.map((d) => d.status)).toEqual(['withheld', 'withheld']);
  });

  it('never uses a k below 3', () => {
    const report = buildReport(reportInput([partner(0, 'A', 2), partner(1, 'B', 3)], { minGroupSize: 1 }));
    expect(report.minGroupSize).toBe(3);
    expect(report.partners.map((p) => p.status)).toEqual(['not_enough_responses', 'shown']);
  });

  it('moves no figure with counters no analysis reads, whether every unit of a partner is shown or some are not', () => {
    // Partners of 12 and 9 show every unit (the threshold leaves their rows as they are); one of 5
    // leaves some under k (its row is copied without them). Answered text, "about you" answers and
    // views of a partner under k are read by no analysis: adding to them changes nothing.
    for (const small of [5, 9]) {
      const input = reportInput([partner(0, 'A', 12), partner(1, 'B', small), partner(2, 'C', 2)], { minGroupSize: 5 });
      const padded = new Map(
        [...input.stats].map(([id, groups]) => {
          const all = groups.get('all')!;
          const unread = {
            'open.hope|a': 1,
            'about.role:manager|c': 1,
            [`perceptions.pace@${ids[2]}|n`]: 1,
            [`perceptions.pace@${ids[2]}|s`]: 7,
          };
          return [id, new Map([...groups, ['all', { ...all, stats: countersOf({ ...statsOf(all.stats), ...unread }) }]])];
        }),
      );
      expect(buildReport({ ...input, stats: padded })).toEqual(buildReport(input));
    }
  });

  it('counts a partner’s view of another only when at least k of its respondents gave it', () => {
    const [a, b, c] = ids;
    const base = { 'culture.pace': 4 };
    const input = reportInput(
      [
        // A is seen by B (5 ratings) and by C (only 4 of its 6 respondents rated A).
        {
          id: a,
          name: 'A',
          shownAsOrganisation: false,
          answers: columns(5, { 'culture.pace': [2, 2, 2, 2, 2], 'perceptions.pace': Array(5).fill({}) }),
        },
        {
          id: b,
          name: 'B',
          shownAsOrganisation: false,
          answers: columns(5, { ...spread(base, 5), 'perceptions.pace': Array(5).fill({ [a]: 6 }) }),
        },
        {
          id: c,
          name: 'C',
          shownAsOrganisation: false,
          answers: columns(6, { ...spread(base, 6), 'perceptions.pace': [{ [a]: 1 }, { [a]: 1 }, { [a]: 1 }, { [a]: 1 }, {}, {}] }),
        },
      ],
      { minGroupSize: 5 },
    );
    const target = buildReport(input).perceptions!.items[0]!.targets[0]!;
    expect(target).toMatchObject({ partnerId: a, raters: 1, others: { n: 5, mean: 6 }, gap: 4 });
    expect(buildReport(input).perceptions!.items[0]!.views.means[2]).toEqual([null, null, null]);
  });
});

/** The same answer for `count` respondents. */
function spread(answers: Record<string, number>, count: number): Record<string, number[]> {
  return Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, Array(count).fill(value)]));
}
