/**
 * Version 2: values as a choice of the three most important out of thirteen. Rated one by one
 * (version 1) nearly every value came out important; a choice of three forces the trade-off that
 * tells partners apart, as the 100 points do for drives. Fair treatment is split into equal
 * treatment and tailored help, which pull against each other in practice. The other values keep
 * version 1's words and lenses.
 */
import type { MultiSelectItem, Option } from '../types';
import { t } from '../v1/text';
import { valueItems as v1 } from '../v1/values';

/** A version 1 value as an option: its name without `values.`, its words and its lenses. */
const kept = (name: string): Option => {
  const item = v1.find((i) => i.id === `values.${name}`);
  if (!item) throw new Error(`version 1 has no value ${name}`);
  return { id: name, label: item.text, tags: item.tags };
};

/** The values a respondent chooses from, each with its public-value lenses. */
export const valueOptions: readonly Option[] = [
  kept('efficiency'),
  kept('effectiveness'),
  kept('service_quality'),
  {
    id: 'equal_treatment',
    label: t(
      'Gelijke behandeling: iedereen krijgt hetzelfde, volgens dezelfde regels',
      'Equal treatment: everyone gets the same, by the same rules',
    ),
    tags: { scope: 'collective', nature: 'immaterial', pillar: 'people' },
  },
  {
    id: 'tailored_help',
    label: t('Maatwerk: iedereen krijgt de hulp die hij of zij nodig heeft', 'Tailored help: everyone gets the help they need'),
    tags: { scope: 'individual', nature: 'immaterial', pillar: 'people' },
  },
  kept('equal_access'),
  kept('transparency'),
  kept('lawfulness'),
  kept('innovation'),
  kept('sustainability'),
  kept('financial_return'),
  kept('employee_development'),
  kept('inclusion'),
];

/** How many values a respondent chooses. */
export const VALUES_CHOSEN = 3;

export const valueItems: readonly MultiSelectItem[] = [
  {
    id: 'values.most_important',
    format: 'multi_select',
    required: true,
    choose: VALUES_CHOSEN,
    text: t(
      'Welke drie waarden wegen voor uw organisatie het zwaarst in het dagelijkse werk? Kies er precies drie.',
      'Which three values weigh most for your organisation in its daily work? Choose exactly three.',
    ),
    options: valueOptions,
    tags: { values: 'most_important' },
  },
];
