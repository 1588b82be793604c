/**
 * Days, times and shares as the reader's language writes them (Intl), for every page. Stored days
 * are `YYYY-MM-DD` in UTC; they are read at noon UTC so no time zone moves them to another day.
 */
import type { Language } from './i18n';

/** The locale each language is written in. */
export const localeOf = (language: Language) => (language === 'nl' ? 'nl-NL' : 'en-GB');

/** A stored day in words: "3 mei 2026" / "3 May 2026"; `short`: "3 mei" / "3 May". */
export function formatDay(day: string, language: Language, style: 'long' | 'short' = 'long'): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(localeOf(language), {
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    ...(style === 'long' ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/** The clock time of a moment on this device ("14:05"). */
export const formatTime = (moment: Date, language: Language) =>
  moment.toLocaleTimeString(localeOf(language), { hour: '2-digit', minute: '2-digit' });

/** A share as a whole percentage ("38%" / "38 %" as the language writes it). */
export const formatPercent = (share: number, language: Language) =>
  new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);
