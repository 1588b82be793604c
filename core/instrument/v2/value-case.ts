/**
 * Version 2: the value case. What a partner brings and hopes to get (version 1's two questions,
 * unchanged), and what Creating Shared Value adds to it: does the partnership serve the
 * organisation's own goals, does the organisation serve the other partners' goals, and does it
 * mainly invest or mainly receive (the benefits of one partner's investment often land at another).
 */
import type { AgreementItem, BipolarItem, MultiSelectItem } from '../types';
import { instrumentV1 } from '../v1';
import { t } from '../v1/text';

const bringAndGet = instrumentV1.sections.find((s) => s.id === 'value_case')!.items as readonly MultiSelectItem[];

export const valueCaseItems: readonly (MultiSelectItem | AgreementItem | BipolarItem)[] = [
  ...bringAndGet,
  {
    id: 'value_case.own_goals',
    format: 'agreement',
    required: true,
    text: t(
      'Deze samenwerking helpt onze organisatie om haar eigen doelen te halen.',
      'This partnership helps our organisation reach its own goals.',
    ),
    tags: { contribution: 'own_goals' },
  },
  {
    id: 'value_case.partner_goals',
    format: 'agreement',
    required: true,
    text: t(
      'Onze organisatie helpt de andere partners om hun eigen doelen te halen.',
      'Our organisation helps the other partners reach their own goals.',
    ),
    tags: { contribution: 'partner_goals' },
  },
  {
    id: 'value_case.invest_return',
    format: 'bipolar',
    required: true,
    dontKnow: true,
    text: t(
      'Wat zet uw organisatie in deze samenwerking in, tegenover wat zij eruit haalt?',
      'What does your organisation put into this partnership, against what it gets out of it?',
    ),
    left: t('Vooral investeren: zij stopt er meer in dan zij terugkrijgt', 'Mainly investing: it puts in more than it gets back'),
    right: t('Vooral ontvangen: zij krijgt meer terug dan zij erin stopt', 'Mainly receiving: it gets back more than it puts in'),
  },
];
