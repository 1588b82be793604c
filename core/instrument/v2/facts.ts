/**
 * Version 2: the short form a partner's contact answers for the organisation: facts most staff
 * cannot know (who may commit, what is committed and for how long, to whom the organisation
 * accounts). It is the organisation's stated position, shown with its name: not anonymous, and the
 * form says so. Every question may be left open.
 */
import type { FactsForm } from '../types';
import { option, t } from '../v1/text';

export const factsForm: FactsForm = {
  title: t('Feiten van uw organisatie', 'Your organisation’s facts'),
  intro: t(
    'Deze vragen gaan over feiten die de meeste medewerkers niet weten. U beantwoordt ze namens uw organisatie. De antwoorden zijn niet anoniem: het rapport toont ze met de naam van uw organisatie.',
    'These questions are about facts most staff do not know. You answer them on behalf of your organisation. The answers are not anonymous: the report shows them with your organisation’s name.',
  ),
  items: [
    {
      id: 'facts.mandate',
      format: 'single_choice',
      required: false,
      text: t(
        'Mag wie namens uw organisatie aan tafel zit, zelf afspraken maken?',
        'May whoever sits at the table for your organisation make commitments?',
      ),
      options: [
        option('yes', 'Ja, binnen afgesproken grenzen', 'Yes, within agreed limits'),
        option('small_only', 'Alleen over kleine zaken', 'Only on small matters'),
        option('no', 'Nee, elke afspraak gaat eerst naar de leiding', 'No, every commitment goes to leadership first'),
      ],
      tags: { fact: 'collaborating_professionals' },
    },
    {
      id: 'facts.committed',
      format: 'multi_select',
      required: false,
      text: t(
        'Wat heeft uw organisatie vast toegezegd aan deze samenwerking?',
        'What has your organisation firmly committed to this partnership?',
      ),
      options: [
        option('budget', 'Een eigen budget', 'A budget of its own'),
        option('staff_hours', 'Vaste uren van medewerkers', 'Set hours of staff'),
        option('facilities', 'Ruimte of een locatie', 'Space or a location'),
        option('data', 'Gegevens', 'Data'),
      ],
      tags: { fact: 'resource_commitment' },
    },
    {
      id: 'facts.commitment_term',
      format: 'single_choice',
      required: false,
      text: t('Voor hoe lang geldt die toezegging?', 'For how long does that commitment hold?'),
      options: [
        option('none', 'Er is nog niets toegezegd', 'Nothing has been committed yet'),
        option('under_one_year', 'Korter dan een jaar', 'Less than a year'),
        option('one_to_two_years', 'Een tot twee jaar', 'One to two years'),
        option('longer', 'Langer dan twee jaar', 'More than two years'),
      ],
      tags: { fact: 'resource_commitment' },
    },
    {
      id: 'facts.accountability',
      format: 'multi_select',
      required: false,
      text: t(
        'Aan wie legt uw organisatie verantwoording af over deze samenwerking?',
        'To whom does your organisation account for this partnership?',
      ),
      options: [
        option('leadership', 'De eigen leiding of directie', 'Its own management'),
        option('board', 'Bestuur, raad of raad van toezicht', 'A board, council or supervisory board'),
        option('funders', 'Financiers of opdrachtgevers', 'Funders or clients'),
        option('public', 'Het publiek, bijvoorbeeld in een jaarverslag', 'The public, for example in an annual report'),
      ],
      tags: { fact: 'accountability' },
    },
  ],
};
