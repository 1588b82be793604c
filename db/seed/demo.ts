/**
 * The demo partnership: a municipality, a care provider, an employer and a vocational school working
 * on labour-market integration, measured twice. Seeded through the real API (the same routes
 * organisers, contacts, leads and respondents use), with synthetic responses whose leanings make the
 * report show real shared ground and real fault lines: a baseline, closed months ago, with the
 * agreements the partners made about it, and an open follow-up in which three things really changed
 * (the control ↔ trust fault line narrowed, the care group's commitment of resources rose, the gap in
 * a good name was filled), so a newcomer sees change over time at once. Seeded random numbers: the
 * same answers every time.
 */
import { hc } from 'hono/client';
import { currentInstrument, surveyItems } from '../../core/instrument';
import type { Item, ReadinessFactor, SectionId } from '../../core/instrument/types';
import type { AppType } from '../../worker/app';
import { type Profile, seededRandom, syntheticAnswers } from './synthetic';

interface DemoPartner {
  readonly name: string;
  readonly sector: 'public' | 'private' | 'civil_society' | 'knowledge_institution' | 'hybrid';
  readonly respondents: number;
  /** Where this partner sits on each culture scale, by item id without `culture.` (1 = left pole, 7 = right pole). */
  readonly culture: Readonly<Record<string, number>>;
  readonly drives: Readonly<Record<string, number>>;
  readonly pillars: Readonly<Record<'people' | 'planet' | 'profit', number>>;
  readonly readiness: number;
  /** Factors on which this partner leans elsewhere than its general readiness. */
  readonly readinessBy?: Partial<Record<ReadinessFactor, number>>;
  /** Follow-up only: how far it moved on culture scales, and what it now brings besides. */
  readonly cultureShift?: Readonly<Record<string, number>>;
  readonly bringsMore?: Readonly<Record<string, number>>;
  readonly brings: Readonly<Record<string, number>>;
  readonly wants: Readonly<Record<string, number>>;
  /** How likely each value is to be among a respondent's three most important (relative weights; 1 when not given). */
  readonly values: Readonly<Record<string, number>>;
  /** Where it stands between mainly investing (1) and mainly receiving (7). */
  readonly investReturn: number;
  /** How likely respondents are to name each function of the partnership (relative weights; 1 when not given). */
  readonly functionSeen: Readonly<Record<string, number>>;
  /** What its contact states for the organisation (the facts form); absent: nothing stated. */
  readonly facts?: Readonly<Record<string, string | readonly string[]>>;
  /** Free-text answers: what would make it succeed for us, and what worries us. */
  readonly hopes: readonly string[];
  readonly worries: readonly string[];
}

const partners: readonly DemoPartner[] = [
  {
    name: 'Gemeente Rivierstad',
    sector: 'public',
    respondents: 14,
    culture: {
      control_trust: 1.9,
      top_down_bottom_up: 3,
      planning_horizon: 2.5,
      risk_experiment: 2.3,
      costs_benefits: 2.8,
      own_societal: 5.2,
      decision_pace: 5.5,
      decision_participation: 5,
      formal_pragmatic: 2.2,
      own_shared_ownership: 4.2,
      competition_coordination: 5.8,
    },
    drives: { public_goods: 5, legitimacy: 4, client_wellbeing: 3, continuity: 1.5, professional_quality: 1.5 },
    pillars: { people: 4.6, planet: 3.8, profit: 2.4 },
    readiness: 3.6,
    brings: { funding: 0.8, mandate: 0.85, policy_influence: 0.7, data: 0.5, network: 0.6, reputation: 0.1 },
    wants: { target_group_access: 0.6, expertise: 0.5, future_talent: 0.2, staff_capacity: 0.6 },
    values: { lawfulness: 6, equal_treatment: 5, equal_access: 5, transparency: 4, effectiveness: 3, inclusion: 3 },
    investReturn: 2.6,
    functionSeen: { operational_alignment: 6, strategic_alignment: 3, joint_development: 1, procurement: 0.3 },
    facts: {
      'facts.mandate': 'small_only',
      'facts.committed': ['budget', 'staff_hours', 'data'],
      'facts.commitment_term': 'one_to_two_years',
      'facts.accountability': ['board', 'public'],
    },
    hopes: [
      'Dat we samen één aanspreekpunt maken voor werkzoekenden.',
      'Duidelijke afspraken over wie wat betaalt.',
      'Dat de werkgevers echt plekken beschikbaar stellen.',
      'Minder regels tussen de organisaties, meer vertrouwen.',
    ],
    worries: [
      'Ik maak me zorgen dat het weer een project wordt dat na twee jaar stopt.',
      'Ik ben bang dat de politiek halverwege van koers verandert.',
    ],
  },
  {
    name: 'Zorggroep De Linde',
    sector: 'civil_society',
    respondents: 11,
    culture: {
      control_trust: 4.3,
      top_down_bottom_up: 4.5,
      planning_horizon: 3.5,
      risk_experiment: 3,
      costs_benefits: 3.2,
      own_societal: 4,
      decision_pace: 4.5,
      decision_participation: 5.2,
      formal_pragmatic: 3.5,
      own_shared_ownership: 3.5,
      competition_coordination: 5.2,
    },
    drives: { client_wellbeing: 5, professional_quality: 4, continuity: 2.5, public_goods: 2 },
    pillars: { people: 4.8, planet: 3.2, profit: 2.6 },
    readiness: 3.2,
    readinessBy: { resource_commitment: 2.2 },
    brings: { expertise: 0.8, target_group_access: 0.85, staff_capacity: 0.3, facilities: 0.5, reputation: 0.1 },
    wants: { funding: 0.75, future_talent: 0.7, staff_capacity: 0.6, network: 0.4 },
    values: { service_quality: 6, tailored_help: 6, inclusion: 4, employee_development: 3, effectiveness: 2 },
    investReturn: 4.6,
    functionSeen: { operational_alignment: 4, joint_development: 3, strategic_alignment: 1, procurement: 0.5 },
    facts: {
      'facts.mandate': 'yes',
      'facts.committed': ['staff_hours'],
      'facts.commitment_term': 'under_one_year',
      'facts.accountability': ['leadership', 'funders'],
    },
    hopes: [
      'Dat cliënten merken dat de organisaties samenwerken.',
      'Tijd voor onze begeleiders om mee te doen.',
      'Goede stageplekken voor onze mensen met afstand tot werk.',
    ],
    worries: ['De werkdruk is al hoog; ik vrees dat dit er nog bij komt.', 'Ik hoop dat we niet alleen in overleggen blijven hangen.'],
  },
  {
    name: 'Installatiebedrijf Van Dam',
    sector: 'private',
    respondents: 9,
    culture: {
      control_trust: 6.0,
      top_down_bottom_up: 3.2,
      planning_horizon: 3.8,
      risk_experiment: 5.5,
      costs_benefits: 3,
      own_societal: 2.6,
      decision_pace: 2.2,
      decision_participation: 2.5,
      formal_pragmatic: 5.8,
      own_shared_ownership: 2.8,
      competition_coordination: 2.8,
    },
    drives: { continuity: 4, market_position: 4, financial_return: 3.5, innovation: 3, professional_quality: 1.5 },
    pillars: { people: 3.4, planet: 3.9, profit: 4.6 },
    readiness: 3.9,
    brings: { staff_capacity: 0.8, expertise: 0.55, facilities: 0.7, technology: 0.6, network: 0.4, reputation: 0.1 },
    wants: { future_talent: 0.9, funding: 0.35, mandate: 0.3, reputation: 0.75 },
    values: { financial_return: 6, efficiency: 6, innovation: 4, employee_development: 4, service_quality: 2 },
    investReturn: 3.4,
    functionSeen: { procurement: 3, operational_alignment: 2, joint_development: 2, strategic_alignment: 0.5 },
    hopes: ['Snel beslissen en snel beginnen.', 'Vakmensen die na hun opleiding bij ons blijven.'],
    worries: ['Te veel vergaderen en te weinig doen.'],
  },
  {
    name: 'ROC Rivierland',
    sector: 'knowledge_institution',
    respondents: 12,
    culture: {
      control_trust: 3.8,
      top_down_bottom_up: 4,
      planning_horizon: 5,
      risk_experiment: 3.5,
      costs_benefits: 4,
      own_societal: 4.6,
      decision_pace: 4.8,
      decision_participation: 5,
      formal_pragmatic: 3.2,
      own_shared_ownership: 4.8,
      competition_coordination: 5.5,
    },
    drives: { professional_quality: 4, public_goods: 3.5, innovation: 2.5, continuity: 2.5, client_wellbeing: 2 },
    pillars: { people: 4.5, planet: 4.1, profit: 2.9 },
    readiness: 3.4,
    brings: { future_talent: 0.9, expertise: 0.7, facilities: 0.6, network: 0.4, reputation: 0.1 },
    wants: { staff_capacity: 0.4, target_group_access: 0.4, funding: 0.6, technology: 0.5 },
    values: { employee_development: 6, inclusion: 4, equal_access: 4, innovation: 3, tailored_help: 3 },
    investReturn: 4.4,
    functionSeen: { operational_alignment: 4, joint_development: 4, strategic_alignment: 1, procurement: 0.3 },
    facts: {
      'facts.mandate': 'yes',
      'facts.committed': ['staff_hours', 'facilities'],
      'facts.commitment_term': 'longer',
      'facts.accountability': ['board'],
    },
    hopes: [
      'Leerwerkplekken die passen bij wat studenten leren.',
      'Dat docenten en bedrijven elkaar vaker zien.',
      'Een gedeelde agenda voor vijf jaar, niet voor één jaar.',
    ],
    worries: ['Ik ben bang dat studenten goedkope arbeidskrachten worden.'],
  },
];

/**
 * Where every partner stands alike on a side of the triangle: all find the problem worth tackling (a
 * shared strength), and all doubt there are enough people, money and knowledge (a shared concern).
 */
const sharedSides: Readonly<Record<string, number>> = { value: 4.8, capacity: 1.3 };

/** A partner's leanings, item by item, derived from its traits and the items' tags. */
function profileFor(partner: DemoPartner, items: readonly Item[]): Profile {
  const profile: Record<string, number | Readonly<Record<string, number>>> = {};
  for (const item of items) {
    switch (item.format) {
      case 'allocation':
        profile[item.id] = partner.drives;
        break;
      case 'bipolar':
        profile[item.id] =
          item.id === 'value_case.invest_return' ? partner.investReturn : (partner.culture[item.id.replace(/^culture\./, '')] ?? 4);
        break;
      case 'importance':
        profile[item.id] = partner.pillars[item.tags.pillar];
        break;
      case 'agreement':
        profile[item.id] =
          'side' in item.tags
            ? (sharedSides[item.tags.side] ?? partner.readiness + 0.3)
            : 'factor' in item.tags
              ? (partner.readinessBy?.[item.tags.factor] ?? partner.readiness)
              : partner.readiness;
        break;
      case 'intensity':
        profile[item.id] = 2.5 + partner.readiness / 4;
        break;
      case 'multi_select':
        profile[item.id] =
          'values' in item.tags
            ? partner.values
            : 'valueCase' in item.tags && item.tags.valueCase === 'bring'
              ? partner.brings
              : partner.wants;
        break;
      case 'single_choice':
        profile[item.id] = !('breakdown' in item.tags)
          ? partner.functionSeen
          : item.tags.breakdown === 'role'
            ? { executive: 0.6, manager: 2, professional: 4, support: 1.5 }
            : { direct: 2, indirect: 1 };
        break;
    }
  }
  return profile;
}

export const demoSections: SectionId[] = [
  'drives',
  'culture',
  'values',
  'readiness',
  'value_case',
  'triangle',
  'tensions',
  'perceptions',
  'open',
  'about',
];

/**
 * The follow-up, months later: who answered, and what really changed (everything else leans as
 * before). The fault line on control and trust narrows from both sides, the care group commits more
 * people and hours, and the municipality now lends its good name, which the employer wanted.
 */
const followUpChanges: Readonly<Record<string, Partial<DemoPartner>>> = {
  'Gemeente Rivierstad': { respondents: 13, cultureShift: { control_trust: 1.5 }, bringsMore: { reputation: 0.85 } },
  'Zorggroep De Linde': { respondents: 12, readinessBy: { resource_commitment: 3.7 } },
  'Installatiebedrijf Van Dam': { respondents: 10, cultureShift: { control_trust: -1.4 } },
  'ROC Rivierland': { respondents: 11 },
};

/** A partner as it answers the follow-up. */
function inFollowUp(partner: DemoPartner): DemoPartner {
  const { cultureShift = {}, bringsMore = {}, ...change } = followUpChanges[partner.name] ?? {};
  const culture = Object.fromEntries(Object.entries(partner.culture).map(([scale, at]) => [scale, at + (cultureShift[scale] ?? 0)]));
  return { ...partner, ...change, culture, brings: { ...partner.brings, ...bringsMore } };
}

/**
 * The demo's links as paths with their secret in the fragment (`/report#…`), without an origin: the
 * same links work whatever host and port the platform runs on. The report and lead links read both
 * waves; the respondent links answer the follow-up.
 */
export interface DemoLinks {
  readonly organiser: string;
  readonly report: string;
  /** Reads the report and records agreements (absent in demos seeded before there were leads). */
  readonly lead?: string;
  readonly respondents: readonly { readonly partner: string; readonly path: string }[];
}

/** A day `days` before today (UTC), as the API takes days. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const clientFor = (baseUrl: string, secret?: string) =>
  hc<AppType>(baseUrl, { headers: secret ? { authorization: `Bearer ${secret}` } : {} }).api;
type Organiser = ReturnType<typeof clientFor>['organiser'];

/** Issues one link and returns its secret. */
async function issue(organiser: Organiser, json: Parameters<Organiser['links']['$post']>[0]['json']) {
  const res = await organiser.links.$post({ json });
  if (res.status !== 201) throw new Error(`issuing a demo link failed: ${res.status} ${await res.text()}`);
  return (await res.json()).links[0]!.secret;
}

/** Every partner's stated facts and responses to one wave, through an open link each; returns those links. */
async function answerWave(
  baseUrl: string,
  organiser: Organiser,
  wave: { surveyId: string; partners: readonly DemoPartner[]; partnerIds: readonly string[]; random: () => number },
) {
  const items = surveyItems(currentInstrument, demoSections);
  const [hopeItem, worryItem] = items.filter((i) => i.format === 'text').map((i) => i.id);
  const respondents: { partner: string; path: string }[] = [];
  for (const [index, partner] of wave.partners.entries()) {
    const partnerId = wave.partnerIds[index]!;
    const { surveyId } = wave;
    // No cap given: the link takes as many answers as the partner's expected staff.
    const secret = await issue(organiser, { scope: 'respondent_open', surveyId, partnerId, count: 1, label: `Demo: ${partner.name}` });
    respondents.push({ partner: partner.name, path: `/respond#${secret}` });
    if (partner.facts) {
      // The organisation's stated facts come from its contact person, through a link of their own.
      const contact = await issue(organiser, {
        scope: 'partner_contact',
        surveyId,
        partnerId,
        count: 1,
        label: `Demo: contact ${partner.name}`,
      });
      const stated = await clientFor(baseUrl, contact).partner.facts.$put({ json: { surveyId, answers: partner.facts } });
      if (stated.status !== 200) throw new Error(`the demo's facts were refused: ${stated.status} ${await stated.text()}`);
    }
    const others = wave.partnerIds.filter((id) => id !== partnerId);
    // Partners see each other through a sharper lens than reality: differences look bigger from outside.
    const perceptionProfiles = Object.fromEntries(
      others.map((id) => {
        const other = wave.partners[wave.partnerIds.indexOf(id)]!;
        return [id, Object.fromEntries(Object.entries(other.culture).map(([scale, at]) => [`culture.${scale}`, 4 + (at - 4) * 1.6]))];
      }),
    );
    for (let r = 0; r < partner.respondents; r++) {
      const answers: Record<string, unknown> = {
        ...syntheticAnswers({
          instrument: currentInstrument,
          sections: demoSections,
          otherPartnerIds: others,
          profile: profileFor(partner, items),
          perceptionProfiles,
          random: wave.random,
          skipOptional: 0.1,
          // People answer the statements of one readiness factor alike (their own level of it).
          coherence: 0.55,
        }),
      };
      if (hopeItem && partner.hopes[r]) answers[hopeItem] = partner.hopes[r];
      if (worryItem && partner.worries[r]) answers[worryItem] = partner.worries[r];
      const res = await clientFor(baseUrl, secret).respond.submit.$post({
        json: { submissionId: crypto.randomUUID().replaceAll('-', ''), language: 'nl', answers },
      });
      if (res.status !== 201) throw new Error(`a demo response was refused: ${res.status} ${await res.text()}`);
    }
  }
  return respondents;
}

/** What the partners agreed after discussing the baseline: on its control ↔ trust fault line, committing resources and a gap. */
const agreementsOnBaseline = (dueOn: string) =>
  [
    {
      finding: { kind: 'fault_line', key: 'culture.control_trust' },
      action: 'Samen één verantwoordingsafspraak maken: wat leggen we vast, en waar geven we elkaar ruimte?',
      owner: 'Werkgroep van Gemeente Rivierstad en Installatiebedrijf Van Dam',
      dueOn,
    },
    {
      finding: { kind: 'readiness', key: 'resource_commitment' },
      action: 'Elke partner maakt twee uur per week vrij voor iedereen die in het programma meedoet.',
      owner: 'Stuurgroep',
      dueOn,
    },
    {
      finding: { kind: 'gap', key: 'reputation' },
      action: 'De gemeente verbindt haar naam aan het programma, zodat werkgevers het herkennen.',
      owner: 'Wethouder werk en inkomen',
      dueOn,
    },
  ] as const;

/** Creates the demo partnership on a running server and returns its links (secrets shown once). */
export async function seedDemo(baseUrl: string): Promise<DemoLinks> {
  const created = await clientFor(baseUrl).partnerships.$post({
    json: {
      partnership: {
        name: 'Samen aan het werk in Rivierstad',
        challenge: 'Meer inwoners met een afstand tot de arbeidsmarkt aan duurzaam werk helpen, vooral in zorg en techniek',
        collaborationFunction: 'operational_alignment',
        horizon: '2030',
      },
      partners: partners.map((p) => ({ name: p.name, sector: p.sector, expectedStaff: p.respondents + 6, shownAsOrganisation: false })),
      survey: {
        title: 'Nulmeting samenwerking',
        sections: demoSections,
        languages: ['nl', 'en'],
        minGroupSize: 5,
        opensOn: daysAgo(200),
        closesOn: null,
        retainUntil: null,
      },
    },
  });
  if (created.status !== 201) throw new Error(`creating the demo partnership failed: ${created.status} ${await created.text()}`);
  const { organiserSecret, surveyId: baseline, partnerIds } = await created.json();
  const organiser = clientFor(baseUrl, organiserSecret).organiser;

  // The baseline: answered, closed (its figures released at the close) and dated as it ran, months ago.
  await answerWave(baseUrl, organiser, { surveyId: baseline!, partners, partnerIds, random: seededRandom(2026) });
  const baselineRoutes = organiser.surveys[':surveyId'];
  for (const res of [
    await baselineRoutes.close.$post({ param: { surveyId: baseline! } }),
    await baselineRoutes.$patch({ param: { surveyId: baseline! }, json: { closesOn: daysAgo(170) } }),
  ]) {
    if (!res.ok) throw new Error(`closing the demo baseline failed: ${res.status} ${await res.text()}`);
  }
  const report = await issue(organiser, { scope: 'report', count: 1, label: 'Demo: stuurgroep' });
  const lead = await issue(organiser, { scope: 'lead', count: 1, label: 'Demo: voorzitter stuurgroep' });
  for (const agreement of agreementsOnBaseline(daysAgo(60))) {
    const res = await clientFor(baseUrl, lead).agreements.$post({ json: { surveyId: baseline!, ...agreement } });
    if (res.status !== 201) throw new Error(`recording a demo agreement failed: ${res.status} ${await res.text()}`);
  }

  // The follow-up, open since two weeks.
  const followUp = await organiser.surveys.$post({
    json: { title: 'Vervolgmeting samenwerking', sections: demoSections, languages: ['nl', 'en'], minGroupSize: 5, opensOn: daysAgo(14) },
  });
  if (followUp.status !== 201) throw new Error(`creating the demo follow-up failed: ${followUp.status} ${await followUp.text()}`);
  const surveyId = (await followUp.json()).survey.id;
  // Numbers of its own: at the change view's 5 % false discovery rate a chance change can show up among
  // hundreds compared; these show only what the follow-up really changed (each partner's move, the
  // fault line, the factor, the good name), so the demo tells its story and nothing by chance.
  const random = seededRandom(2033);
  const respondents = await answerWave(baseUrl, organiser, { surveyId, partners: partners.map(inFollowUp), partnerIds, random });
  return { organiser: `/organise#${organiserSecret}`, report: `/report#${report}`, lead: `/report#${lead}`, respondents };
}
