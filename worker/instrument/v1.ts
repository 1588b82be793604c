import type { Instrument, Localized, Option } from './types';

const t = (nl: string, en: string): Localized => ({ nl, en });
const option = (id: string, nl: string, en: string): Option => ({ id, label: t(nl, en) });

/** The resources a partner can bring or hope to get (one list for both questions). */
const resources: readonly Option[] = [
  option('funding', 'Geld', 'Funding'),
  option('expertise', 'Kennis en expertise', 'Knowledge and expertise'),
];

/**
 * Version 1 of the Samenwaarde instrument. Never edit a published version's meaning: add a
 * version instead, because running surveys keep the version they opened with.
 */
export const instrumentV1: Instrument = {
  version: 1,
  sections: [
    {
      id: 'drives',
      title: t('Drijfveren', 'Drives'),
      intro: t(
        'Wat drijft uw organisatie echt? Verdeel 100 punten over deze drijfveren.',
        'What really drives your organisation? Spread 100 points over these drives.',
      ),
      minutes: 2,
      items: [
        {
          id: 'drives.allocation',
          format: 'allocation',
          total: 100,
          required: true,
          text: t('Verdeel 100 punten', 'Spread 100 points'),
          options: [
            option('continuity', 'Voortbestaan van de organisatie', 'Continuity of the organisation'),
            option('public_goods', 'Publieke doelen voor iedereen', 'Public goods for everyone'),
          ],
        },
      ],
    },
    {
      id: 'culture',
      title: t('Werkwijze', 'Ways of working'),
      intro: t('Waar staat uw organisatie tussen deze twee kanten?', 'Where does your organisation stand between these two sides?'),
      minutes: 2,
      items: [
        {
          id: 'culture.control_trust',
          format: 'bipolar',
          required: true,
          perceived: true,
          text: t('Sturen', 'Steering'),
          left: t('Regels en controle', 'Rules and control'),
          right: t('Vertrouwen en ruimte', 'Trust and room'),
        },
      ],
    },
    {
      id: 'values',
      title: t('Waarden', 'Values'),
      intro: t('Hoe belangrijk is dit voor uw organisatie?', 'How important is this to your organisation?'),
      minutes: 2,
      items: [
        {
          id: 'values.fairness',
          format: 'importance',
          required: true,
          text: t('Eerlijke en gelijke behandeling', 'Fair and equal treatment'),
          tags: { scope: 'collective', nature: 'immaterial', pillar: 'people' },
        },
      ],
    },
    {
      id: 'readiness',
      title: t('Klaar om samen te werken', 'Ready to collaborate'),
      intro: t('In hoeverre bent u het eens met deze zinnen?', 'How far do you agree with these statements?'),
      minutes: 3,
      items: [
        {
          id: 'readiness.urgency_1',
          format: 'agreement',
          required: true,
          text: t('Wij voelen dat dit probleem nu aangepakt moet worden.', 'We feel this problem has to be tackled now.'),
          tags: { factor: 'urgency' },
        },
      ],
    },
    {
      id: 'value_case',
      title: t('Halen en brengen', 'Get and bring'),
      intro: t('Wat brengt uw organisatie in, en wat hoopt zij te krijgen?', 'What does your organisation bring, and what does it hope to get?'),
      minutes: 1,
      items: [
        { id: 'value_case.bring', format: 'multi_select', required: true, text: t('Wat brengen wij in?', 'What do we bring?'), options: resources, tags: { valueCase: 'bring' } },
        { id: 'value_case.get', format: 'multi_select', required: true, text: t('Wat hopen wij te krijgen?', 'What do we hope to get?'), options: resources, tags: { valueCase: 'get' } },
      ],
    },
    {
      id: 'triangle',
      title: t('Waarde, kunnen en draagvlak', 'Value, capacity and support'),
      intro: t('Hoe kijkt u naar de samenwerking als geheel?', 'How do you see the partnership as a whole?'),
      minutes: 1,
      items: [
        { id: 'triangle.value_1', format: 'agreement', required: true, text: t('De samenwerking pakt het goede probleem aan.', 'The partnership tackles the right problem.'), tags: { side: 'value' } },
      ],
    },
    {
      id: 'tensions',
      title: t('Spanningen', 'Tensions'),
      intro: t('Hoe sterk voelt u deze spanning in de samenwerking?', 'How strongly do you feel this tension in the partnership?'),
      minutes: 1,
      items: [
        { id: 'tensions.short_long', format: 'intensity', required: true, text: t('Korte termijn tegenover lange termijn', 'Short term versus long term'), left: t('Korte termijn', 'Short term'), right: t('Lange termijn', 'Long term') },
      ],
    },
    {
      id: 'perceptions',
      title: t('Hoe ziet u de anderen?', 'How do you see the others?'),
      intro: t('Geef uw beeld van elke andere partner.', 'Give your picture of each other partner.'),
      minutes: 2,
      items: [
        { id: 'perceptions.control_trust', format: 'perception', mirrors: 'culture.control_trust', required: false, text: t('Sturen', 'Steering'), left: t('Regels en controle', 'Rules and control'), right: t('Vertrouwen en ruimte', 'Trust and room') },
      ],
    },
    {
      id: 'open',
      title: t('In uw eigen woorden', 'In your own words'),
      intro: t('Twee open vragen. U mag ze overslaan.', 'Two open questions. You may skip them.'),
      minutes: 2,
      items: [
        { id: 'open.success', format: 'text', required: false, maxLength: 2000, text: t('Wat maakt deze samenwerking voor ons een succes?', 'What would make this partnership a success for us?') },
      ],
    },
    {
      id: 'about',
      title: t('Over u', 'About you'),
      intro: t('Twee korte vragen, alleen voor grove uitsplitsingen.', 'Two short questions, only for coarse breakdowns.'),
      minutes: 1,
      items: [
        {
          id: 'about.role',
          format: 'single_choice',
          required: false,
          text: t('Wat is uw rol?', 'What is your role?'),
          options: [option('executive', 'Bestuur of directie', 'Executive'), option('manager', 'Leidinggevende', 'Manager'), option('professional', 'Professional', 'Professional'), option('support', 'Ondersteuning', 'Support')],
          tags: { breakdown: 'role' },
        },
      ],
    },
  ],
};
