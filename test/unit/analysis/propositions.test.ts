/**
 * Value propositions under version 2, by hand: each partner's values (the three most important,
 * with their lenses), what the partnership does for its own goals and the others', who mainly
 * invests and who mainly receives, and the card per partner and per pair that puts them together.
 *
 * Three partners of four (k = 3), answering alike within each partner, so every share is a count
 * out of four and every mean exact.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../core/instrument/types';
import { instrumentV2 } from '../../../core/instrument/v2';
import { buildPairDetail, buildPartnerCard, buildReport } from '../../../worker/analysis';
import { reportInput } from './fixtures';

const four = (answers: Answers) => Array.from({ length: 4 }, () => answers);
const G = 'g';
const Z = 'z';
const B = 'b';
const partners = [
  {
    id: G,
    name: 'Gemeente',
    shownAsOrganisation: false,
    answers: four({
      'drives.allocation': { public_goods: 60, legitimacy: 40 },
      'values.most_important': ['lawfulness', 'equal_treatment', 'transparency'],
      'value_case.bring': ['funding', 'mandate'],
      'value_case.get': ['target_group_access'],
      'value_case.own_goals': 4,
      'value_case.partner_goals': 2,
      'value_case.invest_return': 2,
      'tensions.short_long': 5,
      'tensions.control_trust': 3,
      'tensions.politics_administration': 'dont_know',
      'culture.decision_pace': 6,
      'perceptions.decision_pace': { [B]: 1 },
    }),
  },
  {
    id: Z,
    name: 'Zorggroep',
    shownAsOrganisation: false,
    answers: four({
      'drives.allocation': { client_wellbeing: 70, professional_quality: 30 },
      'values.most_important': ['tailored_help', 'service_quality', 'inclusion'],
      'value_case.bring': ['target_group_access'],
      'value_case.get': ['funding', 'data'],
      'value_case.own_goals': 5,
      'value_case.partner_goals': 4,
      'value_case.invest_return': 6,
      'culture.decision_pace': 6,
    }),
  },
  {
    id: B,
    name: 'Bouwbedrijf',
    shownAsOrganisation: false,
    answers: four({
      'drives.allocation': { public_goods: 50, financial_return: 50 },
      'values.most_important': ['financial_return', 'efficiency', 'lawfulness'],
      'value_case.bring': [],
      'value_case.get': ['funding'],
      'value_case.invest_return': 'dont_know',
      'culture.decision_pace': 2,
      'perceptions.decision_pace': { [G]: 6 },
    }),
  },
];
const input = reportInput(partners, { instrument: instrumentV2, sections: instrumentV2.sections.map((s) => s.id), minGroupSize: 3 });
const report = buildReport(input);

describe('values chosen among the three most important', () => {
  it('gives each partner’s top values with their intervals, and the values every partner holds among its top', () => {
    const chosen = report.values!.chosen!;
    // Everyone of a partner chooses the same three: each at 4 of 4 (Wilson [0.5101, 1]).
    expect(chosen.byPartner.map((p) => [p.partnerId, p.top.map((t) => t.optionId)])).toEqual([
      [G, ['equal_treatment', 'transparency', 'lawfulness']],
      [Z, ['service_quality', 'tailored_help', 'inclusion']],
      [B, ['efficiency', 'lawfulness', 'financial_return']],
    ]);
    expect(chosen.byPartner[0]!.top[0]).toEqual({ optionId: 'equal_treatment', share: 1, ci95: [0.5101, 1] });
    // No value is among the top of all three.
    expect(chosen.shared).toEqual([]);
  });

  it('sums each partner’s choices by lens: public value and people, planet, profit', () => {
    // Gemeente: lawfulness, equal treatment, transparency are collective, immaterial, people: all its choices.
    // Bouwbedrijf: financial return (individual, material, profit), efficiency (collective, material, profit),
    // lawfulness (collective, immaterial, people): 1/3 individual, 2/3 material, 2/3 profit.
    expect(report.values!.lenses).toEqual({
      measure: 'share_of_choices',
      byPartner: [
        { partnerId: G, values: { individual: 0, collective: 1, material: 0, immaterial: 1, people: 1, planet: 0, profit: 0 } },
        { partnerId: Z, values: { individual: 0.6667, collective: 0.3333, material: 0, immaterial: 1, people: 1, planet: 0, profit: 0 } },
        {
          partnerId: B,
          values: {
            individual: 0.3333,
            collective: 0.6667,
            material: 0.6667,
            immaterial: 0.3333,
            people: 0.3333,
            planet: 0,
            profit: 0.6667,
          },
        },
      ],
    });
  });
});

describe('the value case in version 2', () => {
  it('says whether the partnership serves each partner’s own goals and each serves the others’', () => {
    expect(report.valueCase!.goals!.map((g) => [g.partnerId, g.ownGoals?.mean, g.ownGoals?.band, g.partnerGoals?.band])).toEqual([
      [G, 4, 'strength', 'concern'],
      [Z, 5, 'strength', 'strength'],
      [B, undefined, undefined, undefined],
    ]);
  });

  it('names who mainly invests and who mainly receives only where the whole interval lies on one side', () => {
    // Unanimous at 2 and at 6: intervals of no width, wholly on one side of 4. Bouwbedrijf answered
    // "don't know" only: fewer than k answers, so the question has no figure at all, its "don't know"
    // count included (the item threshold: docs/confidentiality.md).
    expect(report.valueCase!.investment!.byPartner.map((p) => [p.partnerId, p.n, p.dontKnow, p.stance])).toEqual([
      [G, 4, 0, 'invests'],
      [Z, 4, 0, 'receives'],
      [B, 0, 0, null],
    ]);
  });
});

describe('a value proposition per partner', () => {
  it('puts a partner’s drives, bring and want, who covers its wants, its tensions, and how others see it on one card', () => {
    const card = buildPartnerCard(input, G)!;
    expect(card.topDrives).toEqual([
      { optionId: 'public_goods', points: 60 },
      { optionId: 'legitimacy', points: 40 },
    ]);
    // It brings funding (wanted by Zorggroep and Bouwbedrijf) and mandate (wanted by nobody).
    expect(card.brings.map((b) => [b.optionId, b.share, b.wantedBy])).toEqual([
      ['funding', 1, [Z, B]],
      ['mandate', 1, []],
    ]);
    // It wants access to the target group, which Zorggroep brings.
    expect(card.wants.map((w) => [w.optionId, w.coveredBy])).toEqual([['target_group_access', [Z]]]);
    expect(card.values.map((v) => v.optionId)).toEqual(['equal_treatment', 'transparency', 'lawfulness']);
    expect(card.stance).toBe('invests');
    // Short against long term at 5, control against trust at 3; the political one only "don't know".
    expect(card.tensions.map((t) => [t.itemId, t.mean])).toEqual([
      ['tensions.short_long', 5],
      ['tensions.control_trust', 3],
    ]);
    // It sees itself at 6 on the pace of decisions; Bouwbedrijf sees it at 6 too.
    expect(card.selfView.find((s) => s.itemId === 'culture.decision_pace')).toMatchObject({ self: 6, others: 6, gap: 0, notable: false });
    expect(card.facts).toBeNull();
  });

  it('is there only for a partner the report shows', () => {
    expect(buildPartnerCard(input, 'nobody')).toBeNull();
  });
});

describe('where two propositions fit and where they rub', () => {
  it('gives what each brings that the other wants, how far their drives differ and the differences to discuss', () => {
    const pair = buildPairDetail(input, G, B)!.propositions;
    // Bouwbedrijf wants funding, which the Gemeente brings; the Gemeente wants nothing Bouwbedrijf brings.
    expect(pair.aGetsFromB).toEqual([]);
    expect(pair.bGetsFromA).toEqual(['funding']);
    // 50 of public goods alike: overlap 0.5.
    expect(pair.driveOverlap).toBe(0.5);
    // Pace of decisions: 6 against 2, unanimous groups of four: a difference in how they work.
    expect(pair.rubs).toEqual([{ itemId: 'culture.decision_pace', kind: 'ways_of_working' }]);
    // Bouwbedrijf sees the Gemeente at 6 (its own 6); the Gemeente sees Bouwbedrijf at 1 (its own 2).
    expect(pair.views.find((v) => v.itemId === 'culture.decision_pace')).toEqual({
      itemId: 'culture.decision_pace',
      aOfB: 1,
      bSelf: 2,
      bOfA: 6,
      aSelf: 6,
    });
  });
});
