/** Version 1: tensions, how strongly each is felt, with its two sides named. */
import type { IntensityItem, Localized } from '../types';
import { t } from './text';

const tension = (name: string, text: Localized, left: Localized, right: Localized): IntensityItem => ({
  id: `tensions.${name}`,
  format: 'intensity',
  required: true,
  text,
  left,
  right,
});

export const tensionItems: readonly IntensityItem[] = [
  tension(
    'short_long',
    t('Korte termijn tegenover lange termijn', 'Short term versus long term'),
    t('Korte termijn: snel resultaat', 'Short term: quick results'),
    t('Lange termijn: blijvend resultaat', 'Long term: lasting results'),
  ),
  tension(
    'public_private',
    t('Publieke tegenover private manier van werken', 'Public versus private ways of working'),
    t('Publiek: wettelijke taken en publiek geld', 'Public: statutory tasks and public money'),
    t('Privaat: markt, klanten en ondernemen', 'Private: market, customers and enterprise'),
  ),
  tension(
    'political_administrative',
    t('Bestuur tegenover uitvoering', 'Governance versus day-to-day delivery'),
    t('Bestuurlijk: wat bestuurders of politici willen', 'Political: what boards or elected officials want'),
    t('Uitvoering: wat in de praktijk haalbaar is', 'Delivery: what is workable in practice'),
  ),
  tension(
    'control_trust',
    t('Controle tegenover vertrouwen', 'Control versus trust'),
    t('Controle: afspraken vastleggen en nagaan', 'Control: recording and checking agreements'),
    t('Vertrouwen: ruimte geven en op elkaar rekenen', 'Trust: giving room and relying on each other'),
  ),
  tension(
    'own_shared',
    t('Eigen tegenover gedeeld eigenaarschap', 'Own versus shared ownership'),
    t('Eigen: elke partner stuurt zijn eigen deel', 'Own: each partner steers its own part'),
    t('Gedeeld: de partners sturen samen op het geheel', 'Shared: the partners steer the whole together'),
  ),
];
