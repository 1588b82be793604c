/**
 * Version 2: tensions, how strongly each is felt, now with "don't know" (staff far from the
 * partnership often cannot judge). The political–administrative tension is asked as what it is:
 * what elected officials and the public want now against what plans, rules and expertise allow.
 * The other four keep their version 1 ids and words.
 */
import type { IntensityItem } from '../types';
import { tensionItems as v1 } from '../v1/tensions';
import { t } from '../v1/text';

const withDontKnow = (item: IntensityItem): IntensityItem => ({ ...item, dontKnow: true });
const kept = (name: string) => withDontKnow(v1.find((i) => i.id === `tensions.${name}`)!);

export const tensionItems: readonly IntensityItem[] = [
  kept('short_long'),
  kept('public_private'),
  withDontKnow({
    id: 'tensions.politics_administration',
    format: 'intensity',
    required: true,
    text: t('Politiek tegenover ambtelijk', 'Political versus administrative'),
    left: t(
      'Politiek: wat bestuurders, raad en publiek nu willen zien',
      'Political: what elected officials, councils and the public want to see now',
    ),
    right: t('Ambtelijk: wat volgens plan, regels en vakkennis kan', 'Administrative: what plans, rules and expertise allow'),
  }),
  kept('control_trust'),
  kept('own_shared'),
];
