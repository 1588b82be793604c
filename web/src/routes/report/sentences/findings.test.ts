/**
 * Fault lines and shared ground in words, against models built from answers: each kind of scale
 * says what a difference means without "higher" or "better", the sentence gives both means and the
 * near end of the interval as "at least", divided partners are named, a tension felt alike is never
 * shared ground, closeness on a weak point is a shared concern, and a report with one shown partner
 * says there is nothing to compare. Read as a version 1 report (values rated one by one).
 */
import { describe, expect, it } from 'vitest';
import { instrumentV1 } from '../../../../../core/instrument/v1';
import { dividedNote } from './figures';
import { comparisonsSentence, morePairsSentence, noneSentence, pairSentence, sharedGroundSentence, surenessSentence } from './findings';
import { columns, onDemand, same, viewOf } from './test-support';

// A version 1 report (values rated one by one) must still read right.
const v1 = { instrument: instrumentV1 };

// Three partners, four respondents each. Gemeente and Zorggroep sit on opposite sides of control
// and trust, on the same side of risk, differ in how important innovation is, how much they agree
// with a readiness statement and how strongly they feel a tension. Bedrijf is divided on risk.
const partners = [
  {
    name: 'Gemeente',
    answers: columns(4, {
      'culture.control_trust': [2, 2, 3, 1],
      'culture.risk_experiment': same(4, 5),
      'values.innovation': same(4, 2),
      'readiness.urgency_1': same(4, 2),
      'tensions.control_trust': same(4, 1),
      'triangle.value_1': same(4, 4),
      'tensions.short_long': same(4, 3),
    }),
  },
  {
    name: 'Zorggroep',
    answers: columns(4, {
      'culture.control_trust': [6, 6, 5, 7],
      'culture.risk_experiment': same(4, 7),
      'values.innovation': same(4, 5),
      'readiness.urgency_1': same(4, 4),
      'tensions.control_trust': same(4, 4),
      'triangle.value_1': same(4, 4),
      'tensions.short_long': same(4, 3),
    }),
  },
  {
    name: 'Bedrijf',
    answers: columns(4, {
      'culture.control_trust': same(4, 4),
      'culture.risk_experiment': [3, 5, 3, 5],
      'triangle.value_1': same(4, 4),
      'tensions.short_long': same(4, 3),
    }),
  },
];

const nl = viewOf(partners, 'nl', v1);
const en = viewOf(partners, 'en', v1);
const line = (view: typeof nl, itemId: string) =>
  view.report.findings.faultLines.find((f) => f.itemId === itemId) ?? view.report.faultLines.find((f) => f.itemId === itemId)!;
// Every partner's figures per item: from the figures route, as the page reads them when a row opens.
const figures = onDemand(partners, v1).figures();
const positions = (itemId: string) =>
  figures.sections.flatMap((s) => s.items).find((i) => i.itemId === itemId && i.kind === 'scale')!.byPartner as never;
const sentence = (view: typeof nl, itemId: string) => pairSentence(view, itemId, line(view, itemId).widest[0]!, positions(itemId));

describe('a fault line in words', () => {
  it('says on which side of a two-pole scale each partner stands, both means, and how far apart at least', () => {
    // Zorggroep 6 against Gemeente 2: difference 4, 95 % interval ± 2.447 · 0.577 = ± 1.413, so at least 2.6 apart.
    expect(line(nl, 'culture.control_trust').widest[0]).toMatchObject({ difference: -4, atLeast: 2.5873, oppositeSides: true });
    expect(sentence(nl, 'culture.control_trust')).toBe(
      'Zorggroep staat aan de kant van “Met vertrouwen en ruimte voor medewerkers”, Gemeente aan de kant van “Met duidelijke regels en controle”: 6,0 tegen 2,0, minstens 2,6 punten uit elkaar.',
    );
    expect(sentence(en, 'culture.control_trust')).toBe(
      'Zorggroep is on the side of “Through trust and room for staff”, Gemeente on the side of “Through clear rules and checks”: 6.0 against 2.0, at least 2.6 points apart.',
    );
  });

  it('says "closer to" when both partners are on the same side, with whole points as whole numbers', () => {
    // 7 against 5, no spread: exactly 2 apart.
    expect(sentence(nl, 'culture.risk_experiment')).toBe(
      'Zorggroep staat dichter bij “Proberen” dan Gemeente: 7,0 tegen 5,0, minstens 2 punten uit elkaar.',
    );
    expect(sentence(en, 'culture.risk_experiment')).toBe(
      'Zorggroep stands closer to “By trying” than Gemeente does: 7.0 against 5.0, at least 2 points apart.',
    );
  });

  it('says what a higher answer means on the other scales: more important, agreeing more, feeling a tension more strongly', () => {
    expect(sentence(nl, 'values.innovation')).toBe(
      'Zorggroep vindt “Vernieuwing” belangrijker dan Gemeente: 5,0 tegen 2,0, minstens 3 punten uit elkaar.',
    );
    expect(sentence(en, 'readiness.urgency_1')).toMatch(
      /^Zorggroep agrees more with “.+” than Gemeente does: 4\.0 against 2\.0, at least 2 points apart\.$/,
    );
    expect(sentence(nl, 'tensions.control_trust')).toBe(
      'Zorggroep voelt de spanning “Controle tegenover vertrouwen” sterker dan Gemeente: 4,0 tegen 1,0, minstens 3 punten uit elkaar.',
    );
  });

  it('never ranks partners as higher, better or worse', () => {
    for (const view of [nl, en]) {
      for (const fault of view.report.faultLines) {
        for (const pair of fault.widest) {
          expect(pairSentence(view, fault.itemId, pair, positions(fault.itemId))).not.toMatch(
            /hoger|lager|beter|slechter|higher|lower|better|worse/i,
          );
        }
      }
    }
  });

  it('names the divided partners whose mean is left out of the verdict', () => {
    expect(dividedNote(nl, positions('culture.risk_experiment'))).toBe(
      'Verdeeld over deze vraag (de medewerkers antwoorden sterk verschillend), dus niet meegeteld in het oordeel: Bedrijf.',
    );
    expect(dividedNote(nl, positions('values.innovation'))).toBeNull();
  });

  it('counts the pairs not named, with the right plural', () => {
    // control_trust: Gemeente–Zorggroep, Gemeente–Bedrijf and Zorggroep–Bedrijf all conflict.
    const control = line(nl, 'culture.control_trust');
    expect(control.conflictingPairs).toBe(3);
    expect(morePairsSentence(nl, control, 1)).toBe('Nog 2 paren verschillen hier duidelijk.');
    expect(morePairsSentence(nl, control, 2)).toBe('Nog 1 paar verschilt hier duidelijk.');
    expect(morePairsSentence(en, control, 2)).toBe('1 more pair differs clearly here.');
    expect(morePairsSentence(nl, control, 3)).toBeNull();
  });
});

describe('how sure a fault line is, and how many comparisons stand behind it', () => {
  it('says the sureness band of the q-value and the pairs compared, and the comparisons of the whole report', () => {
    const control = line(nl, 'culture.control_trust');
    const words = {
      very_sure: 'Heel zeker: hooguit 1 op de 1.000',
      sure: 'Zeker: hooguit 1 op de 100',
      fairly_sure: 'Vrij zeker: hooguit 1 op de 20',
    };
    expect(surenessSentence(nl, control)).toBe(
      `${words[control.sureness]} breuklijnen die zo duidelijk zijn, is toeval. 3 paren vergeleken op deze vraag.`,
    );
    const { items, pairComparisons } = nl.report.comparisons;
    expect(pairComparisons).toBeGreaterThan(items);
    expect(comparisonsSentence(nl)).toBe(
      `Het rapport maakte ${pairComparisons} vergelijkingen van twee partners, op ${items} vragen. Bij zoveel vergelijkingen lijkt een verschil soms toevallig duidelijk; daarom blijven alleen breuklijnen over waarvan naar verwachting hooguit 5% toeval is.`,
    );
    const one = viewOf([partners[0]!], 'en', v1);
    expect(comparisonsSentence(one)).toBeNull();
  });
});

describe('shared ground in words', () => {
  it('is agreement on a statement, never a tension every partner feels alike, and says what the closeness is', () => {
    expect(nl.report.sharedGround.map((s) => [s.itemId, s.kind])).toEqual([['triangle.value_1', 'strength']]);
    expect(sharedGroundSentence(nl, nl.report.sharedGround[0]!, 3)).toBe(
      'Alle 3 partners geven gemiddeld hetzelfde antwoord: 4,0 op een schaal van 1 (helemaal oneens) tot 5 (helemaal eens). Hun medewerkers antwoorden allemaal gelijk. Een gedeelde sterkte: samen in de band ‘sterk’.',
    );
  });

  it('calls closeness in the concern band a shared concern, never shared ground', () => {
    const low = (name: string) => ({ name, answers: columns(4, { 'triangle.value_1': same(4, 2) }) });
    const view = viewOf([low('Gemeente'), low('Zorggroep')], 'en', v1);
    expect(view.report.sharedGround.map((s) => s.kind)).toEqual(['concern']);
    expect(view.report.findings.sharedGround).toEqual([]);
    expect(sharedGroundSentence(view, view.report.sharedGround[0]!, 2)).toBe(
      'Both partners give the same answer on average: 2.0 on a scale from 1 (strongly disagree) to 5 (strongly agree). Their staff all answer alike. A shared concern: together in the ‘concern’ band. Close together, but on a weak point.',
    );
    expect(noneSentence(view, 'sharedGround')).toBe(
      'There is no shared position, value or strength on which all partners are shown to be close together.',
    );
  });

  it('says how close the partners are and what difference is unlikely, and "both" for two partners', () => {
    const view = viewOf(
      [
        { name: 'Gemeente', answers: columns(4, { 'culture.control_trust': [4, 4, 4, 4] }) },
        { name: 'Zorggroep', answers: columns(4, { 'culture.control_trust': [4, 4, 4, 5] }) },
      ],
      'nl',
      v1,
    );
    // Means 4 and 4.25; the far end of the 90 % interval is 0.25 + 1.943 · 0.25 = 0.7358. (The
    // overview adds each partner's position, which the row draws.)
    expect(view.report.sharedGround.map(({ positions: _positions, ...entry }) => entry)).toEqual([
      {
        itemId: 'culture.control_trust',
        sectionId: 'culture',
        kind: 'position',
        mean: 4.125,
        spread: 0.25,
        atMost: 0.7358,
        largestPlausibleDifference: 0.1226,
      },
    ]);
    expect(sharedGroundSentence(view, view.report.sharedGround[0]!, 2)).toBe(
      'Beide partners liggen binnen 0,25 punten van elkaar, gemiddeld 4,1 op een schaal van 1 (Met duidelijke regels en controle) tot 7 (Met vertrouwen en ruimte voor medewerkers). Meer dan 0,74 punten verschil is onwaarschijnlijk. Een gedeelde positie: hier staan de partners op dezelfde plek.',
    );
  });
});

describe('nothing to say', () => {
  it('says there is nothing to compare with one shown partner, and that nothing differs when nothing does', () => {
    const one = viewOf([partners[0]!, { name: 'Klein', answers: columns(2, { 'culture.control_trust': [1, 7] }) }], 'nl', v1);
    expect(one.partners.map((p) => p.name)).toEqual(['Gemeente']);
    expect(one.report.faultLines).toEqual([]);
    expect(noneSentence(one, 'faultLines')).toBe('Minder dan twee partners hebben genoeg reacties: er valt nog niets te vergelijken.');
    const alike = viewOf([partners[2]!, partners[2]!], 'en', v1);
    expect(alike.report.faultLines).toEqual([]);
    expect(noneSentence(alike, 'faultLines')).toBe('In ways of working, values and tensions, partners are nowhere clearly far apart.');
    expect(noneSentence(alike, 'sharedConcerns')).toBe('There is no concern all partners are shown to share.');
  });
});
