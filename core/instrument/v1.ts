/**
 * Version 1 of the Samenwaarde instrument (docs/instrument.md explains each section and why it is asked).
 *
 * Every text is our own. Dutch is plain language at about B1 level (short sentences, common words,
 * "u"); English is natural, not a word-for-word copy. Wording is neutral between sectors: a civil
 * servant and a company employee should both recognise their organisation, and neither pole of a
 * scale is the "good" one.
 *
 * Never change a published version (ids, formats, options, poles, tags, texts): running surveys
 * keep the version they opened with, and their stored answers are keyed by these ids and mean what
 * these texts asked. v1.frozen.json holds version 1 as published and a test compares the two; any
 * change, a reworded question included, goes into a version 2 with a fixture of its own.
 */

import { sectionV1 } from './sections';
import type {
  AgreementItem,
  BipolarItem,
  ImportanceItem,
  Instrument,
  IntensityItem,
  Localized,
  Option,
  PerceptionItem,
  ReadinessFactor,
  TriangleSide,
} from './types';

const t = (nl: string, en: string): Localized => ({ nl, en });
const option = (id: string, nl: string, en: string): Option => ({ id, label: t(nl, en) });

/** The resources a partner can bring or hope to get: one list for both value-case questions. */
export const resources: readonly Option[] = [
  option('funding', 'Geld en financiering', 'Money and funding'),
  option('expertise', 'Kennis en expertise', 'Knowledge and expertise'),
  option('staff_capacity', 'Mensen en uren', 'People and working hours'),
  option('data', 'Gegevens en cijfers', 'Data and figures'),
  option(
    'target_group_access',
    'Contact met de doelgroep, zoals inwoners, cliënten of klanten',
    'Access to the target group, such as residents, clients or customers',
  ),
  option('mandate', 'Bevoegdheden en vergunningen', 'Authority and permits'),
  option('facilities', 'Ruimte, gebouwen of een locatie', 'Space, buildings or a location'),
  option('network', 'Een netwerk van contacten', 'A network of contacts'),
  option('technology', 'Technologie en systemen', 'Technology and systems'),
  option('policy_influence', 'Invloed op beleid en regels', 'Influence on policy and rules'),
  option('reputation', 'Een goede naam', 'A good reputation'),
  option('future_talent', 'Nieuwe mensen voor later, zoals stagiairs en leerlingen', 'Future staff, such as trainees and students'),
];

// ---------------------------------------------------------------------------------------------
// Culture: ten bipolar scales. `perceived` ones are asked again about each other partner.

const bipolar = (id: string, text: Localized, left: Localized, right: Localized, perceived = false): BipolarItem => ({
  id,
  format: 'bipolar',
  required: true,
  text,
  left,
  right,
  ...(perceived ? { perceived: true } : {}),
});

const cultureItems: readonly BipolarItem[] = [
  bipolar(
    'culture.control_trust',
    t('Hoe stuurt uw organisatie het werk?', 'How does your organisation steer its work?'),
    t('Met duidelijke regels en controle', 'Through clear rules and checks'),
    t('Met vertrouwen en ruimte voor medewerkers', 'Through trust and room for staff'),
    true,
  ),
  bipolar(
    'culture.top_down_bottom_up',
    t('Waar komen plannen en besluiten vandaan?', 'Where do plans and decisions come from?'),
    t('Van boven: de leiding bepaalt de koers', 'From the top: leadership sets the course'),
    t('Van onderop: ideeën komen van medewerkers', 'From below: ideas come from staff'),
  ),
  bipolar(
    'culture.annual_multi_year',
    t('Hoe ver kijkt uw organisatie vooruit als zij plannen maakt?', 'How far ahead does your organisation look when it makes plans?'),
    t('Per jaar: plannen en budget voor het komende jaar', 'Year by year: plans and budget for the coming year'),
    t('Meerdere jaren: plannen voor drie tot vijf jaar', 'Several years: plans for three to five years'),
    true,
  ),
  bipolar(
    'culture.risk_experiment',
    t('Hoe gaat uw organisatie om met risico’s?', 'How does your organisation deal with risk?'),
    t('Zorgvuldig: risico’s zo klein mogelijk houden', 'Carefully: keep risks as small as possible'),
    t('Proberen: iets nieuws doen, ook als het kan mislukken', 'By trying: do something new, even if it may fail'),
    true,
  ),
  bipolar(
    'culture.costs_benefits',
    t('Waar kijkt uw organisatie eerst naar bij een nieuw plan?', 'What does your organisation look at first in a new plan?'),
    t('De kosten: wat het plan kost', 'The costs: what the plan will cost'),
    t('De baten: wat het plan oplevert', 'The benefits: what the plan will bring'),
  ),
  bipolar(
    'culture.own_societal',
    t(
      'Waar begint uw organisatie als zij met anderen een probleem aanpakt?',
      'Where does your organisation start when it tackles a problem with others?',
    ),
    t('Bij de eigen opdracht: wat wij zelf moeten waarmaken', 'With its own remit: what we ourselves have to deliver'),
    t('Bij het gezamenlijke probleem: wat we samen willen oplossen', 'With the shared problem: what we want to solve together'),
    true,
  ),
  bipolar(
    'culture.fast_consensus',
    t('Hoe neemt uw organisatie besluiten?', 'How does your organisation make decisions?'),
    t('Snel, door een paar mensen', 'Quickly, by a few people'),
    t('In overleg, tot iedereen kan instemmen', 'Through discussion, until everyone can agree'),
    true,
  ),
  bipolar(
    'culture.formal_pragmatic',
    t('Hoe werkt uw organisatie met procedures?', 'How does your organisation work with procedures?'),
    t('Formeel: vaste stappen, alles goed vastgelegd', 'Formally: set steps, everything properly recorded'),
    t('Praktisch: doen wat in de situatie werkt', 'Practically: do what works in the situation'),
  ),
  bipolar(
    'culture.own_shared_ownership',
    t('Hoe kijkt uw organisatie naar een project met partners?', 'How does your organisation see a project with partners?'),
    t('Eigen regie: wij sturen ons eigen deel', 'Own control: we steer our own part'),
    t('Gedeelde regie: we sturen samen op het geheel', 'Shared control: we steer the whole together'),
  ),
  bipolar(
    'culture.compete_cooperate',
    t(
      'Hoe gaat uw organisatie om met andere organisaties in haar veld?',
      'How does your organisation relate to other organisations in its field?',
    ),
    t('Concurreren: wij willen ons onderscheiden', 'Competing: we want to stand out'),
    t('Samenwerken: wij zoeken elkaar op', 'Cooperating: we seek each other out'),
  ),
];

/** The perception questions: the same poles, asked about another partner. */
const perceptionTexts: Readonly<Record<string, Localized>> = {
  'culture.control_trust': t('Hoe stuurt deze partner zijn werk?', 'How does this partner steer its work?'),
  'culture.annual_multi_year': t(
    'Hoe ver kijkt deze partner vooruit als hij plannen maakt?',
    'How far ahead does this partner look when it makes plans?',
  ),
  'culture.risk_experiment': t('Hoe gaat deze partner om met risico’s?', 'How does this partner deal with risk?'),
  'culture.own_societal': t(
    'Waar begint deze partner als hij met anderen een probleem aanpakt?',
    'Where does this partner start when it tackles a problem with others?',
  ),
  'culture.fast_consensus': t('Hoe neemt deze partner besluiten?', 'How does this partner make decisions?'),
};

const perceptionItems: readonly PerceptionItem[] = cultureItems
  .filter((item) => item.perceived)
  .map((item) => {
    const text = perceptionTexts[item.id];
    if (!text) throw new Error(`perceived culture item ${item.id} has no perception text`);
    return {
      id: item.id.replace(/^culture\./, 'perceptions.'),
      format: 'perception',
      mirrors: item.id,
      required: false,
      text,
      left: item.left,
      right: item.right,
    };
  });

// ---------------------------------------------------------------------------------------------
// Values: importance of twelve values, tagged for the public-value quadrants and people/planet/profit.

const value = (name: string, text: Localized, tags: ImportanceItem['tags']): ImportanceItem => ({
  id: `values.${name}`,
  format: 'importance',
  required: true,
  text,
  tags,
});

const valueItems: readonly ImportanceItem[] = [
  value(
    'efficiency',
    t(
      'Doelmatig werken: het resultaat halen met zo weinig mogelijk geld en tijd',
      'Efficiency: getting the result with as little money and time as possible',
    ),
    { scope: 'collective', nature: 'material', pillar: 'profit' },
  ),
  value('effectiveness', t('Doeltreffend werken: het doel ook echt bereiken', 'Effectiveness: actually reaching the goal'), {
    scope: 'collective',
    nature: 'material',
    pillar: 'people',
  }),
  value(
    'service_quality',
    t('Goede dienstverlening: mensen worden goed en snel geholpen', 'Good service: people are helped well and quickly'),
    { scope: 'individual', nature: 'immaterial', pillar: 'people' },
  ),
  value(
    'fairness',
    t(
      'Eerlijke en gelijke behandeling: iedereen wordt op dezelfde manier behandeld',
      'Fair and equal treatment: everyone is treated in the same way',
    ),
    { scope: 'collective', nature: 'immaterial', pillar: 'people' },
  ),
  value(
    'equal_access',
    t(
      'Gelijke toegang en solidariteit: iedereen kan meedoen, ook wie minder heeft',
      'Equal access and solidarity: everyone can take part, including those who have less',
    ),
    { scope: 'collective', nature: 'material', pillar: 'people' },
  ),
  value(
    'transparency',
    t(
      'Openheid en verantwoording: laten zien wat de organisatie doet en uitleggen waarom',
      'Transparency and accountability: showing what the organisation does and explaining why',
    ),
    { scope: 'collective', nature: 'immaterial', pillar: 'people' },
  ),
  value('lawfulness', t('Rechtmatigheid: werken volgens wetten en regels', 'Lawfulness: working within laws and rules'), {
    scope: 'collective',
    nature: 'immaterial',
    pillar: 'people',
  }),
  value(
    'innovation',
    t('Vernieuwing: nieuwe oplossingen bedenken en uitproberen', 'Innovation: thinking up new solutions and trying them out'),
    { scope: 'collective', nature: 'material', pillar: 'profit' },
  ),
  value(
    'sustainability',
    t('Duurzaamheid: zorg voor milieu en klimaat, nu en later', 'Sustainability: caring for the environment and climate, now and later'),
    { scope: 'collective', nature: 'material', pillar: 'planet' },
  ),
  value('financial_return', t('Financieel rendement: een gezond financieel resultaat', 'Financial return: a healthy financial result'), {
    scope: 'individual',
    nature: 'material',
    pillar: 'profit',
  }),
  value(
    'employee_development',
    t(
      'Ontwikkeling van medewerkers: mensen kunnen leren en groeien in hun werk',
      'Employee development: people can learn and grow in their work',
    ),
    { scope: 'individual', nature: 'immaterial', pillar: 'people' },
  ),
  value(
    'inclusion',
    t(
      'Inclusie: iedereen hoort erbij, welke achtergrond of beperking iemand ook heeft',
      'Inclusion: everyone belongs, whatever their background or disability',
    ),
    { scope: 'collective', nature: 'immaterial', pillar: 'people' },
  ),
];

// ---------------------------------------------------------------------------------------------
// Readiness: two statements per factor. Factor ideas from the five conditions of public-private
// collaboration, the three pillars of change and (as inspiration only) the Wilder factors.

const readiness = (factor: ReadinessFactor, n: 1 | 2, text: Localized): AgreementItem => ({
  id: `readiness.${factor}_${n}`,
  format: 'agreement',
  required: true,
  text,
  tags: { factor },
});

const readinessItems: readonly AgreementItem[] = [
  readiness('function_clarity', 1, t('Wij weten waarvoor deze samenwerking bedoeld is.', 'We know what this partnership is meant to do.')),
  readiness(
    'function_clarity',
    2,
    t(
      'Het is duidelijk welke rol onze organisatie in de samenwerking heeft.',
      'It is clear what role our organisation has in the partnership.',
    ),
  ),
  readiness(
    'resource_commitment',
    1,
    t(
      'Onze organisatie zet echt mensen, tijd of geld in voor deze samenwerking.',
      'Our organisation really puts people, time or money into this partnership.',
    ),
  ),
  readiness(
    'resource_commitment',
    2,
    t(
      'Als de samenwerking meer nodig heeft, wil onze organisatie extra bijdragen.',
      'If the partnership needs more, our organisation is willing to contribute extra.',
    ),
  ),
  readiness(
    'organisational_learning',
    1,
    t(
      'Wat onze mensen leren in samenwerkingen, delen wij in de hele organisatie.',
      'What our people learn in partnerships, we share across the whole organisation.',
    ),
  ),
  readiness(
    'organisational_learning',
    2,
    t('Partners weten wat ze aan ons hebben: wij doen wat we afspreken.', 'Partners know where they stand with us: we do what we agree.'),
  ),
  readiness(
    'collaborating_professionals',
    1,
    t(
      'Wie namens ons aan tafel zit, mag ook afspraken maken voor onze organisatie.',
      'Whoever sits at the table for us may also make commitments for our organisation.',
    ),
  ),
  readiness(
    'collaborating_professionals',
    2,
    t(
      'Onze mensen in de samenwerking kunnen goed omgaan met de verschillende belangen van de partners.',
      'Our people in the partnership handle the different interests of the partners well.',
    ),
  ),
  readiness(
    'accountability',
    1,
    t(
      'Wij houden bij wat wij in de samenwerking stoppen en wat het ons oplevert.',
      'We keep track of what we put into the partnership and what it gives us.',
    ),
  ),
  readiness(
    'accountability',
    2,
    t(
      'Wat wij in de samenwerking bereiken, telt mee in onze eigen plannen en verslagen.',
      'What we achieve in the partnership counts in our own plans and reports.',
    ),
  ),
  readiness(
    'urgency',
    1,
    t(
      'In onze organisatie voelen wij dat dit probleem nu aangepakt moet worden.',
      'In our organisation we feel that this problem must be tackled now.',
    ),
  ),
  readiness('urgency', 2, t('Als er niets gebeurt, wordt het probleem groter.', 'If nothing happens, the problem will grow.')),
  readiness(
    'shared_horizon',
    1,
    t(
      'Het doel voor over vijf jaar is zo concreet dat we kunnen zien of we het halen.',
      'The goal for five years from now is concrete enough to see whether we reach it.',
    ),
  ),
  readiness(
    'shared_horizon',
    2,
    t('De partners werken naar hetzelfde doel op de horizon.', 'The partners are working towards the same goal on the horizon.'),
  ),
  readiness(
    'energy_community',
    1,
    t('Er is in onze organisatie veel energie om hieraan mee te werken.', 'There is a lot of energy in our organisation to work on this.'),
  ),
  readiness(
    'energy_community',
    2,
    t(
      'De aanpak voelt als een beweging waar mensen graag bij willen horen.',
      'The effort feels like a movement that people want to be part of.',
    ),
  ),
  readiness(
    'trust_in_partners',
    1,
    t('Wij rekenen erop dat de andere partners hun afspraken nakomen.', 'We count on the other partners to keep their agreements.'),
  ),
  readiness(
    'trust_in_partners',
    2,
    t(
      'Wij kunnen met de andere partners open praten over problemen en twijfels.',
      'We can talk openly with the other partners about problems and doubts.',
    ),
  ),
  readiness(
    'shared_ownership',
    1,
    t(
      'Wij zien het resultaat als iets van alle partners samen, niet van één partij.',
      'We see the result as belonging to all partners together, not to one party.',
    ),
  ),
  readiness(
    'shared_ownership',
    2,
    t(
      'Onze organisatie wil een deel van de regie aan de samenwerking overlaten.',
      'Our organisation is willing to leave part of the control to the partnership.',
    ),
  ),
];

// ---------------------------------------------------------------------------------------------
// Triangle: Moore's strategic triangle, about the partnership as a whole.

const triangle = (side: TriangleSide, n: 1 | 2, text: Localized): AgreementItem => ({
  id: `triangle.${side}_${n}`,
  format: 'agreement',
  required: true,
  text,
  tags: { side },
});

const triangleItems: readonly AgreementItem[] = [
  triangle(
    'value',
    1,
    t('De samenwerking pakt een probleem aan dat er echt toe doet.', 'The partnership tackles a problem that really matters.'),
  ),
  triangle(
    'value',
    2,
    t(
      'Wat de samenwerking wil bereiken, is voor de samenleving meer waard dan het kost.',
      'What the partnership wants to achieve is worth more to society than it costs.',
    ),
  ),
  triangle(
    'capacity',
    1,
    t(
      'De partners hebben samen genoeg mensen, geld en kennis om de plannen uit te voeren.',
      'Together, the partners have enough people, money and knowledge to carry out the plans.',
    ),
  ),
  triangle(
    'capacity',
    2,
    t('De plannen passen bij wat de partners echt kunnen waarmaken.', 'The plans fit what the partners can really deliver.'),
  ),
  triangle(
    'legitimacy',
    1,
    t(
      'Besturen, raden en toezichthouders van de partners steunen deze samenwerking.',
      'The partners’ boards, councils and regulators support this partnership.',
    ),
  ),
  triangle(
    'legitimacy',
    2,
    t(
      'De mensen voor wie we het doen, vinden de manier waarop we samenwerken goed.',
      'The people we do this for approve of the way we work together.',
    ),
  ),
];

// ---------------------------------------------------------------------------------------------
// Tensions: how strongly each is felt, with its two sides named.

const tension = (name: string, text: Localized, left: Localized, right: Localized): IntensityItem => ({
  id: `tensions.${name}`,
  format: 'intensity',
  required: true,
  text,
  left,
  right,
});

const tensionItems: readonly IntensityItem[] = [
  tension(
    'short_long',
    t('Korte termijn tegenover lange termijn', 'Short term versus long term'),
    t('Korte termijn: snel resultaat', 'Short term: quick results'),
    t('Lange termijn: blijvend resultaat', 'Long term: lasting results'),
  ),
  tension(
    'public_private',
    t('Publieke tegenover private manier van werken', 'Public versus private ways of working'),
    t('Publiek: wettelijke taken en publiek geld', 'Public: statutory tasks and public money'),
    t('Privaat: markt, klanten en ondernemen', 'Private: market, customers and enterprise'),
  ),
  tension(
    'political_administrative',
    t('Bestuur tegenover uitvoering', 'Governance versus day-to-day delivery'),
    t('Bestuurlijk: wat bestuurders of politici willen', 'Political: what boards or elected officials want'),
    t('Uitvoering: wat in de praktijk haalbaar is', 'Delivery: what is workable in practice'),
  ),
  tension(
    'control_trust',
    t('Controle tegenover vertrouwen', 'Control versus trust'),
    t('Controle: afspraken vastleggen en nagaan', 'Control: recording and checking agreements'),
    t('Vertrouwen: ruimte geven en op elkaar rekenen', 'Trust: giving room and relying on each other'),
  ),
  tension(
    'own_shared',
    t('Eigen tegenover gedeeld eigenaarschap', 'Own versus shared ownership'),
    t('Eigen: elke partner stuurt zijn eigen deel', 'Own: each partner steers its own part'),
    t('Gedeeld: de partners sturen samen op het geheel', 'Shared: the partners steer the whole together'),
  ),
];

/**
 * Version 1 of the Samenwaarde instrument. Never edit a published version's meaning: add a
 * version instead, because running surveys keep the version they opened with.
 */
export const instrumentV1: Instrument = {
  version: 1,
  sections: [
    {
      ...sectionV1('drives'),
      intro: t(
        'Elke organisatie heeft eigen drijfveren: wat haar in beweging zet. Het gaat om hoe het in de praktijk gaat, niet om wat op papier staat. Er zijn geen goede of foute antwoorden.',
        'Every organisation has its own drives: the things that set it in motion. We ask how it works in practice, not what is written on paper. There are no right or wrong answers.',
      ),
      items: [
        {
          id: 'drives.allocation',
          format: 'allocation',
          total: 100,
          required: true,
          text: t(
            'Wat drijft uw organisatie in de praktijk? Verdeel 100 punten. Geef meer punten aan wat zwaarder weegt. Een drijfveer mag 0 punten krijgen.',
            'What drives your organisation in practice? Spread 100 points. Give more points to what weighs more. A drive may get 0 points.',
          ),
          options: [
            option(
              'continuity',
              'Continuïteit: de organisatie gezond houden en laten voortbestaan',
              'Continuity: keeping the organisation healthy and going',
            ),
            option(
              'market_position',
              'Positie: een sterke plek in de markt of in het eigen veld',
              'Position: a strong place in the market or in its own field',
            ),
            option('financial_return', 'Financieel resultaat: meer opbrengen dan het kost', 'Financial return: earning more than it costs'),
            option(
              'innovation',
              'Vernieuwing: betere producten, diensten of werkwijzen',
              'Innovation: better products, services or ways of working',
            ),
            option(
              'public_goods',
              'Publieke doelen: resultaat voor de hele samenleving, zoals gezondheid, veiligheid of goed onderwijs',
              'Public goods: results for society as a whole, such as health, safety or good education',
            ),
            option('client_wellbeing', 'Welzijn van de cliënt, klant of inwoner', 'Wellbeing of the client, customer or resident'),
            option(
              'professional_quality',
              'Vakmanschap: werk dat voldoet aan de normen van het vak',
              'Professional quality: work that meets the standards of the profession',
            ),
            option(
              'legitimacy',
              'Legitimiteit: volgens de regels werken en het vertrouwen houden van toezicht en publiek',
              'Legitimacy: working by the rules and keeping the trust of regulators and the public',
            ),
          ],
        },
      ],
    },
    {
      ...sectionV1('culture'),
      intro: t(
        'Hoe werkt uw organisatie? Bij elke vraag ziet u twee kanten. Beide kanten kunnen goed zijn. Kies het punt dat het best past bij hoe het nu gaat.',
        'How does your organisation work? Each question shows two sides. Both sides can be good. Choose the point that best fits how things go now.',
      ),
      items: cultureItems,
    },
    {
      ...sectionV1('values'),
      intro: t(
        'Hoe belangrijk is elke waarde voor uw organisatie, in wat zij elke dag doet? Alle waarden zijn goed. Het gaat om wat voor uw organisatie het zwaarst weegt.',
        'How important is each value to your organisation, in what it does every day? All of these values are good. The question is what weighs most for your organisation.',
      ),
      items: valueItems,
    },
    {
      ...sectionV1('readiness'),
      intro: t(
        'Hoe klaar is uw organisatie voor deze samenwerking? Geef bij elke zin aan hoe eens of oneens u het bent. Weet u het niet? Kies dan ‘Weet ik niet’.',
        'How ready is your organisation for this partnership? For each statement, say how far you agree or disagree. If you do not know, choose ‘Don’t know’.',
      ),
      items: readinessItems,
    },
    {
      ...sectionV1('value_case'),
      intro: t(
        'In een samenwerking brengt elke partner iets in. En elke partner hoopt er iets uit te halen. Kies bij beide vragen alles wat past. Past niets? Kies dan niets.',
        'In a partnership every partner brings something. And every partner hopes to get something out of it. For both questions, choose everything that applies. If nothing applies, choose nothing.',
      ),
      items: [
        {
          id: 'value_case.bring',
          format: 'multi_select',
          required: true,
          text: t('Wat brengt uw organisatie in deze samenwerking in?', 'What does your organisation bring to this partnership?'),
          options: resources,
          tags: { valueCase: 'bring' },
        },
        {
          id: 'value_case.get',
          format: 'multi_select',
          required: true,
          text: t(
            'Wat hoopt uw organisatie uit deze samenwerking te halen?',
            'What does your organisation hope to get from this partnership?',
          ),
          options: resources,
          tags: { valueCase: 'get' },
        },
      ],
    },
    {
      ...sectionV1('triangle'),
      intro: t(
        'Deze vragen gaan over de samenwerking als geheel, niet over uw eigen organisatie. Geef aan hoe eens of oneens u het bent.',
        'These questions are about the partnership as a whole, not about your own organisation. Say how far you agree or disagree.',
      ),
      items: triangleItems,
    },
    {
      ...sectionV1('tensions'),
      intro: t(
        'In elke samenwerking zijn spanningen. Dat is normaal, en erover praten helpt. Hoe sterk voelt u elke spanning in deze samenwerking?',
        'Every partnership has tensions. That is normal, and talking about them helps. How strongly do you feel each tension in this partnership?',
      ),
      items: tensionItems,
    },
    {
      ...sectionV1('perceptions'),
      intro: t(
        'Vijf vragen uit ‘Werkwijze’ komen terug, nu over elke andere partner. Geef uw eigen indruk, ook als u een partner niet goed kent. Weet u het echt niet? Sla de vraag dan over.',
        'Five questions from ‘Ways of working’ come back, now about each other partner. Give your own impression, even if you do not know a partner well. If you really cannot say, skip the question.',
      ),
      items: perceptionItems,
    },
    {
      ...sectionV1('open'),
      intro: t(
        'Twee open vragen. U mag ze overslaan. Schrijf geen namen of andere dingen waaraan iemand te herkennen is. Uw tekst wordt alleen getoond als genoeg collega’s meedoen.',
        'Two open questions. You may skip them. Do not write names or anything else that could identify someone. Your text is only shown if enough colleagues take part.',
      ),
      items: [
        {
          id: 'open.success',
          format: 'text',
          required: false,
          maxLength: 2000,
          text: t(
            'Wat maakt deze samenwerking een succes voor uw organisatie?',
            'What would make this partnership a success for your organisation?',
          ),
        },
        {
          id: 'open.worries',
          format: 'text',
          required: false,
          maxLength: 2000,
          text: t(
            'Waar maakt u zich zorgen over als u aan deze samenwerking denkt?',
            'What worries you when you think about this partnership?',
          ),
        },
      ],
    },
    {
      ...sectionV1('about'),
      intro: t(
        'Twee korte vragen. We gebruiken ze alleen om grote groepen te vergelijken, en alleen als een groep groot genoeg is. U mag ze overslaan.',
        'Two short questions. We only use them to compare large groups, and only when a group is big enough. You may skip them.',
      ),
      items: [
        {
          id: 'about.role',
          format: 'single_choice',
          required: false,
          text: t('Wat past het best bij uw functie?', 'What best describes your position?'),
          options: [
            option('executive', 'Bestuur of directie', 'Board or executive management'),
            option('manager', 'Leidinggevende', 'Manager or team lead'),
            option('professional', 'Professional of uitvoerend medewerker', 'Professional or front-line staff'),
            option(
              'support',
              'Ondersteunende functie, zoals financiën, ICT of secretariaat',
              'Support role, such as finance, IT or administration',
            ),
          ],
          tags: { breakdown: 'role' },
        },
        {
          id: 'about.involvement',
          format: 'single_choice',
          required: false,
          text: t('Werkt u zelf mee aan deze samenwerking?', 'Do you work on this partnership yourself?'),
          options: [
            option('direct', 'Ja, ik werk er direct aan mee', 'Yes, I work on it directly'),
            option('indirect', 'Nee, niet direct', 'No, not directly'),
          ],
          tags: { breakdown: 'involvement' },
        },
      ],
    },
  ],
};
