/**
 * Version 1: readiness, two statements per factor. Factor ideas from the five conditions of
 * public-private collaboration, the three pillars of change and (as inspiration only) the Wilder factors.
 */
import type { AgreementItem, Localized, ReadinessFactor } from '../types';
import { t } from './text';

/** A readiness statement: `readiness.<factor>_<n>`, agreement with "don't know", tagged with its factor. */
export const readiness = (factor: ReadinessFactor, n: number, text: Localized): AgreementItem => ({
  id: `readiness.${factor}_${n}`,
  format: 'agreement',
  required: true,
  text,
  tags: { factor },
});

export const readinessItems: readonly AgreementItem[] = [
  readiness('function_clarity', 1, t('Wij weten waarvoor deze samenwerking bedoeld is.', 'We know what this partnership is meant to do.')),
  readiness(
    'function_clarity',
    2,
    t(
      'Het is duidelijk welke rol onze organisatie in de samenwerking heeft.',
      'It is clear what role our organisation has in the partnership.',
    ),
  ),
  readiness(
    'resource_commitment',
    1,
    t(
      'Onze organisatie zet echt mensen, tijd of geld in voor deze samenwerking.',
      'Our organisation really puts people, time or money into this partnership.',
    ),
  ),
  readiness(
    'resource_commitment',
    2,
    t(
      'Als de samenwerking meer nodig heeft, wil onze organisatie extra bijdragen.',
      'If the partnership needs more, our organisation is willing to contribute extra.',
    ),
  ),
  readiness(
    'organisational_learning',
    1,
    t(
      'Wat onze mensen leren in samenwerkingen, delen wij in de hele organisatie.',
      'What our people learn in partnerships, we share across the whole organisation.',
    ),
  ),
  readiness(
    'organisational_learning',
    2,
    t('Partners weten wat ze aan ons hebben: wij doen wat we afspreken.', 'Partners know where they stand with us: we do what we agree.'),
  ),
  readiness(
    'collaborating_professionals',
    1,
    t(
      'Wie namens ons aan tafel zit, mag ook afspraken maken voor onze organisatie.',
      'Whoever sits at the table for us may also make commitments for our organisation.',
    ),
  ),
  readiness(
    'collaborating_professionals',
    2,
    t(
      'Onze mensen in de samenwerking kunnen goed omgaan met de verschillende belangen van de partners.',
      'Our people in the partnership handle the different interests of the partners well.',
    ),
  ),
  readiness(
    'accountability',
    1,
    t(
      'Wij houden bij wat wij in de samenwerking stoppen en wat het ons oplevert.',
      'We keep track of what we put into the partnership and what it gives us.',
    ),
  ),
  readiness(
    'accountability',
    2,
    t(
      'Wat wij in de samenwerking bereiken, telt mee in onze eigen plannen en verslagen.',
      'What we achieve in the partnership counts in our own plans and reports.',
    ),
  ),
  readiness(
    'urgency',
    1,
    t(
      'In onze organisatie voelen wij dat dit probleem nu aangepakt moet worden.',
      'In our organisation we feel that this problem must be tackled now.',
    ),
  ),
  readiness('urgency', 2, t('Als er niets gebeurt, wordt het probleem groter.', 'If nothing happens, the problem will grow.')),
  readiness(
    'shared_horizon',
    1,
    t(
      'Het doel voor over vijf jaar is zo concreet dat we kunnen zien of we het halen.',
      'The goal for five years from now is concrete enough to see whether we reach it.',
    ),
  ),
  readiness(
    'shared_horizon',
    2,
    t('De partners werken naar hetzelfde doel op de horizon.', 'The partners are working towards the same goal on the horizon.'),
  ),
  readiness(
    'energy_community',
    1,
    t('Er is in onze organisatie veel energie om hieraan mee te werken.', 'There is a lot of energy in our organisation to work on this.'),
  ),
  readiness(
    'energy_community',
    2,
    t(
      'De aanpak voelt als een beweging waar mensen graag bij willen horen.',
      'The effort feels like a movement that people want to be part of.',
    ),
  ),
  readiness(
    'trust_in_partners',
    1,
    t('Wij rekenen erop dat de andere partners hun afspraken nakomen.', 'We count on the other partners to keep their agreements.'),
  ),
  readiness(
    'trust_in_partners',
    2,
    t(
      'Wij kunnen met de andere partners open praten over problemen en twijfels.',
      'We can talk openly with the other partners about problems and doubts.',
    ),
  ),
  readiness(
    'shared_ownership',
    1,
    t(
      'Wij zien het resultaat als iets van alle partners samen, niet van één partij.',
      'We see the result as belonging to all partners together, not to one party.',
    ),
  ),
  readiness(
    'shared_ownership',
    2,
    t(
      'Onze organisatie wil een deel van de regie aan de samenwerking overlaten.',
      'Our organisation is willing to leave part of the control to the partnership.',
    ),
  ),
];
