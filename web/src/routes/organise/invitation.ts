/**
 * The ready texts an organiser sends to a partner's staff, in Dutch and English: the invitation and
 * the reminder, with the link and the confidentiality promise (k, or the small-partner agreement)
 * filled in. For a mail merge the name and the link are merge fields («Naam», «Link»): the column
 * names of the mail-merge file, which Word fills in per row.
 */
import { formatDay } from '../../lib/format';
import type { Language } from '../../lib/i18n';

export type Letter = 'invitation' | 'reminder';

export interface InvitationFacts {
  readonly partnership: string;
  readonly challenge: string;
  readonly partner: string;
  readonly minGroupSize: number;
  readonly closesOn: string | null;
  readonly shownAsOrganisation: boolean;
  /** The link, or the merge field that stands for each person's own link. */
  readonly link: string;
  /** The merge field of each person's name; without it the letter greets "colleague". */
  readonly name?: string;
}

/** A merge field as Word shows it in a main document: «Link». */
export const mergeField = (column: string) => `«${column}»`;

/** The letter in one language: paragraphs separated by an empty line. */
export function invitationText(facts: InvitationFacts, language: Language, letter: Letter = 'invitation'): string {
  const closes = facts.closesOn ? formatDay(facts.closesOn, language) : null;
  const paragraphs = language === 'nl' ? dutch(facts, closes, letter) : english(facts, closes, letter);
  return paragraphs.filter(Boolean).join('\n\n');
}

function dutch(facts: InvitationFacts, closes: string | null, letter: Letter): string[] {
  const promise = facts.shownAsOrganisation
    ? `Let op: ${facts.partner} heeft ingestemd dat de antwoorden van onze organisatie samen worden getoond als het standpunt van de organisatie, niet anoniem. Uw naam, e-mailadres en IP-adres worden niet bij uw antwoorden bewaard.`
    : `Uw antwoorden zijn niet tot u te herleiden: de link, uw IP-adres en het tijdstip worden niet bij uw antwoorden bewaard, en niemand ziet iets over een groep van minder dan ${facts.minGroupSize} mensen.`;
  const greeting = `Beste ${facts.name ?? 'collega'},`;
  if (letter === 'reminder') {
    return [
      greeting,
      `Een tijdje geleden vroegen we u mee te doen aan de vragenlijst van "${facts.partnership}". Heeft u hem nog niet ingevuld? Dan vragen we u dat alsnog te doen: hoe meer collega's meedoen, hoe beter de partners zien waar ze elkaar vinden. Het duurt 10 tot 15 minuten, ook op uw telefoon.`,
      promise,
      closes ? `De vragenlijst sluit na ${closes}.` : '',
      `Naar de vragenlijst: ${facts.link}`,
      'Heeft u hem al ingevuld? Dan kunt u dit bericht negeren. Dank u wel!',
    ];
  }
  return [
    greeting,
    `${facts.partner} werkt in "${facts.partnership}" samen met andere organisaties aan: ${facts.challenge}. Om die samenwerking goed te laten verlopen, vragen we medewerkers van alle partners naar de drijfveren, werkwijze en waarden van hun organisatie en naar de bereidheid om samen te werken. Het invullen duurt 10 tot 15 minuten, ook op uw telefoon. U kunt tussendoor stoppen en later verder gaan.`,
    promise,
    closes ? `De vragenlijst staat open tot en met ${closes}.` : '',
    `Naar de vragenlijst: ${facts.link}`,
    'Hartelijk dank voor uw medewerking!',
  ];
}

function english(facts: InvitationFacts, closes: string | null, letter: Letter): string[] {
  const promise = facts.shownAsOrganisation
    ? `Please note: ${facts.partner} has agreed that our organisation's answers are shown together as the organisation's position, not anonymously. Your name, e-mail address and IP address are not stored with your answers.`
    : `Your answers cannot be traced back to you: the link, your IP address and the time are not stored with your answers, and nobody sees anything about a group of fewer than ${facts.minGroupSize} people.`;
  const greeting = `Dear ${facts.name ?? 'colleague'},`;
  if (letter === 'reminder') {
    return [
      greeting,
      `A while ago we asked you to take part in the survey of "${facts.partnership}". Have you not filled it in yet? Then we ask you to do so now: the more colleagues take part, the better the partners see where they meet. It takes 10 to 15 minutes, on your phone too.`,
      promise,
      closes ? `The survey closes after ${closes}.` : '',
      `To the survey: ${facts.link}`,
      'Already filled it in? Then please ignore this message. Thank you!',
    ];
  }
  return [
    greeting,
    `In "${facts.partnership}", ${facts.partner} works with other organisations on: ${facts.challenge}. To help this partnership succeed, we ask staff of every partner about their organisation's drives, ways of working and values, and about its readiness to collaborate. It takes 10 to 15 minutes, on your phone too. You can stop and continue later.`,
    promise,
    closes ? `The survey is open until ${closes}.` : '',
    `To the survey: ${facts.link}`,
    'Thank you for taking part!',
  ];
}
