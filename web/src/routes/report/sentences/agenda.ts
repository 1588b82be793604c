/**
 * The discussion agenda: for the sharpest differences to discuss, the partners whose drives differ
 * most, the gaps in the value case and the weakest readiness factors, the finding in one sentence and
 * a question for the partnership's session. The
 * questions come from the ideas behind the instrument (docs/instrument.md): the tensions to make
 * discussable, shared value and the value case, the five conditions and the three pillars of change.
 */
import type { Localized } from '../../../lib/i18n';
import type { Plural } from '../../../lib/words';
import { factorText } from '../text';
import type { ReadinessFactor } from '../types';
import type { ReportView } from '../view';
import { driveContrastSentence } from './complements';
import { pairSentence } from './findings';
import { capitalised, weakFactorSentence } from './readiness';
import { gapSentence } from './value-case';

/** How many of each kind the agenda takes, so that it fits on one printed page. */
export const AGENDA_LISTED = { faultLines: 3, complements: 1, gaps: 2, readiness: 3 } as const;

export interface AgendaItem {
  readonly key: string;
  readonly kind: 'faultLine' | 'complement' | 'gap' | 'readiness';
  /** The finding as an agreement on it names it; null for drives that differ (agreements are per finding). */
  readonly about: { readonly kind: 'fault_line' | 'gap' | 'readiness'; readonly key: string } | null;
  /** What the item is about, in a few words. */
  readonly topic: string;
  /** The finding, as the report says it elsewhere. */
  readonly finding: string;
  readonly question: string;
  /** The element id of the finding's detail on the page. */
  readonly target: string;
}

/** Questions for the ways of working, one per scale: each names the pull between its two poles. */
const cultureQuestions: Readonly<Record<string, Localized>> = {
  'culture.control_trust': {
    nl: 'Welke afspraken over verantwoording geven {a} en {b} allebei genoeg houvast: wat leggen we vast, en waar geven we elkaar ruimte?',
    en: 'Which agreements on accountability give {a} and {b} both enough footing: what do we pin down, and where do we give each other room?',
  },
  'culture.top_down_bottom_up': {
    nl: 'Wie beslist wat in deze samenwerking: wat bepaalt de leiding, en wat mogen medewerkers zelf oplossen?',
    en: 'Who decides what in this partnership: what does leadership set, and what may staff settle themselves?',
  },
  'culture.annual_multi_year': {
    nl: 'Hoe verbinden we plannen en budgetten per jaar met een doel dat drie tot vijf jaar vraagt?',
    en: 'How do we tie yearly plans and budgets to a goal that takes three to five years?',
  },
  'culture.risk_experiment': {
    nl: 'Waar kunnen we samen iets nieuws proberen, en waar moeten de risico’s klein blijven? Wie draagt het als iets mislukt?',
    en: 'Where can we try something new together, and where must risks stay small? Who carries it when something fails?',
  },
  'culture.costs_benefits': {
    nl: 'Hoe maken we zichtbaar wat het oplevert, ook als de kosten bij de ene partner liggen en de baten bij een andere?',
    en: 'How do we make visible what it yields, also when the costs fall on one partner and the gains on another?',
  },
  'culture.own_societal': {
    nl: 'Wat levert de gedeelde opgave elke partner zelf op, en hoe past dat bij de eigen taak van elke organisatie?',
    en: 'What does the shared challenge bring each partner itself, and how does that fit each organisation’s own task?',
  },
  'culture.fast_consensus': {
    nl: 'Hoe nemen we besluiten: wanneer mag een klein groepje snel beslissen, en wanneer praten we door tot iedereen mee kan?',
    en: 'How do we decide: when may a few people decide quickly, and when do we talk until everyone can agree?',
  },
  'culture.formal_pragmatic': {
    nl: 'Welke stappen moeten formeel vastliggen, en waar doen we gewoon wat werkt?',
    en: 'Which steps must be formally fixed, and where do we simply do what works?',
  },
  'culture.own_shared_ownership': {
    nl: 'Wat is van ons samen, en wat blijft van elke partner? Wie is eigenaar van de resultaten?',
    en: 'What is ours together, and what stays with each partner? Who owns the results?',
  },
  'culture.compete_cooperate': {
    nl: 'Waar zijn we elkaars concurrent, en hoe houden we dat buiten het gezamenlijke werk?',
    en: 'Where are we each other’s competitors, and how do we keep that out of the joint work?',
  },
  // Version 2's scales.
  'culture.planning_horizon': {
    nl: 'Hoe verbinden we plannen voor het komende jaar met plannen voor drie tot vijf jaar, als {a} en {b} daar verschillend in staan?',
    en: 'How do we connect plans for the coming year with plans for three to five years, when {a} and {b} differ on them?',
  },
  'culture.decision_pace': {
    nl: 'Welke besluiten kunnen snel vallen en later bijgestuurd worden, en welke vragen eerst zorgvuldig uitzoeken?',
    en: 'Which decisions can be taken quickly and adjusted later, and which need careful study first?',
  },
  'culture.decision_participation': {
    nl: 'Wie praat mee over welk besluit? Wanneer beslist wie verantwoordelijk is, en wanneer praten we door tot iedereen instemt?',
    en: 'Who has a say in which decision? When does whoever is responsible decide, and when do we talk until all agree?',
  },
  'culture.competition_coordination': {
    nl: 'Waar dingen {a} en {b} naar dezelfde opdracht of klant, en waar verdelen we het werk? Hoe houden we dat uit elkaar?',
    en: 'Where do {a} and {b} compete for the same contract or client, and where do we divide the work? How do we keep the two apart?',
  },
};

/** Questions for the other kinds of item, by format. */
const formatQuestions: Readonly<Record<'importance' | 'agreement' | 'intensity' | 'other', Localized>> = {
  importance: {
    nl: 'Waar in het gezamenlijke werk telt {label}, en hoe houden we rekening met het verschil in gewicht tussen {a} en {b}?',
    en: 'Where in the joint work does {label} count, and how do we allow for the difference in weight between {a} and {b}?',
  },
  agreement: {
    nl: 'De partners zien dit verschillend. Wat weet of merkt {a} dat {b} niet ziet, en andersom?',
    en: 'The partners see this differently. What does {a} know or notice that {b} does not, and the other way round?',
  },
  intensity: {
    nl: 'Wat maakt dat {a} deze spanning sterker voelt dan {b}? Hoe houden we haar samen bespreekbaar?',
    en: 'What makes {a} feel this tension more strongly than {b}? How do we keep it open for discussion together?',
  },
  other: {
    nl: 'Waar komt het verschil tussen {a} en {b} vandaan, en wat betekent het voor het gezamenlijke werk?',
    en: 'Where does the difference between {a} and {b} come from, and what does it mean for the joint work?',
  },
};

/** Questions for the readiness factors, from the five conditions and the three pillars of change. */
const readinessQuestions: Readonly<Record<ReadinessFactor, Localized>> = {
  function_clarity: {
    nl: 'Waarvoor is deze samenwerking: afstemmen, samen ontwikkelen of samen inkopen? Kan elke partner dat in één zin zeggen?',
    en: 'What is this partnership for: aligning, developing together or buying together? Can each partner say so in one sentence?',
  },
  resource_commitment: {
    nl: 'Welke mensen, uren en middelen zet elke partner in, en wie besluit daarover?',
    en: 'Which people, hours and resources does each partner commit, and who decides on them?',
  },
  organisational_learning: {
    nl: 'Hoe komt wat medewerkers in de samenwerking leren terug in de eigen organisatie?',
    en: 'How does what staff learn in the partnership find its way back into their own organisation?',
  },
  collaborating_professionals: {
    nl: 'Wie aan tafel kan namens de eigen organisatie spreken en tussen belangen bemiddelen? Wat hebben die mensen nodig?',
    en: 'Who at the table can speak for their organisation and mediate between interests? What do they need?',
  },
  accountability: {
    nl: 'Hoe laat elke partner zien wat hij inbrengt en wat het oplevert, ook voor het eigen belang?',
    en: 'How does each partner show what it puts in and what that yields, for its own interest too?',
  },
  urgency: {
    nl: 'Waarom moet dit nu gebeuren, en voor wie is het het meest urgent?',
    en: 'Why must this happen now, and for whom is it most urgent?',
  },
  shared_horizon: {
    nl: 'Waar willen we over vijf jaar staan? Maak dat punt zo concreet dat iedereen het herkent.',
    en: 'Where do we want to be in five years? Make that point concrete enough for everyone to recognise.',
  },
  energy_community: {
    nl: 'Waar zit de energie: wie wil trekken, en hoe houden we die beweging gaande?',
    en: 'Where is the energy: who wants to lead, and how do we keep that movement going?',
  },
  trust_in_partners: {
    nl: 'Wat is nodig om open te praten over wat niet goed gaat?',
    en: 'What is needed to talk openly about what is not going well?',
  },
  shared_ownership: {
    nl: 'Wat is van ons samen, en wat blijft van elke partner? Wie voelt zich eigenaar van het geheel?',
    en: 'What is ours together, and what stays with each partner? Who feels they own the whole?',
  },
};

const want: Plural = { nl: { one: 'zoekt', other: 'zoeken' }, en: { one: 'wants', other: 'want' } };

/** The element id of a finding's detail on the page (fault line and shared ground rows, gaps, factor rows). */
export const targetId = (kind: AgendaItem['kind'] | 'shared', key: string) => `${kind}-${key}`.replace(/[^A-Za-z0-9_-]/g, '-');

const lowerFirst = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);

/** The agenda, in order: differences to discuss, differing drives, gaps, then readiness. Empty when there is nothing to discuss. */
export function agenda(view: ReportView): AgendaItem[] {
  const { findings } = view.report;
  const items: AgendaItem[] = [];
  for (const line of findings.faultLines.slice(0, AGENDA_LISTED.faultLines)) {
    const pair = line.widest[0];
    if (!pair) continue;
    const [a, b] = pair.difference >= 0 ? [pair.a, pair.b] : [pair.b, pair.a];
    const template = cultureQuestions[line.itemId] ?? formatQuestions[line.format === 'bipolar' ? 'other' : line.format];
    items.push({
      key: `fault-${line.itemId}`,
      kind: 'faultLine',
      about: { kind: 'fault_line', key: line.itemId },
      topic: view.itemLabel(line.itemId),
      finding: pairSentence(view, line.itemId, pair, line.positions),
      question: view.fill(view.t(template), {
        a: view.partner(a).name,
        b: view.partner(b).name,
        label: `“${view.itemLabel(line.itemId)}”`,
      }),
      target: targetId('faultLine', line.itemId),
    });
  }
  for (const contrast of findings.complements.slice(0, AGENDA_LISTED.complements)) {
    const [a, b] = [view.partner(contrast.a).name, view.partner(contrast.b).name];
    items.push({
      key: `complement-${contrast.a}-${contrast.b}`,
      kind: 'complement',
      about: null,
      topic: view.names([contrast.a, contrast.b]),
      finding: driveContrastSentence(view, contrast),
      question: view.fill(
        view.t({
          nl: 'Welk eigen doel wil {a} in deze samenwerking halen, en welk {b}? Hoe kan wat de een zoekt de ander helpen?',
          en: 'Which goal of its own does {a} want to reach in this partnership, and which {b}? How can what one seeks help the other?',
        }),
        { a, b },
      ),
      target: targetId('complement', `${contrast.a}-${contrast.b}`),
    });
  }
  for (const gap of (findings.valueCase?.gaps ?? []).slice(0, AGENDA_LISTED.gaps)) {
    const resource = lowerFirst(view.resourceLabel(gap.optionId));
    const question =
      gap.broughtBy.length === 0
        ? view.fill(
            view.t({
              nl: 'Niemand brengt {resource}, terwijl {wanters} het {want}. Wie zou het kunnen brengen: een van de partners, of een partij die nu nog niet aan tafel zit?',
              en: 'No partner brings {resource}, yet {wanters} {want} it. Who could bring it: one of the partners, or someone not at the table yet?',
            }),
            { resource, wanters: view.names(gap.wantedBy), want: view.plural(gap.wantedBy.length, want) },
          )
        : view.fill(
            view.t({
              nl: '{partner} is de enige die {resource} brengt, en zoekt het zelf ook. Kunnen andere partners bijdragen, of is dit vooral de rol van {partner}?',
              en: '{partner} is the only one that brings {resource}, and wants it too. Can other partners contribute, or is this mainly the role of {partner}?',
            }),
            { resource, partner: view.names(gap.wantedBy) },
          );
    items.push({
      key: `gap-${gap.optionId}`,
      kind: 'gap',
      about: { kind: 'gap', key: gap.optionId },
      topic: view.resourceLabel(gap.optionId),
      finding: gapSentence(view, gap),
      question,
      target: targetId('gap', gap.optionId),
    });
  }
  for (const weak of findings.readiness.slice(0, AGENDA_LISTED.readiness)) {
    items.push({
      key: `readiness-${weak.factor}`,
      kind: 'readiness',
      about: { kind: 'readiness', key: weak.factor },
      topic: capitalised(view.t(factorText[weak.factor])),
      finding: weakFactorSentence(view, weak),
      question: view.t(readinessQuestions[weak.factor]),
      target: targetId('readiness', weak.factor),
    });
  }
  return items;
}

/**
 * What the agenda leaves out because it keeps to one page: "Nog 3 verschillen even scherp als de
 * laatste hierboven: zie Verschillen om te bespreken." Null when nothing tied is left out.
 */
export function agendaLeftOut(view: ReportView): string | null {
  const { findings } = view.report;
  const leftOut = findings.faultLines.length - AGENDA_LISTED.faultLines;
  if (leftOut <= 0) return null;
  return view.fill(
    view.t({
      nl: 'Nog {count} even scherp als de laatste hierboven: zie Verschillen om te bespreken.',
      en: '{count} more as sharp as the last one above: see Differences to discuss.',
    }),
    { count: view.count(leftOut, { nl: { one: 'verschil', other: 'verschillen' }, en: { one: 'difference', other: 'differences' } }) },
  );
}
