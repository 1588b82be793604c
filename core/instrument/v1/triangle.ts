/** Version 1: Moore's strategic triangle, about the partnership as a whole. */
import type { AgreementItem, Localized, TriangleSide } from '../types';
import { t } from './text';

const triangle = (side: TriangleSide, n: 1 | 2, text: Localized): AgreementItem => ({
  id: `triangle.${side}_${n}`,
  format: 'agreement',
  required: true,
  text,
  tags: { side },
});

export const triangleItems: readonly AgreementItem[] = [
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
