/**
 * Pictures of each other in words, against a model built from answers: the side the others place a
 * partner on, both means, and only gaps that pass the conflict rule listed as notable.
 */
import { describe, expect, it } from 'vitest';
import { notablePerceptions, perceptionSentence } from './perceptions';
import { columns, same, viewOf } from './test-support';

// Gemeente (p0) sees itself at 2 on control ↔ trust; Zorggroep and ROC see it at 6. Gemeente sees
// the others at 4, 4, 5, 4 while they see themselves at 4: no notable gap there.
const partners = [
  {
    name: 'Gemeente',
    answers: columns(4, {
      'culture.control_trust': same(4, 2),
      'perceptions.control_trust': [
        { p1: 4, p2: 4 },
        { p1: 4, p2: 4 },
        { p1: 5, p2: 5 },
        { p1: 4, p2: 4 },
      ],
    }),
  },
  { name: 'Zorggroep', answers: columns(4, { 'culture.control_trust': same(4, 4), 'perceptions.control_trust': same(4, { p0: 6 }) }) },
  { name: 'ROC', answers: columns(4, { 'culture.control_trust': same(4, 4), 'perceptions.control_trust': same(4, { p0: 6 }) }) },
];

describe('pictures of each other in words', () => {
  it('says which pole the others see a partner closer to, with both means', () => {
    const view = viewOf(partners, 'nl');
    const item = view.report.perceptions!.items.find((i) => i.mirrors === 'culture.control_trust')!;
    const gemeente = item.targets.find((t) => t.partnerId === 'p0')!;
    expect(gemeente).toMatchObject({ gap: 4, notable: true });
    expect(perceptionSentence(view, item, gemeente)).toBe(
      'De andere partners zien Gemeente dichter bij “Met vertrouwen en ruimte voor medewerkers” (6,0) dan Gemeente zichzelf ziet (2,0).',
    );
    expect(notablePerceptions(viewOf(partners, 'en')).map((p) => p.sentence)).toEqual([
      'The other partners see Gemeente closer to “Through trust and room for staff” (6.0) than Gemeente sees itself (2.0).',
    ]);
  });
});
