/**
 * Version 2: readiness, three statements per factor, each about its own factor, all spoken as "onze
 * organisatie" (never "wij" or "ik"). A statement keeps its version 1 id when its meaning is the
 * same (only the referent was made consistent); a statement with a new meaning has a new number,
 * so no id ever means two things. Version 1's `organisational_learning_2` (keeping promises) and
 * `urgency_2` (a belief about the problem) measured something else and are gone.
 */
import type { AgreementItem } from '../types';
import { readiness as statement } from '../v1/readiness';
import { t } from '../v1/text';

export const readinessItems: readonly AgreementItem[] = [
  statement(
    'function_clarity',
    1,
    t('Onze organisatie weet waarvoor deze samenwerking bedoeld is.', 'Our organisation knows what this partnership is meant to do.'),
  ),
  statement(
    'function_clarity',
    2,
    t(
      'Het is duidelijk welke rol onze organisatie in de samenwerking heeft.',
      'It is clear what role our organisation has in the partnership.',
    ),
  ),
  statement(
    'function_clarity',
    3,
    t(
      'Onze organisatie weet welke taken wel en niet bij de samenwerking horen.',
      'Our organisation knows which tasks do and do not belong to the partnership.',
    ),
  ),
  statement(
    'resource_commitment',
    1,
    t(
      'Onze organisatie zet echt mensen, tijd of geld in voor deze samenwerking.',
      'Our organisation really puts people, time or money into this partnership.',
    ),
  ),
  statement(
    'resource_commitment',
    2,
    t(
      'Als de samenwerking meer nodig heeft, wil onze organisatie extra bijdragen.',
      'If the partnership needs more, our organisation is willing to contribute extra.',
    ),
  ),
  statement(
    'resource_commitment',
    3,
    t(
      'Wat onze organisatie inzet, is voor langer dan een jaar toegezegd.',
      'What our organisation puts in is promised for more than a year.',
    ),
  ),
  statement(
    'organisational_learning',
    1,
    t(
      'Wat onze organisatie in samenwerkingen leert, wordt in de hele organisatie gedeeld.',
      'What our organisation learns in partnerships is shared across the whole organisation.',
    ),
  ),
  statement(
    'organisational_learning',
    3,
    t(
      'Onze organisatie past haar werkwijze aan op wat zij in samenwerkingen leert.',
      'Our organisation adapts its way of working to what it learns in partnerships.',
    ),
  ),
  statement(
    'organisational_learning',
    4,
    t(
      'Onze organisatie kijkt na een samenwerking terug op wat beter kan.',
      'After a partnership, our organisation looks back at what could be done better.',
    ),
  ),
  statement(
    'collaborating_professionals',
    1,
    t(
      'Wie namens onze organisatie aan tafel zit, mag ook afspraken maken voor de organisatie.',
      'Whoever sits at the table for our organisation may also make commitments for it.',
    ),
  ),
  statement(
    'collaborating_professionals',
    2,
    t(
      'De mensen van onze organisatie in de samenwerking kunnen goed omgaan met de verschillende belangen.',
      'Our organisation’s people in the partnership handle the different interests well.',
    ),
  ),
  statement(
    'collaborating_professionals',
    3,
    t(
      'De mensen van onze organisatie in de samenwerking kennen het onderwerp goed.',
      'Our organisation’s people in the partnership know the subject well.',
    ),
  ),
  statement(
    'accountability',
    1,
    t(
      'Onze organisatie houdt bij wat zij in de samenwerking stopt en wat het haar oplevert.',
      'Our organisation keeps track of what it puts into the partnership and what it gets out of it.',
    ),
  ),
  statement(
    'accountability',
    2,
    t(
      'Wat de samenwerking bereikt, telt mee in de plannen en verslagen van onze organisatie.',
      'What the partnership achieves counts in our organisation’s plans and reports.',
    ),
  ),
  statement(
    'accountability',
    3,
    t(
      'Onze organisatie kan uitleggen wat de samenwerking bijdraagt aan haar eigen doelen.',
      'Our organisation can explain what the partnership adds to its own goals.',
    ),
  ),
  statement(
    'urgency',
    1,
    t(
      'In onze organisatie voelen mensen dat dit probleem nu aangepakt moet worden.',
      'In our organisation, people feel that this problem must be tackled now.',
    ),
  ),
  statement(
    'urgency',
    3,
    t(
      'Onze organisatie geeft deze opgave nu voorrang boven ander werk.',
      'Our organisation now gives this challenge priority over other work.',
    ),
  ),
  statement(
    'urgency',
    4,
    t(
      'De leiding van onze organisatie zegt duidelijk dat deze opgave niet kan wachten.',
      'Our organisation’s leadership says clearly that this challenge cannot wait.',
    ),
  ),
  statement(
    'shared_horizon',
    1,
    t(
      'Het doel voor over vijf jaar is zo concreet dat te zien is of het gehaald wordt.',
      'The goal for five years from now is concrete enough to see whether it is reached.',
    ),
  ),
  statement(
    'shared_horizon',
    2,
    t('De partners werken naar hetzelfde doel op de horizon.', 'The partners are working towards the same goal on the horizon.'),
  ),
  statement(
    'shared_horizon',
    3,
    t(
      'Onze organisatie kan het doel voor over vijf jaar in eigen woorden uitleggen.',
      'Our organisation can explain the goal for five years from now in its own words.',
    ),
  ),
  statement(
    'energy_community',
    1,
    t('Er is in onze organisatie veel energie om hieraan mee te werken.', 'There is a lot of energy in our organisation to work on this.'),
  ),
  statement(
    'energy_community',
    2,
    t(
      'De aanpak voelt als een beweging waar mensen graag bij willen horen.',
      'The effort feels like a movement that people want to be part of.',
    ),
  ),
  statement(
    'energy_community',
    3,
    t(
      'Mensen in onze organisatie melden zich uit zichzelf om mee te doen.',
      'People in our organisation come forward on their own to take part.',
    ),
  ),
  statement(
    'trust_in_partners',
    1,
    t(
      'Onze organisatie rekent erop dat de andere partners hun afspraken nakomen.',
      'Our organisation counts on the other partners to keep their agreements.',
    ),
  ),
  statement(
    'trust_in_partners',
    2,
    t(
      'Onze organisatie kan met de andere partners open praten over problemen en twijfels.',
      'Our organisation can talk openly with the other partners about problems and doubts.',
    ),
  ),
  statement(
    'trust_in_partners',
    3,
    t(
      'Onze organisatie gaat ervan uit dat de andere partners ook rekening houden met haar belangen.',
      'Our organisation trusts the other partners to take its interests into account too.',
    ),
  ),
  statement(
    'shared_ownership',
    1,
    t(
      'Onze organisatie ziet het resultaat als iets van alle partners samen, niet van één partij.',
      'Our organisation sees the result as belonging to all partners together, not to one party.',
    ),
  ),
  statement(
    'shared_ownership',
    2,
    t(
      'Onze organisatie wil een deel van de regie aan de samenwerking overlaten.',
      'Our organisation is willing to leave part of the control to the partnership.',
    ),
  ),
  statement(
    'shared_ownership',
    3,
    t(
      'Bij een succes noemt onze organisatie ook de andere partners.',
      'When something succeeds, our organisation credits the other partners too.',
    ),
  ),
];
