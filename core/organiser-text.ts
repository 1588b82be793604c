/**
 * Texts an organiser wrote (the partnership's name and challenge), in Dutch and, when given, in
 * English: shown on pages and written into the invitations the Worker sends.
 */
import type { Language } from './instrument/types';

/** A text an organiser wrote: in Dutch, and in English when they gave it. */
export interface OrganiserText {
  readonly nl: string;
  readonly en: string | null;
}

/** The organiser's text in `language`, else in Dutch, with the language it is in (a page marks it with `lang`). */
export function inLanguage(text: OrganiserText, language: Language): { readonly text: string; readonly lang: Language } {
  const wanted = language === 'nl' ? text.nl : text.en;
  return wanted ? { text: wanted, lang: language } : { text: text.nl, lang: 'nl' };
}
