/** Version 1: values, the importance of twelve values, tagged for the public-value quadrants and people/planet/profit. */
import type { ImportanceItem, Localized } from '../types';
import { t } from './text';

const value = (name: string, text: Localized, tags: ImportanceItem['tags']): ImportanceItem => ({
  id: `values.${name}`,
  format: 'importance',
  required: true,
  text,
  tags,
});

export const valueItems: readonly ImportanceItem[] = [
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
