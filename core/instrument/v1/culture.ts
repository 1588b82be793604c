/**
 * Version 1: culture, ten bipolar scales; the `perceived` ones are asked again about each other
 * partner (the perceptions section, built here from the same poles).
 */
import type { BipolarItem, Localized, PerceptionItem } from '../types';
import { t } from './text';

export const bipolar = (id: string, text: Localized, left: Localized, right: Localized, perceived = false): BipolarItem => ({
  id,
  format: 'bipolar',
  required: true,
  text,
  left,
  right,
  ...(perceived ? { perceived: true } : {}),
});

export const cultureItems: readonly BipolarItem[] = [
  bipolar(
    'culture.control_trust',
    t('Hoe stuurt uw organisatie het werk?', 'How does your organisation steer its work?'),
    t('Met duidelijke regels en controle', 'Through clear rules and checks'),
    t('Met vertrouwen en ruimte voor medewerkers', 'Through trust and room for staff'),
    true,
  ),
  bipolar(
    'culture.top_down_bottom_up',
    t('Waar komen plannen en besluiten vandaan?', 'Where do plans and decisions come from?'),
    t('Van boven: de leiding bepaalt de koers', 'From the top: leadership sets the course'),
    t('Van onderop: ideeën komen van medewerkers', 'From below: ideas come from staff'),
  ),
  bipolar(
    'culture.annual_multi_year',
    t('Hoe ver kijkt uw organisatie vooruit als zij plannen maakt?', 'How far ahead does your organisation look when it makes plans?'),
    t('Per jaar: plannen en budget voor het komende jaar', 'Year by year: plans and budget for the coming year'),
    t('Meerdere jaren: plannen voor drie tot vijf jaar', 'Several years: plans for three to five years'),
    true,
  ),
  bipolar(
    'culture.risk_experiment',
    t('Hoe gaat uw organisatie om met risico’s?', 'How does your organisation deal with risk?'),
    t('Zorgvuldig: risico’s zo klein mogelijk houden', 'Carefully: keep risks as small as possible'),
    t('Proberen: iets nieuws doen, ook als het kan mislukken', 'By trying: do something new, even if it may fail'),
    true,
  ),
  bipolar(
    'culture.costs_benefits',
    t('Waar kijkt uw organisatie eerst naar bij een nieuw plan?', 'What does your organisation look at first in a new plan?'),
    t('De kosten: wat het plan kost', 'The costs: what the plan will cost'),
    t('De baten: wat het plan oplevert', 'The benefits: what the plan will bring'),
  ),
  bipolar(
    'culture.own_societal',
    t(
      'Waar begint uw organisatie als zij met anderen een probleem aanpakt?',
      'Where does your organisation start when it tackles a problem with others?',
    ),
    t('Bij de eigen opdracht: wat wij zelf moeten waarmaken', 'With its own remit: what we ourselves have to deliver'),
    t('Bij het gezamenlijke probleem: wat we samen willen oplossen', 'With the shared problem: what we want to solve together'),
    true,
  ),
  bipolar(
    'culture.fast_consensus',
    t('Hoe neemt uw organisatie besluiten?', 'How does your organisation make decisions?'),
    t('Snel, door een paar mensen', 'Quickly, by a few people'),
    t('In overleg, tot iedereen kan instemmen', 'Through discussion, until everyone can agree'),
    true,
  ),
  bipolar(
    'culture.formal_pragmatic',
    t('Hoe werkt uw organisatie met procedures?', 'How does your organisation work with procedures?'),
    t('Formeel: vaste stappen, alles goed vastgelegd', 'Formally: set steps, everything properly recorded'),
    t('Praktisch: doen wat in de situatie werkt', 'Practically: do what works in the situation'),
  ),
  bipolar(
    'culture.own_shared_ownership',
    t('Hoe kijkt uw organisatie naar een project met partners?', 'How does your organisation see a project with partners?'),
    t('Eigen regie: wij sturen ons eigen deel', 'Own control: we steer our own part'),
    t('Gedeelde regie: we sturen samen op het geheel', 'Shared control: we steer the whole together'),
  ),
  bipolar(
    'culture.compete_cooperate',
    t(
      'Hoe gaat uw organisatie om met andere organisaties in haar veld?',
      'How does your organisation relate to other organisations in its field?',
    ),
    t('Concurreren: wij willen ons onderscheiden', 'Competing: we want to stand out'),
    t('Samenwerken: wij zoeken elkaar op', 'Cooperating: we seek each other out'),
  ),
];

/** The perception questions: the same poles, asked about another partner. */
export const perceptionTexts: Readonly<Record<string, Localized>> = {
  'culture.control_trust': t('Hoe stuurt deze partner zijn werk?', 'How does this partner steer its work?'),
  'culture.annual_multi_year': t(
    'Hoe ver kijkt deze partner vooruit als hij plannen maakt?',
    'How far ahead does this partner look when it makes plans?',
  ),
  'culture.risk_experiment': t('Hoe gaat deze partner om met risico’s?', 'How does this partner deal with risk?'),
  'culture.own_societal': t(
    'Waar begint deze partner als hij met anderen een probleem aanpakt?',
    'Where does this partner start when it tackles a problem with others?',
  ),
  'culture.fast_consensus': t('Hoe neemt deze partner besluiten?', 'How does this partner make decisions?'),
};

/**
 * The perceptions section of a version: one item per `perceived` culture scale, with the very same
 * poles and a question about "this partner" from `texts`.
 */
export function perceptionsOf(culture: readonly BipolarItem[], texts: Readonly<Record<string, Localized>>): PerceptionItem[] {
  return culture
    .filter((item) => item.perceived)
    .map((item) => {
      const text = texts[item.id];
      if (!text) throw new Error(`perceived culture item ${item.id} has no perception text`);
      return {
        id: item.id.replace(/^culture\./, 'perceptions.'),
        format: 'perception',
        mirrors: item.id,
        required: false,
        text,
        left: item.left,
        right: item.right,
      };
    });
}

export const perceptionItems: readonly PerceptionItem[] = perceptionsOf(cultureItems, perceptionTexts);
