/**
 * What the request schemas say when a value is not valid, in Dutch and English. A schema's message
 * is a stable key (`messageKey`), never a sentence; this catalogue turns the key, the field's name
 * (fields.ts) and the schema's numbers into the text a person reads. The Worker's 400 answers and
 * the organiser's forms (which validate with the same schemas before sending) both use it, so a
 * problem reads the same wherever it is caught.
 */
import { type BaseIssue, getDotPath } from 'valibot';
import { currentSections } from '../instrument/sections';
import { type Language, type Localized, requiredSections } from '../instrument/types';
import { fieldName } from './fields';

/** Each text follows a field's name and a colon ("Sluit na: kies een dag …"), so it starts in lower case. */
const messages = {
  missing: { nl: 'ontbreekt', en: 'is missing' },
  required: { nl: 'vul dit in', en: 'fill this in' },
  too_long: { nl: 'gebruik hoogstens {n} tekens', en: 'use at most {n} characters' },
  date: { nl: 'vul een datum in als JJJJ-MM-DD', en: 'enter a date as YYYY-MM-DD' },
  no_such_day: { nl: 'deze dag bestaat niet', en: 'this day does not exist' },
  text_encoding: {
    nl: 'bevat een half teken dat niet bewaard kan worden; typ de tekst opnieuw',
    en: 'contains half a character that cannot be stored; type the text again',
  },
  number: { nl: 'vul een getal in', en: 'enter a number' },
  whole_number: { nl: 'vul een heel getal in', en: 'enter a whole number' },
  at_least: { nl: 'vul minstens {n} in', en: 'enter at least {n}' },
  at_most: { nl: 'vul hoogstens {n} in', en: 'enter at most {n}' },
  k_floor: { nl: 'de drempel is nooit lager dan {n}', en: 'the threshold is never below {n}' },
  choose_option: { nl: 'kies een van de mogelijkheden', en: 'choose one of the options' },
  yes_or_no: { nl: 'kies ja of nee', en: 'choose yes or no' },
  sections_required: { nl: 'kies in elk geval {sections}', en: 'choose at least {sections}' },
  each_once: { nl: 'kies elke mogelijkheid maar één keer', en: 'choose each option only once' },
  languages_required: { nl: 'kies minstens één taal', en: 'choose at least one language' },
  closes_before_opening: { nl: 'kies een dag op of na de openingsdatum', en: 'choose a day on or after the opening day' },
  retain_before_closing: {
    nl: 'bewaar de antwoorden minstens tot de vragenlijst sluit',
    en: 'keep the responses at least until the survey closes',
  },
  partners_too_few: { nl: 'een samenwerking heeft minstens twee partners', en: 'a partnership has at least two partners' },
  partners_too_many: { nl: 'een samenwerking heeft hoogstens {n} partners', en: 'a partnership has at most {n} partners' },
  settings_empty: { nl: 'wijzig minstens één instelling', en: 'change at least one setting' },
  change_empty: { nl: 'wijzig minstens één veld', en: 'change at least one field' },
  confirm_title: { nl: 'typ de titel van de vragenlijst om te bevestigen', en: 'type the survey title to confirm' },
  respondent_link_target: {
    nl: 'een link voor respondenten hoort bij een vragenlijst en een partner',
    en: 'a respondent link needs a survey and a partner',
  },
  organiser_link_label: {
    nl: 'geef de organisatorlink een omschrijving, bijvoorbeeld de naam van uw collega',
    en: "give the organiser link a label, for example your colleague's name",
  },
  one_organiser_link: { nl: 'maak één organisatorlink tegelijk', en: 'create one organiser link at a time' },
  contact_link_partner: { nl: 'een link voor een contactpersoon hoort bij een partner', en: 'a partner-contact link needs a partner' },
  submission_id: { nl: 'gebruik 16 tot 64 letters, cijfers, - of _', en: 'use 16 to 64 letters, digits, - or _' },
  version: { nl: 'gebruik een versienummer', en: 'use a version number' },
  reference: { nl: 'dit is geen geldige verwijzing', en: 'this is not a valid reference' },
  unknown_finding: { nl: 'deze bevinding hoort niet bij deze meting', en: 'this finding is not part of this wave' },
  shape: { nl: 'heeft niet de verwachte vorm', en: 'does not have the expected form' },
  invalid: { nl: 'klopt niet', en: 'is not valid' },
  email: {
    nl: 'vul één e-mailadres in, zoals naam@organisatie.nl',
    en: 'enter one e-mail address, such as name@organisation.org',
  },
  each_link_once: { nl: 'stuur elke link maar één keer per verzoek', en: 'send each link only once per request' },
} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof messages;

/** A schema's message: the key, checked against the catalogue when the schema is compiled. */
export const messageKey = (key: MessageKey): MessageKey => key;

const isMessageKey = (message: string): message is MessageKey => Object.hasOwn(messages, message);

/** One problem with a request, independent of language: where it is, what it is, and its number. */
export interface FieldIssue {
  /** Dot path of the field (`partners.1.name`); empty for the request as a whole. */
  readonly path: string;
  readonly key: MessageKey;
  /** The limit the value missed (a length, a minimum…), when the rule has one. */
  readonly limit?: number;
}

/** The key for an issue the schema gave no message of its own (valibot's own messages are English sentences). */
function defaultKey(issue: BaseIssue<unknown>): MessageKey {
  if (issue.received === 'undefined') return 'missing';
  switch (issue.type) {
    case 'min_length':
      return typeof issue.input === 'string' && issue.requirement === 1 ? 'required' : 'at_least';
    case 'max_length':
      return typeof issue.input === 'string' ? 'too_long' : 'at_most';
    case 'min_value':
      return 'at_least';
    case 'max_value':
      return 'at_most';
    case 'integer':
      return 'whole_number';
    case 'number':
      return 'number';
    case 'boolean':
      return 'yes_or_no';
    case 'picklist':
      return 'choose_option';
    case 'iso_date':
      return 'date';
    case 'uuid':
      return 'reference';
    case 'object':
    case 'array':
    case 'record':
    case 'string':
      return 'shape';
    default:
      return 'invalid';
  }
}

/** valibot's issues as field issues. */
export function fieldIssues(issues: readonly BaseIssue<unknown>[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: getDotPath(issue) ?? '',
    key: isMessageKey(issue.message) ? issue.message : defaultKey(issue),
    ...(typeof issue.requirement === 'number' ? { limit: issue.requirement } : {}),
  }));
}

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The message alone, for a person who already sees which field it is about. */
export function issueMessage(issue: FieldIssue, language: Language): string {
  const sections = requiredSections.map((id) => currentSections.find((s) => s.id === id)?.title[language] ?? id);
  const values: Record<string, string> = {
    n: issue.limit === undefined ? '' : new Intl.NumberFormat(locales[language]).format(issue.limit),
    sections: new Intl.ListFormat(locales[language], { type: 'conjunction' }).format(sections),
  };
  return messages[issue.key][language].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The issue as a sentence that names its field in words: "Talen voor respondenten: kies minstens één taal". */
export function issueText(issue: FieldIssue, language: Language): string {
  const field = fieldName(issue.path, language);
  return field ? `${field}: ${issueMessage(issue, language)}` : capitalised(issueMessage(issue, language));
}

/** What precedes the list of issues when a request or form is refused. */
export const notValid: Localized = { nl: 'Niet alles is goed ingevuld.', en: 'Not everything is filled in correctly.' };

/** The whole refusal in one text: the lead-in, then each issue as a sentence. */
export function issuesText(issues: readonly FieldIssue[], language: Language): string {
  return [notValid[language], ...issues.map((issue) => `${issueText(issue, language)}.`)].join(' ');
}
