/**
 * Readiness, who answered, intervals and the discussion agenda in words, against models built from
 * answers to version 2: the weakest partner where every partner must deliver and the mean elsewhere,
 * tied lowest partners all named with a verb that agrees, a lowest partner not of one mind said to be
 * so, uneven readiness, the function the factors follow, the response counts with Dutch plurals, intervals cut at the end of the scale (and
 * saying so), and agenda questions that follow the findings, or an empty agenda when there are none.
 */
import { describe, expect, it } from 'vitest';
import { agenda, agendaLeftOut } from './agenda';
import { clipInterval, meanWithInterval, points } from './figures';
import { functionOrderSentence, functionSeenSentence, weakFactorSentence } from './readiness';
import { responseSentences } from './responses';
import { columns, same, viewOf } from './test-support';

const readiness = (urgency: number[], trust: [number[], number[]], count = 4, resources: number[] = urgency) =>
  columns(count, {
    'readiness.urgency_1': urgency,
    'readiness.urgency_3': urgency,
    'readiness.trust_in_partners_1': trust[0],
    'readiness.trust_in_partners_2': trust[1],
    'readiness.resource_commitment_1': resources,
  });

// Urgency: Gemeente and Zorggroep lowest at 2, ROC 4. Trust: ROC lowest at (3 + 1)/2 = 2 and not of
// one mind on it (1, 5, 1, 5 and 1, 1, 1, 1). Resources: Zorggroep weakest at 2.
const partners = [
  { name: 'Gemeente', answers: readiness(same(4, 2), [same(4, 4), same(4, 4)], 4, same(4, 4)) },
  { name: 'Zorggroep', answers: readiness(same(4, 2), [same(4, 4), same(4, 4)], 4, same(4, 2)) },
  { name: 'ROC', answers: readiness(same(4, 4), [[1, 5, 1, 5], same(4, 1)], 4, same(4, 4)) },
];
const sections = ['drives', 'culture', 'values', 'readiness'] as ['drives', 'culture', 'values', 'readiness'];

describe('the weakest readiness factors in words', () => {
  const nl = viewOf(partners, 'nl', sections);
  const en = viewOf(partners, 'en', sections);
  const weak = (factor: string) => nl.report.findings.readiness.find((f) => f.factor === factor)!;

  it('counts the weakest partner where every partner must deliver', () => {
    expect(weak('resource_commitment')).toMatchObject({ rule: 'weakest', score: 2, partnerIds: ['p1'] });
    // Zorggroep at 2 against the others at 4, all unanimous: also clearly apart.
    expect(weakFactorSentence(nl, weak('resource_commitment'))).toBe(
      'Middelen inzetten: elke partner moet hier leveren, dus telt de zwakste: Zorggroep scoort 2,00 van 5 (zorgpunt). De partners verschillen hier duidelijk: de bereidheid is ongelijk.',
    );
    expect(weakFactorSentence(en, weak('resource_commitment'), false)).toBe(
      'Every partner must deliver here, so the weakest counts: Zorggroep scores 2.00 out of 5 (concern). The partners clearly differ here: readiness is uneven.',
    );
  });

  it('gives the mean of the partners elsewhere, names every partner tied for lowest with a verb that agrees, and says when readiness is uneven', () => {
    // (2 + 2 + 4)/3 = 2.67; Gemeente and Zorggroep are clearly apart from ROC on both statements.
    expect(weak('urgency')).toMatchObject({ rule: 'mean', score: 2.6667, partnerIds: ['p0', 'p1'], lowest: 2, uneven: true });
    expect(weakFactorSentence(nl, weak('urgency'))).toBe(
      'Gevoelde urgentie: gemiddeld 2,67 van 5 over de partners (zorgpunt); het laagst scoren Gemeente en Zorggroep, met 2,00. De partners verschillen hier duidelijk: de bereidheid is ongelijk.',
    );
    expect(weakFactorSentence(en, weak('urgency'))).toBe(
      'Felt urgency: 2.67 out of 5 on average over the partners (concern); Gemeente and Zorggroep score lowest, with 2.00. The partners clearly differ here: readiness is uneven.',
    );
  });

  it('says when the lowest partner is not of one mind on the factor', () => {
    const trust = weak('trust_in_partners');
    expect(trust).toMatchObject({ score: 3.3333, partnerIds: ['p2'], lowest: 2, divided: true });
    expect(weakFactorSentence(nl, trust)).toMatch(
      /^Vertrouwen in de partners: gemiddeld 3,33 van 5 over de partners \(twijfelachtig\); het laagst scoort ROC, met 2,00\. ROC is het onderling oneens over deze factor\./,
    );
  });

  it('says which function the factors follow, and how many staff see that function', () => {
    const stated = viewOf(partners, 'nl', { sections, collaborationFunction: 'procurement' });
    expect(functionOrderSentence(stated)).toBe(
      'Deze samenwerking is opgezet voor inkoop. De factoren die daarvoor het meest nodig zijn, staan bovenaan en zijn gemarkeerd.',
    );
    expect(functionOrderSentence(nl)).toBeNull();
    const seen = viewOf(
      [
        {
          name: 'Gemeente',
          answers: columns(4, { 'triangle.function': ['procurement', 'procurement', 'dont_know', 'joint_development'] }),
        },
        { name: 'Zorggroep', answers: columns(4, { 'triangle.function': same(4, 'procurement') }) },
      ],
      'nl',
      { sections: ['readiness', 'triangle'], collaborationFunction: 'procurement' },
    );
    // 2 of 4 (one "don't know"): Wilson 95 % [0.15, 0.85].
    expect(functionSeenSentence(seen, seen.report.readiness!.functionSeen!.byPartner[0]!)).toBe(
      'Gemeente: 50% (15%–85%) noemt dezelfde functie; 1 van de 4 weet het niet.',
    );
    const english = viewOf([{ name: 'Zorggroep', answers: columns(4, { 'triangle.function': same(4, 'procurement') }) }], 'en', {
      sections: ['readiness', 'triangle'],
      collaborationFunction: 'procurement',
    });
    // 4 of 4: Wilson [0.5101, 1]; nobody does not know, in the plural.
    expect(functionSeenSentence(english, english.report.readiness!.functionSeen!.byPartner[0]!)).toBe(
      'Zorggroep: 100% (51%–100%) name the same function; 0 of the 4 do not know.',
    );
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
  it('asks a question per difference to discuss from the idea behind the scale, per differing drives, per gap and per weak factor', () => {
    const view = viewOf([
      {
        name: 'Gemeente',
        answers: columns(4, {
          'drives.allocation': same(4, { public_goods: 70, legitimacy: 30 }),
          'culture.control_trust': [2, 2, 3, 1],
          'readiness.urgency_1': same(4, 2),
          'value_case.bring': same(4, ['funding']),
          'value_case.get': same(4, ['funding', 'staff_capacity']),
        }),
      },
      {
        name: 'Zorggroep',
        answers: columns(4, {
          'drives.allocation': same(4, { client_wellbeing: 80, legitimacy: 20 }),
          'culture.control_trust': [6, 6, 5, 7],
          'readiness.urgency_1': same(4, 4),
          'value_case.bring': same(4, []),
          'value_case.get': same(4, ['funding']),
        }),
      },
    ]);
    const items = agenda(view);
    // urgency_1 (2 against 4) is uneven readiness, not a difference to discuss: it is on the agenda as readiness.
    expect(items.map((i) => [i.kind, i.topic])).toEqual([
      ['faultLine', 'Met duidelijke regels en controle ↔ Met vertrouwen en ruimte voor medewerkers'],
      ['complement', 'Gemeente en Zorggroep'],
      ['gap', 'Mensen en uren'],
      ['gap', 'Geld en financiering'],
      ['readiness', 'Gevoelde urgentie'],
    ]);
    expect(items[0]!.question).toBe(
      'Welke afspraken over verantwoording geven Zorggroep en Gemeente allebei genoeg houvast: wat leggen we vast, en waar geven we elkaar ruimte?',
    );
    // 20 of the 100 points alike (legitimacy): drives that differ, asked as goals that may serve each other.
    expect(items[1]!.finding).toBe(
      'Gemeente wordt vooral gedreven door publieke doelen (70 punten) en legitimiteit (30), Zorggroep door welzijn van de cliënt, klant of inwoner (80 punten) en legitimiteit (20). 20% van hun punten ligt gelijk. Zulke verschillen kunnen elkaar aanvullen: elk kan in de samenwerking een eigen doel halen.',
    );
    expect(items[1]!.question).toBe(
      'Welk eigen doel wil Gemeente in deze samenwerking halen, en welk Zorggroep? Hoe kan wat de een zoekt de ander helpen?',
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
          ['control_trust', 'risk_experiment', 'costs_benefits', 'formal_pragmatic', 'decision_pace'].map((s) => [
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
    expect(agendaLeftOut(tied)).toBe('Nog 2 verschillen even scherp als de laatste hierboven: zie Verschillen om te bespreken.');
  });
});
