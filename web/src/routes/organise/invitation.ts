/**
 * The ready invitation an organiser sends to a partner's staff, in Dutch and English, with the link
 * and the confidentiality promise (k, or the small-partner agreement) filled in.
 */
import { fill, inLanguage, type Language, type OrganiserText } from '../../lib/i18n';

export interface InvitationFacts {
  /** The partnership's name and challenge as the organiser gave them (English ones may be missing). */
  readonly partnership: OrganiserText;
  readonly challenge: OrganiserText;
  readonly partner: string;
  readonly minGroupSize: number;
  readonly closesOn: string | null;
  readonly shownAsOrganisation: boolean;
  /** The link, or a mail-merge placeholder for personal links. */
  readonly link: string;
}

const formatDay = (day: string, language: Language) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

/** The invitation's paragraphs; `{…}` are filled with fill(), which never doubles a full stop after an inserted text. */
const paragraphs = {
  greeting: { nl: 'Beste collega,', en: 'Dear colleague,' },
  why: {
    nl: '{partner} werkt in "{partnership}" samen met andere organisaties aan: {challenge}. Om die samenwerking goed te laten verlopen, vragen we medewerkers van alle partners naar de drijfveren, werkwijze en waarden van hun organisatie en naar de bereidheid om samen te werken. Het invullen duurt 10 tot 15 minuten, ook op uw telefoon. U kunt tussendoor stoppen en later verder gaan.',
    en: 'In "{partnership}", {partner} works with other organisations on: {challenge}. To help this partnership succeed, we ask staff of every partner about their organisation\'s drives, ways of working and values, and about its readiness to collaborate. It takes 10 to 15 minutes, on your phone too. You can stop and continue later.',
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
  link: { nl: 'Naar de vragenlijst: {link}', en: 'To the survey: {link}' },
  thanks: { nl: 'Hartelijk dank voor uw medewerking!', en: 'Thank you for taking part!' },
} as const;

/** The invitation in one language, with the partnership's texts in that language where the organiser gave them. */
export function invitationText(facts: InvitationFacts, language: Language): string {
  const values = {
    partner: facts.partner,
    partnership: inLanguage(facts.partnership, language).text,
    challenge: inLanguage(facts.challenge, language).text,
    k: facts.minGroupSize,
    day: facts.closesOn ? formatDay(facts.closesOn, language) : '',
    link: facts.link,
  };
  const p = paragraphs;
  return [p.greeting, p.why, facts.shownAsOrganisation ? p.asOrganisation : p.anonymous, facts.closesOn ? p.closes : null, p.link, p.thanks]
    .filter((paragraph) => paragraph !== null)
    .map((paragraph) => fill(paragraph[language], values))
    .join('\n\n');
}
