/**
 * Readiness, who answered, intervals and the discussion agenda in words, against models built from
 * answers: tied weakest partners all named with a verb that agrees, a divided weakest partner said
 * to be divided, the response counts with Dutch plurals, intervals cut at the end of the scale (and
 * saying so), and agenda questions that follow the findings, or an empty agenda when there are none.
 */
import { describe, expect, it } from 'vitest';
import { agenda, agendaLeftOut } from './agenda';
import { clipInterval, meanWithInterval, points } from './figures';
import { weakFactorSentence } from './readiness';
import { responseSentences } from './responses';
import { columns, same, viewOf } from './test-support';

const readiness = (urgency: number[], trust: [number[], number[]], count = 4) =>
  columns(count, {
    'readiness.urgency_1': urgency,
    'readiness.urgency_2': urgency,
    'readiness.trust_in_partners_1': trust[0],
    'readiness.trust_in_partners_2': trust[1],
  });

// Urgency: Gemeente and Zorggroep tie at 2 (weakest). Trust: ROC is weakest at (3 + 1)/2 = 2 and
// divided on the first statement (1, 5, 1, 5).
const partners = [
  { name: 'Gemeente', answers: readiness(same(4, 2), [same(4, 4), same(4, 4)]) },
  { name: 'Zorggroep', answers: readiness(same(4, 2), [same(4, 4), same(4, 4)]) },
  { name: 'ROC', answers: readiness(same(4, 4), [[1, 5, 1, 5], same(4, 1)]) },
];
const sections = ['drives', 'culture', 'values', 'readiness'] as ['drives', 'culture', 'values', 'readiness'];

describe('the weakest readiness factors in words', () => {
  const nl = viewOf(partners, 'nl', sections);
  const en = viewOf(partners, 'en', sections);

  it('names every partner tied for weakest, with a verb that agrees', () => {
    const urgency = nl.report.findings.readiness.find((f) => f.factor === 'urgency')!;
    expect(urgency).toMatchObject({ rank: 1, score: 2, partnerIds: ['p0', 'p1'], divided: false });
    expect(weakFactorSentence(nl, urgency)).toBe('Gevoelde urgentie: Gemeente en Zorggroep scoren 2,00 van 5 (zorgpunt).');
    expect(weakFactorSentence(en, urgency)).toBe('Felt urgency: Gemeente and Zorggroep score 2.00 out of 5 (concern).');
  });

  it('says when the weakest partner is divided on the factor', () => {
    const trust = nl.report.findings.readiness.find((f) => f.factor === 'trust_in_partners')!;
    expect(trust).toMatchObject({ score: 2, partnerIds: ['p2'], divided: true });
    expect(weakFactorSentence(nl, trust)).toBe(
      'Vertrouwen in de partners: ROC scoort 2,00 van 5 (zorgpunt). ROC is verdeeld over een van de stellingen.',
    );
    expect(weakFactorSentence(en, trust, false)).toBe('ROC scores 2.00 out of 5 (concern). ROC is divided on one of the statements.');
  });
});

describe('who answered in words', () => {
  it('counts shown partners with the right verb and names the others without a count', () => {
    const view = viewOf([
      { name: 'Groot', answers: readiness(same(10, 3), [same(10, 3), same(10, 3)], 10) },
      { name: 'Middel', answers: readiness(same(4, 3), [same(4, 3), same(4, 3)]) },
      { name: 'Afgesproken', answers: readiness(same(2, 3), [same(2, 3), same(2, 3)], 2), shownAsOrganisation: true },
      { name: 'Klein', answers: readiness(same(2, 3), [same(2, 3), same(2, 3)], 2) },
    ]);
    expect(responseSentences(view).map((s) => s.sentence)).toEqual([
      '3 van de 4 partners worden getoond.',
      'Indicatief, want minder dan 10 reacties: Middel en Afgesproken.',
      'Getoond als standpunt van de organisatie, zoals afgesproken: Afgesproken.',
      'Nog niet genoeg reacties (minder dan 3), dus niet in de cijfers: Klein.',
    ]);
    const one = viewOf([partners[0]!, { name: 'Klein', answers: readiness(same(2, 3), [same(2, 3), same(2, 3)], 2) }], 'en');
    expect(responseSentences(one)[0]!.sentence).toBe('1 of the 2 partners is shown.');
    expect(responseSentences(viewOf(partners))[0]!.sentence).toBe('Alle 3 partners worden getoond.');
  });
});

describe('intervals and points in words', () => {
  const view = viewOf(partners);

  it('cut an interval at the end of the scale and say so', () => {
    expect(clipInterval([4.73, 5.1], 1, 5)).toEqual({ low: 4.73, high: 5, clipped: true });
    expect(clipInterval([3.1, 4.2], 1, 5)).toEqual({ low: 3.1, high: 4.2, clipped: false });
    expect(meanWithInterval(view, 4.9, [4.73, 5.1], 1, 5)).toBe('4,90 (4,73–5,00, afgekapt op de schaal)');
    expect(meanWithInterval(view, 3.5, [3.1, 4.2], 1, 5)).toBe('3,50 (3,10–4,20)');
    expect(meanWithInterval(view, null, null, 1, 5)).toBe('geen cijfer');
  });

  it('write points with Dutch plurals: 1 punt, 4,8 punten, 0,25 punten', () => {
    expect(points(view, 1)).toBe('1 punt');
    expect(points(view, 4.8)).toBe('4,8 punten');
    expect(points(view, 0.25)).toBe('0,25 punten');
  });
});

describe('the discussion agenda', () => {
  it('asks a question per fault line from the idea behind the scale, per gap and per weak factor', () => {
    const view = viewOf([
      {
        name: 'Gemeente',
        answers: columns(4, {
          'culture.control_trust': [2, 2, 3, 1],
          'readiness.urgency_1': same(4, 2),
          'value_case.bring': same(4, ['funding']),
          'value_case.get': same(4, ['funding', 'staff_capacity']),
        }),
      },
      {
        name: 'Zorggroep',
        answers: columns(4, {
          'culture.control_trust': [6, 6, 5, 7],
          'readiness.urgency_1': same(4, 4),
          'value_case.bring': same(4, []),
          'value_case.get': same(4, ['funding']),
        }),
      },
    ]);
    const items = agenda(view);
    expect(items.map((i) => [i.kind, i.topic])).toEqual([
      // urgency_1: 2 against 4 without spread, sure of 2 of 4 points; control_trust: sure of 2.59 of 6.
      ['faultLine', 'In onze organisatie voelen wij dat dit probleem nu aangepakt moet worden'],
      ['faultLine', 'Met duidelijke regels en controle ↔ Met vertrouwen en ruimte voor medewerkers'],
      ['gap', 'Mensen en uren'],
      ['gap', 'Geld en financiering'],
      ['readiness', 'Gevoelde urgentie'],
    ]);
    expect(items[0]!.question).toBe('De partners zien dit verschillend. Wat weet of merkt Zorggroep dat Gemeente niet ziet, en andersom?');
    expect(items[1]!.question).toBe(
      'Welke afspraken over verantwoording geven Zorggroep en Gemeente allebei genoeg houvast: wat leggen we vast, en waar geven we elkaar ruimte?',
    );
    expect(items[2]!.question).toBe(
      'Niemand brengt mensen en uren, terwijl Gemeente het zoekt. Wie zou het kunnen brengen: een van de partners, of een partij die nu nog niet aan tafel zit?',
    );
    expect(items[3]!.question).toBe(
      'Gemeente is de enige die geld en financiering brengt, en zoekt het zelf ook. Kunnen andere partners bijdragen, of is dit vooral de rol van Gemeente?',
    );
    expect(agendaLeftOut(view)).toBeNull();
  });

  it('is empty when there is nothing to discuss, and says what it leaves out when fault lines tie', () => {
    const alike = { name: 'Gemeente', answers: columns(4, { 'culture.control_trust': same(4, 4) }) };
    expect(agenda(viewOf([alike, { ...alike, name: 'Zorggroep' }], 'nl', ['drives', 'culture', 'values']))).toEqual([]);
    // Five culture scales on which two unanimous partners are 6 points apart: all tie for first.
    const ends = (value: number) =>
      columns(
        4,
        Object.fromEntries(
          ['control_trust', 'risk_experiment', 'costs_benefits', 'formal_pragmatic', 'compete_cooperate'].map((s) => [
            `culture.${s}`,
            same(4, value),
          ]),
        ),
      );
    const tied = viewOf(
      [
        { name: 'A', answers: ends(1) },
        { name: 'B', answers: ends(7) },
      ],
      'nl',
      ['drives', 'culture', 'values'],
    );
    expect(tied.report.findings.faultLines.map((f) => f.rank)).toEqual([1, 1, 1, 1, 1]);
    expect(agenda(tied).filter((i) => i.kind === 'faultLine')).toHaveLength(3);
    expect(agendaLeftOut(tied)).toBe('Nog 2 breuklijnen even scherp als de laatste hierboven: zie Breuklijnen.');
  });
});
