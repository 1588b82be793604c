/**
 * Every field of the request schemas, named in words in Dutch and English: the organiser's forms
 * use these names as their labels, and an error about a field names it the same way. A schema path
 * such as `survey.languages` is never shown to anyone.
 */
import type { Language, Localized } from '../instrument/types';

/** Survey fields, the same whether the survey comes with a new partnership (`survey.…`) or alone. */
const surveyFields = {
  title: { nl: 'Titel van de vragenlijst', en: 'Title of the survey' },
  sections: { nl: 'Onderdelen', en: 'Sections' },
  languages: { nl: 'Talen voor respondenten', en: 'Languages for respondents' },
  minGroupSize: { nl: 'Kleinste groep die getoond wordt (k)', en: 'Smallest group that is shown (k)' },
  opensOn: { nl: 'Opent op', en: 'Opens on' },
  closesOn: { nl: 'Sluit na', en: 'Closes after' },
  retainUntil: { nl: 'Antwoorden bewaren tot en met', en: 'Keep responses until' },
} as const;

/**
 * Names by path, with `#` for a position in a list; `{n}` in a name is that position, counted from 1
 * ("partner 2").
 */
export const fieldNames = {
  partnership: { nl: 'De samenwerking', en: 'The partnership' },
  'partnership.name': { nl: 'Naam van de samenwerking', en: 'Name of the partnership' },
  'partnership.challenge': { nl: 'De maatschappelijke opgave', en: 'The societal challenge' },
  nameEn: { nl: 'Naam van de samenwerking in het Engels', en: 'Name of the partnership in English' },
  challengeEn: { nl: 'De maatschappelijke opgave in het Engels', en: 'The societal challenge in English' },
  'partnership.collaborationFunction': { nl: 'Functie van de samenwerking', en: 'Function of the partnership' },
  'partnership.horizon': { nl: 'Stip op de horizon', en: 'Point on the horizon' },
  partners: { nl: 'Partnerorganisaties', en: 'Partner organisations' },
  'partners.#': { nl: 'Partner {n}', en: 'Partner {n}' },
  'partners.#.name': { nl: 'Naam van partner {n}', en: 'Name of partner {n}' },
  'partners.#.sector': { nl: 'Sector van partner {n}', en: 'Sector of partner {n}' },
  'partners.#.expectedStaff': { nl: 'Aantal uit te nodigen medewerkers van partner {n}', en: 'Number of staff to invite at partner {n}' },
  'partners.#.shownAsOrganisation': {
    nl: 'Antwoorden van partner {n} tonen als standpunt van de organisatie',
    en: "Show partner {n}'s answers as the organisation's position",
  },
  survey: { nl: 'De vragenlijst', en: 'The survey' },
  ...surveyFields,
  confirm: { nl: 'Titel van de vragenlijst ter bevestiging', en: 'Survey title to confirm' },
  lang: { nl: 'Taal van de kolomnamen', en: 'Language of the column names' },
  format: { nl: 'Bestandsformaat', en: 'File format' },
  surveyId: { nl: 'Vragenlijst', en: 'Survey' },
  partnerId: { nl: 'Partner', en: 'Partner' },
  from: { nl: 'Eerdere meting', en: 'Earlier wave' },
  to: { nl: 'Latere meting', en: 'Later wave' },
  a: { nl: 'Eerste partner', en: 'First partner' },
  b: { nl: 'Tweede partner', en: 'Second partner' },
  id: { nl: 'Link', en: 'Link' },
  scope: { nl: 'Soort link', en: 'Kind of link' },
  count: { nl: 'Aantal links', en: 'Number of links' },
  maxUses: { nl: 'Maximum aantal antwoorden via de link', en: 'Maximum number of answers through the link' },
  label: { nl: 'Omschrijving', en: 'Label' },
  ids: { nl: 'Links', en: 'Links' },
  version: { nl: 'Versie van de vragenlijst', en: 'Version of the questionnaire' },
  finding: { nl: 'Bevinding', en: 'Finding' },
  'finding.kind': { nl: 'Soort bevinding', en: 'Kind of finding' },
  'finding.key': { nl: 'Bevinding', en: 'Finding' },
  action: { nl: 'Wat spreken we af', en: 'What we agree' },
  owner: { nl: 'Wie doet het', en: 'Who does it' },
  dueOn: { nl: 'Klaar op', en: 'Done by' },
  submissionId: { nl: 'Kenmerk van de inzending', en: 'Submission id' },
  language: { nl: 'Taal', en: 'Language' },
  answers: { nl: 'Antwoorden', en: 'Answers' },
  letter: { nl: 'Soort bericht', en: 'Kind of message' },
  replyTo: { nl: 'Antwoorden naar (uw e-mailadres)', en: 'Replies to (your e-mail address)' },
  messages: { nl: 'Berichten', en: 'Messages' },
  'messages.#': { nl: 'Bericht {n}', en: 'Message {n}' },
  'messages.#.linkId': { nl: 'Link van bericht {n}', en: 'Link of message {n}' },
  'messages.#.to': { nl: 'E-mailadres van bericht {n}', en: 'E-mail address of message {n}' },
  'messages.#.language': { nl: 'Taal van bericht {n}', en: 'Language of message {n}' },
} as const satisfies Record<string, Localized>;

export type FieldPath = keyof typeof fieldNames;

const isFieldPath = (key: string): key is FieldPath => Object.hasOwn(fieldNames, key);

/**
 * The name of the field at a dot path (`partners.1.name` → "Naam van partner 2"), or undefined
 * for the request as a whole. A survey field inside a new partnership is named as the survey's own,
 * and so are the English texts (`partnership.nameEn`, or `nameEn` when they are changed later).
 */
export function fieldName(path: string, language: Language): string | undefined {
  if (path === '') return undefined;
  const position = /\.(\d+)(?:\.|$)/.exec(path)?.[1];
  let key = path.replace(/\.\d+(?=\.|$)/g, '.#');
  while (!isFieldPath(key)) {
    if (key.endsWith('.#')) key = key.slice(0, -2);
    else if (/^(survey|partnership)\./.test(key)) key = key.slice(key.indexOf('.') + 1);
    else return undefined;
  }
  return fieldNames[key][language].replace('{n}', String(Number(position ?? 0) + 1));
}
