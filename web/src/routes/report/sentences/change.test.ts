/**
 * The change between two waves in words, against change models built from answers: a fault line
 * that narrowed and is no fault line any more, a readiness factor that rose, a gap that was filled;
 * "clearly" only where the model says so, the reason otherwise; Dutch and English.
 */
import { describe, expect, it } from 'vitest';
import {
  agreementSentence,
  changeSummarySentence,
  factorChangeSentence,
  itemChangeSentence,
  pairGapSentence,
  partnerFactorSentence,
  reasonText,
  resourceChangeSentence,
  reviewSentence,
  shareSentence,
  valueChoiceSentence,
} from './change';
import { changeOf, columns, same } from './test-support';

const six = <T>(value: T) => same(6, value);
/** Gemeente and Van Dam far apart on control ↔ trust, Zorggroep low on committing resources, Van Dam wanting a good name nobody brings. */
const before = [
  {
    name: 'Gemeente',
    answers: columns(6, {
      'culture.control_trust': [1, 2, 2, 1, 2, 2],
      'readiness.resource_commitment_1': six(4),
      'readiness.resource_commitment_2': six(4),
      'value_case.bring': six(['funding']),
      'value_case.get': six(['expertise']),
    }),
  },
  {
    name: 'Zorggroep',
    answers: columns(6, {
      'culture.control_trust': [4, 4, 5, 4, 4, 5],
      'readiness.resource_commitment_1': [2, 2, 1, 2, 2, 1],
      'readiness.resource_commitment_2': [2, 1, 2, 2, 2, 2],
      'value_case.bring': six(['expertise']),
      'value_case.get': six(['funding']),
    }),
  },
  {
    name: 'Van Dam',
    answers: columns(6, {
      'culture.control_trust': [6, 6, 7, 6, 6, 7],
      'readiness.resource_commitment_1': six(4),
      'readiness.resource_commitment_2': six(4),
      'value_case.bring': six(['staff_capacity']),
      'value_case.get': six(['reputation']),
    }),
  },
];
/** Later: Gemeente and Van Dam meet in the middle, Zorggroep commits, Gemeente lends its good name. */
const after = [
  {
    ...before[0]!,
    answers: before[0]!.answers.map((a) => ({ ...a, 'culture.control_trust': 4, 'value_case.bring': ['funding', 'reputation'] })),
  },
  {
    ...before[1]!,
    answers: before[1]!.answers.map((a) => ({ ...a, 'readiness.resource_commitment_1': 4, 'readiness.resource_commitment_2': 4 })),
  },
  { ...before[2]!, answers: before[2]!.answers.map((a, i) => ({ ...a, 'culture.control_trust': i % 2 === 0 ? 4 : 5 })) },
];
const sections = ['drives', 'culture', 'values', 'readiness', 'value_case'] as const;

/** An agreement made on the baseline's weakest readiness factor. */
const agreement = {
  id: 'x',
  surveyId: 'y',
  finding: { kind: 'readiness' as const, key: 'resource_commitment' },
  action: 'Elke partner maakt twee uur per week vrij.',
  owner: 'Stuurgroep',
  dueOn: '2026-12-31',
  createdOn: '2026-06-01',
  updatedOn: '2026-06-01',
};

describe('the change in words', () => {
  const nl = changeOf(before, after, 'nl', [...sections]);
  const en = changeOf(before, after, 'en', [...sections]);

  it('says a fault line is none any more and the partners came clearly closer, with before, after and the interval', () => {
    const line = nl.change.faultLines.find((f) => f.itemId === 'culture.control_trust')!;
    expect(line).toMatchObject({ before: 'fault_line', after: 'shared_ground', verdict: 'closer' });
    expect(itemChangeSentence(nl.view, line)).toBe(
      '“Met duidelijke regels en controle ↔ Met vertrouwen en ruimte voor medewerkers”: was een breuklijn, nu gedeelde basis. De partners liggen duidelijk dichter bij elkaar.',
    );
    expect(itemChangeSentence(en.view, en.change.faultLines.find((f) => f.itemId === line.itemId)!)).toBe(
      '“Through clear rules and checks ↔ Through trust and room for staff”: was a fault line, now shared ground. The partners are clearly closer.',
    );
    const widest = line.pairs.find((p) => p.verdict === 'closer')!;
    expect(pairGapSentence(nl.view, line.itemId, widest)).toMatch(
      /^Gemeente en Van Dam: van 4,7 naar 0,5 punten uit elkaar \(duidelijk dichter bij elkaar; -4,17, tussen -4,94 en -3,39\)\.$/,
    );
    expect(pairGapSentence(en.view, line.itemId, widest)).toMatch(
      /^Gemeente and Van Dam: from 4\.7 to 0\.5 points apart \(clearly closer; -4\.17, between/,
    );
  });

  it('says which partner’s readiness rose, with bands, and who is weakest before and after', () => {
    const factor = nl.change.readiness.find((f) => f.factor === 'resource_commitment')!;
    expect(factor.verdict).toBe('higher');
    expect(factorChangeSentence(nl.view, factor)).toBe(
      'Middelen inzetten: duidelijk hoger bij Zorggroep. Elke partner moet hier leveren: de zwakste scoorde 1,75 (Zorggroep), nu 4,00 (Gemeente, Zorggroep en Van Dam).',
    );
    expect(partnerFactorSentence(nl.view, factor.byPartner[1]!)).toMatch(
      /^Zorggroep: van 1,75 van 5 \(zorgpunt\) naar 4,00 van 5 \(sterk\) \(duidelijk hoger; \+2,25, tussen \+\d,\d\d en \+\d,\d\d\)\.$/,
    );
    expect(partnerFactorSentence(en.view, factor.byPartner[0]!)).toBe(
      'Gemeente: from 4.00 out of 5 (strength) to 4.00 out of 5 (strength) (no clear change: smaller than 0.50 points; 0.00, between 0.00 and 0.00).',
    );
  });

  it('says a gap is filled and by whom, and the share behind it', () => {
    const name = nl.change.valueCase.find((r) => r.optionId === 'reputation')!;
    expect(resourceChangeSentence(nl.view, name)).toBe(
      'Een goede naam: het gat is gevuld; Gemeente brengt het nu; duidelijk meer partners brengen het dan toen.',
    );
    expect(resourceChangeSentence(en.view, en.change.valueCase.find((r) => r.optionId === 'reputation')!)).toBe(
      'A good reputation: the gap is filled; Gemeente now brings it; clearly more partners bring it than then.',
    );
    const share = name.shares.find((s) => s.partnerId === 'p0' && s.side === 'bring')!;
    expect(shareSentence(nl.view, share)).toMatch(
      /^Gemeente brengt het: 0% → 100% van de medewerkers \(duidelijk hoger; \+100 procentpunt, tussen \+100 en \+100\)\.$/,
    );
  });

  it('sums up the clear changes since the earlier wave', () => {
    expect(changeSummarySentence(nl.view, nl.change, 'de nulmeting')).toBe(
      // Zorggroep's low answers on the two statements of committing resources were fault lines too.
      'Sinds de nulmeting: 3 breuklijnen duidelijk kleiner, 1 punt van bereidheid duidelijk sterker en 1 gat in halen en brengen gevuld.',
    );
    expect(changeSummarySentence(en.view, en.change, 'the baseline')).toBe(
      'Since the baseline: 3 fault lines clearly narrower, 1 readiness factor clearly stronger and 1 gap in get and bring filled.',
    );
    // The other way round: the same changes, undone.
    const back = changeOf(after, before, 'nl', [...sections]);
    expect(changeSummarySentence(back.view, back.change, 'de vervolgmeting')).toBe(
      'Sinds de vervolgmeting: 3 breuklijnen duidelijk groter, 1 punt van bereidheid duidelijk zwakker en 1 gat in halen en brengen ontstaan.',
    );
    const same = changeOf(before, before, 'nl', [...sections]);
    expect(changeSummarySentence(same.view, same.change, 'de nulmeting')).toBe(
      'Sinds de nulmeting: geen duidelijke verandering in de bevindingen.',
    );
  });

  it('reads a factor partners can carry for each other by the mean, and closeness on a weak point as a shared concern', () => {
    // Every partner hardly trusts the others (a shared concern); later Zorggroep does, and the concern is gone.
    const trust = (z: number) =>
      ['Gemeente', 'Zorggroep', 'Van Dam'].map((name, i) => ({
        name,
        answers: columns(6, {
          'readiness.trust_in_partners_1': i === 1 ? six(z) : [1, 2, 1, 2, 1, 2],
          'readiness.trust_in_partners_2': i === 1 ? six(z) : [2, 1, 2, 1, 2, 1],
          'readiness.trust_in_partners_3': i === 1 ? six(z) : [1, 1, 2, 2, 1, 1],
        }),
      }));
    const trusted = changeOf(trust(1), trust(4), 'nl', ['readiness']);
    const factor = trusted.change.readiness.find((f) => f.factor === 'trust_in_partners')!;
    // Gemeente and Van Dam: statement means 1.5, 1.5 and 4/3, so 13/9; Zorggroep 1, later 4. The mean of the partners:
    // (13/9 + 1 + 13/9) / 3 = 1.2963, later (13/9 + 4 + 13/9) / 3 = 2.2963.
    expect(factor).toMatchObject({ rule: 'mean', partnership: { before: 1.2963, after: 2.2963 } });
    expect(factorChangeSentence(trusted.view, factor)).toBe(
      'Vertrouwen in de partners: duidelijk hoger bij Zorggroep. Gemiddeld over de partners 1,30, nu 2,30.',
    );
    const statement = trusted.change.sharedGround.find((s) => s.itemId === 'readiness.trust_in_partners_1')!;
    expect(statement).toMatchObject({ before: 'shared_concern', after: 'fault_line' });
    expect(itemChangeSentence(trusted.view, statement)).toMatch(/^“.+”: was een gedeelde zorg, nu een breuklijn\. /);
    const english = changeOf(trust(1), trust(4), 'en', ['readiness']);
    expect(factorChangeSentence(english.view, english.change.readiness.find((f) => f.factor === 'trust_in_partners')!)).toBe(
      'Trust in the partners: clearly higher for Zorggroep. On average over the partners 1.30, now 2.30.',
    );
  });

  it('says by whom a value is chosen clearly more or less often, and the shares behind it', () => {
    // Gemeente chose openness (7 of 8) over tailored help then, the other way round now; Zorggroep stays.
    const chose = (openness: number) => [
      {
        name: 'Gemeente',
        answers: Array.from({ length: 8 }, (_, i) => ({
          'values.most_important': ['lawfulness', 'equal_treatment', i < openness ? 'transparency' : 'tailored_help'],
        })),
      },
      { name: 'Zorggroep', answers: same(8, { 'values.most_important': ['tailored_help', 'inclusion', 'service_quality'] }) },
    ];
    const values = changeOf(chose(7), chose(1), 'nl', ['values']);
    const openness = values.change.values.find((v) => v.optionId === 'transparency')!;
    expect(valueChoiceSentence(values.view, openness)).toBe('Openheid en verantwoording: duidelijk minder vaak gekozen bij Gemeente.');
    expect(shareSentence(values.view, openness.byPartner[0]!)).toBe(
      'Gemeente kiest het: 88% → 13% van de medewerkers (duidelijk lager; -75 procentpunt, tussen -100 en -37, afgekapt op de grootst mogelijke verandering).',
    );
    const english = changeOf(chose(7), chose(1), 'en', ['values']);
    expect(valueChoiceSentence(english.view, english.change.values.find((v) => v.optionId === 'tailored_help')!)).toBe(
      'Tailored help: clearly more often chosen by Gemeente.',
    );
    expect(valueChoiceSentence(values.view, values.change.values.find((v) => v.optionId === 'lawfulness')!)).toBe(
      'Rechtmatigheid: geen duidelijke verandering.',
    );
  });

  it('gives the reason a change is not clear', () => {
    expect(reasonText(nl.view, 'too_small', 6)).toBe('kleiner dan 0,75 punten');
    expect(reasonText(nl.view, 'too_small', 1)).toBe('kleiner dan 13%');
    expect(reasonText(en.view, 'could_be_chance', 4)).toBe('could be chance among so many comparisons');
  });

  it('says an agreement with who and by when, without doubling a full stop', () => {
    expect(agreementSentence(nl.view, agreement)).toBe(
      'Elke partner maakt twee uur per week vrij. Wie: Stuurgroep. Klaar op 31 december 2026.',
    );
    expect(agreementSentence(en.view, { ...agreement, action: 'Free two hours a week' })).toBe(
      'Free two hours a week. Who: Stuurgroep. Done by 31 December 2026.',
    );
  });

  it('looks back at an agreement with the verdict on its finding since, in the words of its kind', () => {
    expect(reviewSentence(nl.view, nl.change, agreement)).toBe(
      'Middelen inzetten: Elke partner maakt twee uur per week vrij (Stuurgroep, 31 december 2026). Nu: duidelijk hoger.',
    );
    expect(reviewSentence(nl.view, nl.change, { ...agreement, finding: { kind: 'gap', key: 'reputation' } })).toBe(
      'Een goede naam: Elke partner maakt twee uur per week vrij (Stuurgroep, 31 december 2026). Nu: duidelijk meer partners brengen het dan toen.',
    );
    // Without a comparison (another wave chosen, or none), only the agreement.
    expect(reviewSentence(en.view, null, agreement)).toBe(
      'Committing resources: Elke partner maakt twee uur per week vrij (Stuurgroep, 31 December 2026).',
    );
  });
});
