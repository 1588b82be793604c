/**
 * Numbers, plurals, lists and dates in the reader's language, all through `Intl`, so "1 paar" and
 * "5 paren", "A, B en C" and "12 november 2026" come out right in Dutch and English alike.
 */
import type { Language } from './instrument/types';

/** The locale each interface language formats in. */
export const locales: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** A word or phrase in its singular and plural form, in both languages. */
export type Plural = Readonly<Record<Language, { readonly one: string; readonly other: string }>>;

export interface Words {
  /** A figure with a fixed number of decimals: "2,30" in Dutch. */
  number(value: number, decimals?: number): string;
  /** A change with its sign: "+1,79", "-0,40", "0,00". */
  signed(value: number, decimals?: number): string;
  /** A share (0–1) as a whole percentage: "93%". */
  percent(share: number): string;
  /** The form of `forms` that goes with `count` as shown with `decimals` decimals ("1 punt", "1,0 punten"). */
  plural(count: number, forms: Plural, decimals?: number): string;
  /** A count with its noun: "5 paren", "1 pair". */
  count(count: number, noun: Plural, decimals?: number): string;
  /** Items joined as the language joins a list: "A, B en C". */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** A day (YYYY-MM-DD) as the reader writes it: "12 november 2026". */
  date(day: string): string;
  /** A day without its year, for lists within a year: "12 nov." / "12 Nov". */
  shortDate(day: string): string;
  /** The month and year of a day, for a period: "november 2026". */
  month(day: string): string;
  /** The clock time of a moment on this device: "14:05". */
  time(moment: Date): string;
}

export function wordsFor(language: Language): Words {
  const locale = locales[language];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const pluralRules = new Map<number, Intl.PluralRules>();
  const cached = <T>(cache: Map<number, T>, decimals: number, make: () => T): T => {
    let found = cache.get(decimals);
    if (!found) {
      found = make();
      cache.set(decimals, found);
    }
    return found;
  };
  const fractionDigits = (decimals: number) => ({ minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const number = (value: number, decimals = 2) =>
    cached(numberFormats, decimals, () => new Intl.NumberFormat(locale, fractionDigits(decimals))).format(value);
  // The plural follows the number as it is written: "1 punt" but "1,0 punten".
  const plural = (count: number, forms: Plural, decimals = 0) => {
    const rules = cached(pluralRules, decimals, () => new Intl.PluralRules(locale, fractionDigits(decimals)));
    return rules.select(count) === 'one' ? forms[language].one : forms[language].other;
  };
  const lists = {
    conjunction: new Intl.ListFormat(locale, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(locale, { type: 'disjunction' }),
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const signedFormats = new Map<number, Intl.NumberFormat>();
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortDates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const times = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  // Days are stored in UTC and read at noon, so no time zone moves them to another day.
  const noon = (day: string) => new Date(`${day}T12:00:00Z`);
  return {
    number,
    signed: (value, decimals = 2) =>
      cached(
        signedFormats,
        decimals,
        () => new Intl.NumberFormat(locale, { ...fractionDigits(decimals), signDisplay: 'exceptZero' }),
      ).format(value),
    percent: (share) => percent.format(share),
    plural,
    count: (count, noun, decimals = 0) => `${number(count, decimals)} ${plural(count, noun, decimals)}`,
    list: (items, type = 'conjunction') => lists[type].format(items),
    date: (day) => dates.format(noon(day)),
    shortDate: (day) => shortDates.format(noon(day)),
    month: (day) => months.format(noon(day)),
    time: (moment) => times.format(moment),
  };
}
