/**
 * The ready texts an organiser sends to a partner's staff, in Dutch and English: the invitation and
 * the reminder, with the link and the confidentiality promise (k, or the small-partner agreement)
 * filled in. The organiser page shows them and writes them into mail-merge letters, where the name
 * and the link are merge fields («Naam», «Link»: the column names of the mail-merge file, which
 * Word fills in per row); the Worker writes the same letters into the messages it sends.
 */

import { fill } from './fill';
import type { Language } from './instrument/types';
import { inLanguage, type OrganiserText } from './organiser-text';
import { wordsFor } from './words';

/** The two letters: the first invitation, and the reminder to those who have not answered yet. */
export const letters = ['invitation', 'reminder'] as const;
export type Letter = (typeof letters)[number];

export interface InvitationFacts {
  /** The partnership's name and challenge as the organiser gave them (English ones may be missing). */
  readonly partnership: OrganiserText;
  readonly challenge: OrganiserText;
  readonly partner: string;
  readonly minGroupSize: number;
  readonly closesOn: string | null;
  readonly shownAsOrganisation: boolean;
  /** The link, or the merge field that stands for each person's own link. */
  readonly link: string;
  /** The merge field of each person's name; without it the letter greets "colleague". */
  readonly name?: string;
}

/** What the letters say about a partnership, one of its partners and a survey, as the organiser set them up. */
export function invitationFacts(
  partnership: { readonly name: string; readonly nameEn: string | null; readonly challenge: string; readonly challengeEn: string | null },
  partner: { readonly name: string; readonly shownAsOrganisation: boolean },
  survey: { readonly minGroupSize: number; readonly closesOn: string | null },
  link: string,
): InvitationFacts {
  return {
    partnership: { nl: partnership.name, en: partnership.nameEn },
    challenge: { nl: partnership.challenge, en: partnership.challengeEn },
    partner: partner.name,
    minGroupSize: survey.minGroupSize,
    closesOn: survey.closesOn,
    shownAsOrganisation: partner.shownAsOrganisation,
    link,
  };
}

/** A merge field as Word shows it in a main document: «Link». */
export const mergeField = (column: string) => `«${column}»`;

/** The letters' paragraphs; `{…}` are filled with fill(), which never doubles a full stop after an inserted text. */
const paragraphs = {
  greeting: { nl: 'Beste {name},', en: 'Dear {name},' },
  colleague: { nl: 'collega', en: 'colleague' },
  why: {
    nl: '{partner} werkt in "{partnership}" samen met andere organisaties aan: {challenge}. Om die samenwerking goed te laten verlopen, vragen we medewerkers van alle partners naar de drijfveren, werkwijze en waarden van hun organisatie en naar de bereidheid om samen te werken. Het invullen duurt 10 tot 15 minuten, ook op uw telefoon. U kunt tussendoor stoppen en later verder gaan.',
    en: 'In "{partnership}", {partner} works with other organisations on: {challenge}. To help this partnership succeed, we ask staff of every partner about their organisation\'s drives, ways of working and values, and about its readiness to collaborate. It takes 10 to 15 minutes, on your phone too. You can stop and continue later.',
  },
  again: {
    nl: 'Een tijdje geleden vroegen we u mee te doen aan de vragenlijst van "{partnership}". Heeft u hem nog niet ingevuld? Dan vragen we u dat alsnog te doen: hoe meer collega\'s meedoen, hoe beter de partners zien waar ze elkaar vinden. Het duurt 10 tot 15 minuten, ook op uw telefoon.',
    en: 'A while ago we asked you to take part in the survey of "{partnership}". Have you not filled it in yet? Then we ask you to do so now: the more colleagues take part, the better the partners see where they meet. It takes 10 to 15 minutes, on your phone too.',
  },
  asOrganisation: {
    nl: 'Let op: {partner} heeft ingestemd dat de antwoorden van onze organisatie samen worden getoond als het standpunt van de organisatie, niet anoniem. Uw naam, e-mailadres en IP-adres worden niet bij uw antwoorden bewaard.',
    en: "Please note: {partner} has agreed that our organisation's answers are shown together as the organisation's position, not anonymously. Your name, e-mail address and IP address are not stored with your answers.",
  },
  anonymous: {
    nl: 'Uw antwoorden zijn niet tot u te herleiden: de link, uw IP-adres en het tijdstip worden niet bij uw antwoorden bewaard, en niemand ziet iets over een groep van minder dan {k} mensen.',
    en: 'Your answers cannot be traced back to you: the link, your IP address and the time are not stored with your answers, and nobody sees anything about a group of fewer than {k} people.',
  },
  closes: { nl: 'De vragenlijst staat open tot en met {day}.', en: 'The survey is open until {day}.' },
  closesSoon: { nl: 'De vragenlijst sluit na {day}.', en: 'The survey closes after {day}.' },
  link: { nl: 'Naar de vragenlijst: {link}', en: 'To the survey: {link}' },
  thanks: { nl: 'Hartelijk dank voor uw medewerking!', en: 'Thank you for taking part!' },
  answered: {
    nl: 'Heeft u hem al ingevuld? Dan kunt u dit bericht negeren. Dank u wel!',
    en: 'Already filled it in? Then please ignore this message. Thank you!',
  },
} as const;

/** The letter's paragraphs in one language, with the partnership's texts in that language where the organiser gave them. */
export function invitationParagraphs(facts: InvitationFacts, language: Language, letter: Letter = 'invitation'): string[] {
  const values = {
    name: facts.name ?? paragraphs.colleague[language],
    partner: facts.partner,
    partnership: inLanguage(facts.partnership, language).text,
    challenge: inLanguage(facts.challenge, language).text,
    k: facts.minGroupSize,
    day: facts.closesOn ? wordsFor(language).date(facts.closesOn) : '',
    link: facts.link,
  };
  const p = paragraphs;
  const promise = facts.shownAsOrganisation ? p.asOrganisation : p.anonymous;
  const closes = facts.closesOn ? (letter === 'reminder' ? p.closesSoon : p.closes) : null;
  const order =
    letter === 'reminder'
      ? [p.greeting, p.again, promise, closes, p.link, p.answered]
      : [p.greeting, p.why, promise, closes, p.link, p.thanks];
  return order.filter((paragraph) => paragraph !== null).map((paragraph) => fill(paragraph[language], values));
}

/** The letter in one language, its paragraphs separated by an empty line. */
export const invitationText = (facts: InvitationFacts, language: Language, letter: Letter = 'invitation'): string =>
  invitationParagraphs(facts, language, letter).join('\n\n');
