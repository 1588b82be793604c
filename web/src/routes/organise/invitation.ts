/**
 * The ready invitation an organiser sends to a partner's staff, in Dutch and English, with the link
 * and the confidentiality promise (k, or the small-partner agreement) filled in.
 */
import type { Language } from '../../lib/i18n';

export interface InvitationFacts {
  readonly partnership: string;
  readonly challenge: string;
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

/** The invitation in one language. */
export function invitationText(facts: InvitationFacts, language: Language): string {
  const closes = facts.closesOn ? formatDay(facts.closesOn, language) : null;
  if (language === 'nl') {
    return [
      'Beste collega,',
      `${facts.partner} werkt in "${facts.partnership}" samen met andere organisaties aan: ${facts.challenge}. Om die samenwerking goed te laten verlopen, vragen we medewerkers van alle partners naar de drijfveren, werkwijze en waarden van hun organisatie en naar de bereidheid om samen te werken. Het invullen duurt 10 tot 15 minuten, ook op uw telefoon. U kunt tussendoor stoppen en later verder gaan.`,
      facts.shownAsOrganisation
        ? `Let op: ${facts.partner} heeft ingestemd dat de antwoorden van onze organisatie samen worden getoond als het standpunt van de organisatie, niet anoniem. Uw naam, e-mailadres en IP-adres worden niet bij uw antwoorden bewaard.`
        : `Uw antwoorden zijn niet tot u te herleiden: de link, uw IP-adres en het tijdstip worden niet bij uw antwoorden bewaard, en niemand ziet iets over een groep van minder dan ${facts.minGroupSize} mensen.`,
      closes ? `De vragenlijst staat open tot en met ${closes}.` : '',
      `Naar de vragenlijst: ${facts.link}`,
      'Hartelijk dank voor uw medewerking!',
    ]
      .filter(Boolean)
      .join('\n\n');
  }
  return [
    'Dear colleague,',
    `In "${facts.partnership}", ${facts.partner} works with other organisations on: ${facts.challenge}. To help this partnership succeed, we ask staff of every partner about their organisation's drives, ways of working and values, and about its readiness to collaborate. It takes 10 to 15 minutes, on your phone too. You can stop and continue later.`,
    facts.shownAsOrganisation
      ? `Please note: ${facts.partner} has agreed that our organisation's answers are shown together as the organisation's position, not anonymously. Your name, e-mail address and IP address are not stored with your answers.`
      : `Your answers cannot be traced back to you: the link, your IP address and the time are not stored with your answers, and nobody sees anything about a group of fewer than ${facts.minGroupSize} people.`,
    closes ? `The survey is open until ${closes}.` : '',
    `To the survey: ${facts.link}`,
    'Thank you for taking part!',
  ]
    .filter(Boolean)
    .join('\n\n');
}
