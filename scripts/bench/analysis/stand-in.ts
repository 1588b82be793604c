/**
 * The analysis benchmark's stand-in instrument: the formats and tags of the versions as built, in other numbers.
 */
import type { Instrument, Item, SectionId } from '../../../core/instrument/types';
import { readinessFactors } from '../../../core/instrument/types';

/**
 * A made-up instrument of 70 items, shaped unlike the versions as built (every culture scale is also
 * asked as a perception): 8 drives, 10 culture scales, 12 values, 20 readiness statements, 12 resources,
 * 6 triangle items, 5 tensions, 10 perceptions, 2 open questions, role and involvement. For timing
 * only: it shows what the report costs for an instrument of another shape.
 */
export function standInInstrument(): Instrument {
  const t = (s: string) => ({ nl: s, en: s });
  const options = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i + 1}`, label: t(prefix) }));
  const many = (count: number, make: (i: number) => Item) => Array.from({ length: count }, (_, i) => make(i + 1));
  const resources = options('resource', 12);
  const section = (id: SectionId, items: Item[]) => ({ id, title: t(id), intro: t(id), minutes: 1, items });
  return {
    version: 0,
    sections: [
      section('drives', [
        { id: 'drives.allocation', format: 'allocation', total: 100, required: true, text: t('d'), options: options('drive', 8) },
      ]),
      section(
        'culture',
        many(10, (i) => ({
          id: `culture.scale_${i}`,
          format: 'bipolar',
          required: true,
          perceived: true,
          text: t('c'),
          left: t('l'),
          right: t('r'),
        })),
      ),
      section(
        'values',
        many(12, (i) => ({
          id: `values.value_${i}`,
          format: 'importance',
          required: true,
          text: t('v'),
          tags: { scope: 'collective', nature: 'immaterial', pillar: 'people' },
        })),
      ),
      section(
        'readiness',
        many(20, (i) => ({
          id: `readiness.statement_${i}`,
          format: 'agreement',
          required: true,
          text: t('r'),
          tags: { factor: readinessFactors[(i - 1) >> 1]! },
        })),
      ),
      section('value_case', [
        { id: 'value_case.bring', format: 'multi_select', required: true, text: t('b'), options: resources, tags: { valueCase: 'bring' } },
        { id: 'value_case.get', format: 'multi_select', required: true, text: t('g'), options: resources, tags: { valueCase: 'get' } },
      ]),
      section(
        'triangle',
        many(6, (i) => ({
          id: `triangle.item_${i}`,
          format: 'agreement',
          required: true,
          text: t('t'),
          tags: { side: (['value', 'capacity', 'legitimacy'] as const)[(i - 1) % 3]! },
        })),
      ),
      section(
        'tensions',
        many(5, (i) => ({ id: `tensions.tension_${i}`, format: 'intensity', required: true, text: t('t'), left: t('l'), right: t('r') })),
      ),
      section(
        'perceptions',
        many(10, (i) => ({
          id: `perceptions.scale_${i}`,
          format: 'perception',
          mirrors: `culture.scale_${i}`,
          required: false,
          text: t('p'),
          left: t('l'),
          right: t('r'),
        })),
      ),
      section(
        'open',
        many(2, (i) => ({ id: `open.question_${i}`, format: 'text', required: false, maxLength: 2000, text: t('o') })),
      ),
      section('about', [
        {
          id: 'about.role',
          format: 'single_choice',
          required: false,
          text: t('r'),
          options: options('role', 4),
          tags: { breakdown: 'role' },
        },
        {
          id: 'about.involvement',
          format: 'single_choice',
          required: false,
          text: t('i'),
          options: options('involvement', 2),
          tags: { breakdown: 'involvement' },
        },
      ]),
    ],
  };
}
