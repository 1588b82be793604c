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

import { sectionV1 } from '../sections';
import type { Instrument } from '../types';
import { cultureItems, perceptionItems } from './culture';
import { readinessItems } from './readiness';
import { resources } from './resources';
import { tensionItems } from './tensions';
import { option, t } from './text';
import { triangleItems } from './triangle';
import { valueItems } from './values';

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
export { resources } from './resources';
