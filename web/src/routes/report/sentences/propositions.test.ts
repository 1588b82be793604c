/**
 * Version 2's new sentences against a model built from answers: differing drives said as
 * complementary, who mainly invests and who mainly receives (only where the interval says so),
 * goals not served, each partner's top values and the values all share, a partner's value
 * proposition part by part, and where two propositions fit and rub.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../../../core/instrument/types';
import { cardParts, pairFitSentences } from './card';
import { goalsConcernSentence, investmentSentence } from './complements';
import { columns, onDemand, same, viewOf } from './test-support';
import { sharedValuesSentence, topValuesSentence } from './values';

const four = (answers: Answers) => columns(4, Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, same(4, value)])));
const partners = [
  {
    name: 'Gemeente',
    answers: four({
      'drives.allocation': { public_goods: 60, legitimacy: 40 },
      'values.most_important': ['lawfulness', 'equal_treatment', 'inclusion'],
      'value_case.bring': ['funding'],
      'value_case.get': ['target_group_access'],
      'value_case.own_goals': 4,
      'value_case.partner_goals': 2,
      'value_case.invest_return': 2,
      'tensions.short_long': 5,
      'culture.decision_pace': 6,
      'readiness.urgency_1': 4,
      'readiness.accountability_1': 2,
    }),
  },
  {
    name: 'Zorggroep',
    answers: four({
      'drives.allocation': { client_wellbeing: 70, professional_quality: 30 },
      'values.most_important': ['tailored_help', 'service_quality', 'inclusion'],
      'value_case.bring': ['target_group_access'],
      'value_case.get': ['funding'],
      'value_case.own_goals': 5,
      'value_case.partner_goals': 4,
      'value_case.invest_return': 6,
      'culture.decision_pace': 2,
      'perceptions.decision_pace': { p0: 7 },
    }),
  },
];
const nl = viewOf(partners, 'nl');
const en = viewOf(partners, 'en');

describe('differences that complement, in words', () => {
  it('names who mainly invests and who mainly receives, and what that can mean', () => {
    expect(investmentSentence(nl, nl.report.valueCase!.investment!)).toBe(
      'Gemeente zegt vooral te investeren: meer in te brengen dan terug te krijgen. Zorggroep zegt vooral te ontvangen: meer terug te krijgen dan in te brengen. Wat de een inzet, kan dus vooral bij de ander opbrengen: spreek af hoe dat eerlijk blijft.',
    );
    expect(investmentSentence(en, en.report.valueCase!.investment!)).toBe(
      'Gemeente says it mainly invests: it puts in more than it gets back. Zorggroep says it mainly receives: it gets back more than it puts in. So what one puts in may pay off mainly for another: agree how that stays fair.',
    );
  });

  it('names partners whose staff say the partnership does not serve the others’ goals, and nobody else', () => {
    expect(goalsConcernSentence(nl, nl.report.valueCase!.goals!)).toBe(
      'Volgens hun medewerkers helpen deze partners de anderen nog niet aan hun doelen: Gemeente.',
    );
    const served = viewOf([partners[1]!, { ...partners[1]!, name: 'ROC' }], 'nl');
    expect(goalsConcernSentence(served, served.report.valueCase!.goals!)).toBeNull();
  });
});

describe('values in words', () => {
  it('gives each partner’s top values with their shares, and the values all share', () => {
    const chosen = nl.report.values!.chosen!;
    expect(topValuesSentence(nl, chosen, chosen.byPartner[0]!)).toBe(
      'Gemeente: gelijke behandeling (100%), rechtmatigheid (100%) en inclusie (100%).',
    );
    expect(sharedValuesSentence(nl, chosen)).toBe('Bij alle partners hoort inclusie tot de belangrijkste waarden.');
    expect(sharedValuesSentence(en, en.report.values!.chosen!)).toBe('Every partner counts inclusion among its most important values.');
  });
});

describe('a value proposition in words', () => {
  it('says part by part what moves a partner, what it brings and wants, where it rubs, how ready it is and how others see it', () => {
    const card = onDemand(partners).card('p0');
    expect(cardParts(nl, card).map((part) => [nl.t(part.heading), part.sentences])).toEqual([
      [
        'Wat drijft deze partner',
        [
          'Vooral publieke doelen (60 punten) en legitimiteit (40).',
          'Belangrijkste waarden: gelijke behandeling (100%), rechtmatigheid (100%) en inclusie (100%).',
        ],
      ],
      ['Wat deze partner brengt', ['Geld en financiering (100%, 51%–100%): gezocht door Zorggroep.']],
      [
        'Wat deze partner zoekt',
        [
          'Contact met de doelgroep, zoals inwoners, cliënten of klanten (100%, 51%–100%): gebracht door Zorggroep.',
          'Volgens de eigen medewerkers investeert deze partner vooral.',
        ],
      ],
      [
        'Waar het schuurt',
        [
          'Sterkst gevoelde spanningen: “Korte termijn tegenover lange termijn” (5,0).',
          'Duidelijk anders dan Zorggroep op “Snel ↔ Grondig”.',
        ],
      ],
      ['Bereidheid', ['Zwakst: Verantwoording 2,00 (zorgpunt).', 'Sterkst: Gevoelde urgentie 4,00 (sterk).']],
      ['Eigen beeld naast het beeld van anderen', ['“Snel ↔ Grondig”: zelf 6,0, volgens anderen 7,0.']],
    ]);
  });

  it('says where two propositions fit and where they rub', () => {
    const detail = onDemand(partners).pair('p0', 'p1');
    expect(pairFitSentences(en, detail)).toEqual([
      'Zorggroep brings what Gemeente wants: access to the target group, such as residents, clients or customers.',
      'Gemeente brings what Zorggroep wants: money and funding.',
      'Gemeente: mainly public goods (60 points) and legitimacy (40); Zorggroep: mainly wellbeing of the client, customer or resident (70 points) and professional quality (30). 0% of their points lie alike.',
      // Pace of decisions is a difference to discuss; investing against receiving and the goals served belong to get and bring.
      'To discuss: they clearly differ on “Quickly ↔ Thoroughly”.',
      'In getting and bringing they clearly differ on “Mainly investing ↔ Mainly receiving”, “Our organisation helps the other partners reach their own goals” and “This partnership helps our organisation reach its own goals”.',
    ]);
  });
});
