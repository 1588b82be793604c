/**
 * Version 2: ways of working, eleven bipolar scales. Kept from version 1 where the meaning stays
 * (same id); new ids where it changed (docs/instrument.md, "From version 1 to 2"): a planning
 * horizon with poles that are opposites, the speed of decisions apart from who takes part in them,
 * and competition against coordination instead of a scale with an obviously desirable side. No pole
 * speaks as "wij": the section is about "uw organisatie" throughout.
 */
import type { BipolarItem, Localized, PerceptionItem } from '../types';
import { bipolar, perceptionsOf, cultureItems as v1, perceptionTexts as v1PerceptionTexts } from '../v1/culture';
import { t } from '../v1/text';

const kept = (id: string): BipolarItem => {
  const item = v1.find((i) => i.id === id);
  if (!item) throw new Error(`version 1 has no culture item ${id}`);
  return item;
};

/**
 * A scale asked as a perception in version 1 but not in version 2: four perceptions instead of five
 * keep all sections within 15 minutes (docs/instrument.md, "Completion time").
 */
function notPerceived({ perceived: _, ...item }: BipolarItem): BipolarItem {
  return item;
}

export const cultureItems: readonly BipolarItem[] = [
  kept('culture.control_trust'),
  kept('culture.top_down_bottom_up'),
  bipolar(
    'culture.planning_horizon',
    t('Welke termijn weegt het zwaarst in de plannen van uw organisatie?', 'Which period weighs most in your organisation’s plans?'),
    t('Korte termijn: vooral het komende jaar', 'Short term: mainly the coming year'),
    t('Lange termijn: vooral de komende drie tot vijf jaar', 'Long term: mainly the next three to five years'),
    true,
  ),
  notPerceived(kept('culture.risk_experiment')),
  kept('culture.costs_benefits'),
  bipolar(
    'culture.own_societal',
    t(
      'Waar begint uw organisatie als zij met anderen een probleem aanpakt?',
      'Where does your organisation start when it tackles a problem with others?',
    ),
    t('Bij de eigen opdracht: wat de organisatie zelf moet waarmaken', 'With its own remit: what the organisation itself has to deliver'),
    t(
      'Bij het gezamenlijke probleem: wat de partners samen willen oplossen',
      'With the shared problem: what the partners want to solve together',
    ),
    true,
  ),
  bipolar(
    'culture.decision_pace',
    t('Hoe snel neemt uw organisatie besluiten?', 'How quickly does your organisation make decisions?'),
    t('Snel: besluiten en onderweg bijsturen', 'Quickly: decide, then adjust along the way'),
    t('Grondig: eerst alles uitzoeken, dan besluiten', 'Thoroughly: look into everything first, then decide'),
    true,
  ),
  bipolar(
    'culture.decision_participation',
    t('Wie praten er mee als uw organisatie een besluit neemt?', 'Who has a say when your organisation makes a decision?'),
    t('Een paar mensen: wie verantwoordelijk is, beslist', 'A few people: whoever is responsible decides'),
    t(
      'Veel mensen: iedereen die het raakt, praat mee tot er instemming is',
      'Many people: everyone affected talks it through until all agree',
    ),
  ),
  kept('culture.formal_pragmatic'),
  bipolar(
    'culture.own_shared_ownership',
    t('Hoe kijkt uw organisatie naar een project met partners?', 'How does your organisation see a project with partners?'),
    t('Eigen regie: de organisatie stuurt haar eigen deel', 'Own control: the organisation steers its own part'),
    t('Gedeelde regie: de partners sturen samen op het geheel', 'Shared control: the partners steer the whole together'),
  ),
  bipolar(
    'culture.competition_coordination',
    t(
      'Hoe verdeelt uw organisatie het werk met organisaties die hetzelfde doen?',
      'How does your organisation share out work with organisations that do the same?',
    ),
    t(
      'Concurrentie: wie het beste aanbod heeft, krijgt de opdracht of de klant',
      'Competition: the best offer wins the contract or the client',
    ),
    t('Afstemming: de organisaties verdelen het werk onderling', 'Coordination: the organisations divide the work among themselves'),
  ),
];

const perceptionTexts: Readonly<Record<string, Localized>> = {
  ...v1PerceptionTexts,
  'culture.planning_horizon': t(
    'Welke termijn weegt het zwaarst in de plannen van deze partner?',
    'Which period weighs most in this partner’s plans?',
  ),
  'culture.decision_pace': t('Hoe snel neemt deze partner besluiten?', 'How quickly does this partner make decisions?'),
};

export const perceptionItems: readonly PerceptionItem[] = perceptionsOf(cultureItems, perceptionTexts);
