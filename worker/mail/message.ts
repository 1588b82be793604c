/**
 * The message one person receives: the organiser page's own invitation or reminder (core/invitation.ts)
 * with their personal link, as plain text and as simple HTML in which everything is escaped. The
 * organiser chooses who gets it and in which language, never what it says: the Worker writes every
 * word from the partnership as it was set up, so a send can never carry someone else's text.
 */
import { fill } from '../../core/fill';
import type { Language } from '../../core/instrument/types';
import { type InvitationFacts, invitationParagraphs, type Letter } from '../../core/invitation';
import { escapeMarkup } from '../../core/markup';
import { inLanguage } from '../../core/organiser-text';

const subjects: Record<Letter, Record<Language, string>> = {
  invitation: { nl: 'Uitnodiging: de vragenlijst van "{partnership}"', en: 'Invitation: the survey of "{partnership}"' },
  reminder: { nl: 'Herinnering: de vragenlijst van "{partnership}"', en: 'Reminder: the survey of "{partnership}"' },
};

const footer: Record<Language, string> = {
  nl: 'Verstuurd met Samenwaarde, namens de organisator van "{partnership}". Een antwoord op dit bericht gaat naar de organisator.',
  en: 'Sent with Samenwaarde on behalf of the organiser of "{partnership}". A reply to this message goes to the organiser.',
};

/** The name the messages come from. */
export const SENDER_NAME = 'Samenwaarde';

export interface MessageContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** One line: a header cannot hold a line break (the organiser's texts are single lines already; this makes sure). */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The letter for one person, in their language; `facts.link` is their personal link. */
export function letterMessage(facts: InvitationFacts, language: Language, letter: Letter): MessageContent {
  const partnership = inLanguage(facts.partnership, language).text;
  const paragraphs = [...invitationParagraphs(facts, language, letter), fill(footer[language], { partnership })];
  const subject = oneLine(fill(subjects[letter][language], { partnership }));
  // The link becomes a real link in HTML; everything around it is escaped text.
  const anchor = `<a href="${escapeMarkup(facts.link)}">${escapeMarkup(facts.link)}</a>`;
  const htmlParagraph = (paragraph: string) =>
    `<p>${paragraph.split(facts.link).map(escapeMarkup).join(anchor).replaceAll('\n', '<br>')}</p>`;
  const html = [
    '<!doctype html>',
    `<html lang="${language}">`,
    `<head><meta charset="utf-8"><title>${escapeMarkup(subject)}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; max-width: 40em">',
    ...paragraphs.map(htmlParagraph),
    '</body>',
    '</html>',
  ].join('\n');
  return { subject, text: `${paragraphs.join('\n\n')}\n`, html };
}
