/**
 * Version 2: the partnership as a whole. First which of the four functions the respondent sees it
 * having (or "don't know"): the evidence on function clarity, read against the function the
 * organiser stated. Then Moore's triangle: version 1's items, with the one "we" (legitimacy_2)
 * written about the partnership like the others.
 */
import type { AgreementItem, CollaborationFunction, Localized, SingleChoiceItem } from '../types';
import { collaborationFunctions } from '../types';
import { t } from '../v1/text';
import { triangleItems as v1 } from '../v1/triangle';

const functionLabels: Readonly<Record<CollaborationFunction, Localized>> = {
  strategic_alignment: t('Strategisch afstemmen: samen koers en beleid bepalen', 'Strategic alignment: setting course and policy together'),
  operational_alignment: t(
    'Uitvoering afstemmen: het dagelijkse werk op elkaar laten aansluiten',
    'Operational alignment: fitting the day-to-day work together',
  ),
  joint_development: t(
    'Samen ontwikkelen: iets nieuws bedenken en uitproberen',
    'Joint development: designing and trying out something new',
  ),
  procurement: t(
    'Inkoop: een partner levert iets in opdracht van een andere partner',
    'Procurement: one partner delivers something commissioned by another',
  ),
};

/** Which of the four functions the respondent sees (or "don't know"): the evidence on function clarity. */
export const functionItem: SingleChoiceItem = {
  id: 'triangle.function',
  format: 'single_choice',
  required: true,
  dontKnow: true,
  text: t('Waarvoor is deze samenwerking vooral bedoeld?', 'What is this partnership mainly for?'),
  options: collaborationFunctions.map((id) => ({ id, label: functionLabels[id] })),
  tags: { asks: 'function' },
};

export const triangleItems: readonly (SingleChoiceItem | AgreementItem)[] = [
  functionItem,
  ...v1.map((item) =>
    item.id === 'triangle.legitimacy_2'
      ? {
          ...item,
          text: t(
            'De mensen voor wie de samenwerking er is, vinden de manier van samenwerken goed.',
            'The people the partnership is for approve of the way it works.',
          ),
        }
      : item,
  ),
];
