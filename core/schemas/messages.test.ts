/**
 * The words of a refused request: every field of every request schema has a name in both
 * languages, and an issue reads as a sentence about that field, never as a schema path.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fieldName } from './fields';
import * as instrument from './instrument';
import * as links from './links';
import { fieldIssues, issuesText, issueText } from './messages';
import * as organiser from './organiser';
import * as partnership from './partnership';
import * as report from './report';
import * as respond from './respond';

/** Every path a schema can report an issue at, with `0` for a position in a list. */
function paths(schema: v.GenericSchema, prefix = ''): string[] {
  if (schema.type === 'optional' || schema.type === 'nullable')
    return paths((schema as v.OptionalSchema<v.GenericSchema, unknown>).wrapped, prefix);
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  if (schema.type === 'object') {
    const entries = Object.entries((schema as v.ObjectSchema<v.ObjectEntries, undefined>).entries);
    return [prefix, ...entries.flatMap(([key, entry]) => paths(entry, at(key)))];
  }
  if (schema.type === 'array') return [prefix, ...paths((schema as v.ArraySchema<v.GenericSchema, undefined>).item, at('0'))];
  return [prefix];
}

const schemas = Object.entries<unknown>({ ...instrument, ...links, ...organiser, ...partnership, ...report, ...respond }).filter(
  (entry): entry is [string, v.GenericSchema] => typeof entry[1] === 'object' && entry[1] !== null && 'kind' in entry[1],
);

const refusal = (schema: v.GenericSchema, value: unknown) => fieldIssues(v.safeParse(schema, value).issues ?? []);

const survey = { title: 'Nulmeting', sections: ['drives', 'culture', 'values', 'readiness'], languages: ['nl'] };
const partnershipBody = {
  partnership: { name: 'Werk in de wijk', challenge: 'Meer mensen aan het werk', collaborationFunction: 'procurement', horizon: '2030' },
  partners: [
    { name: 'Gemeente', sector: 'public' },
    { name: 'Bedrijf', sector: 'private' },
  ],
  survey,
};

describe('field names', () => {
  it.each(schemas)('names every field of %s in Dutch and English', (_, schema) => {
    for (const path of paths(schema).filter((p) => p !== '')) {
      for (const language of ['nl', 'en'] as const) expect(fieldName(path, language), `${path} (${language})`).toMatch(/^\p{Lu}/u);
    }
  });

  it('counts partners from 1 and names a survey field the same inside a partnership or alone', () => {
    expect(fieldName('partners.1.name', 'nl')).toBe('Naam van partner 2');
    expect(fieldName('partners.0.expectedStaff', 'en')).toBe('Number of staff to invite at partner 1');
    expect(fieldName('survey.languages', 'nl')).toBe(fieldName('languages', 'nl'));
    expect(fieldName('survey.sections.2', 'en')).toBe('Sections');
  });
});

describe('issue texts', () => {
  it('says in Dutch and in English that a survey needs a language, naming the field', () => {
    const issues = refusal(partnership.NewPartnershipSchema, { ...partnershipBody, survey: { ...survey, languages: [] } });
    expect(issues).toEqual([{ path: 'survey.languages', key: 'languages_required', limit: 1 }]);
    expect(issueText(issues[0]!, 'nl')).toBe('Talen voor respondenten: kies minstens één taal');
    expect(issueText(issues[0]!, 'en')).toBe('Languages for respondents: choose at least one language');
    expect(issuesText(issues, 'nl')).toBe('Niet alles is goed ingevuld. Talen voor respondenten: kies minstens één taal.');
  });

  it('names the required sections by their titles', () => {
    const [issue] = refusal(organiser.NewSurveySchema, { ...survey, sections: ['drives', 'culture', 'values'] });
    expect(issueText(issue!, 'nl')).toBe('Onderdelen: kies in elk geval Drijfveren, Werkwijze, Waarden en Klaar om samen te werken');
    expect(issueText(issue!, 'en')).toBe('Sections: choose at least Drives, Ways of working, Values and Ready to collaborate');
  });

  it('words the limits of valibot’s own rules, with numbers written for the language', () => {
    const body = { ...partnershipBody, partners: [{ name: ' ', sector: 'public', expectedStaff: 1_000_001 }, partnershipBody.partners[1]] };
    const texts = refusal(partnership.NewPartnershipSchema, body).map((issue) => issueText(issue, 'nl'));
    expect(texts).toEqual([
      'Naam van partner 1: vul dit in',
      'Aantal uit te nodigen medewerkers van partner 1: vul hoogstens 1.000.000 in',
    ]);
    expect(issueText(refusal(organiser.NewSurveySchema, { ...survey, minGroupSize: 2 })[0]!, 'en')).toBe(
      'Smallest group that is shown (k): the threshold is never below 3',
    );
    expect(issueText(refusal(links.NewLinksSchema, { scope: 'report', label: 'x'.repeat(121) })[0]!, 'nl')).toBe(
      'Omschrijving: gebruik hoogstens 120 tekens',
    );
  });

  it('reports the order of the days at the later day, even when another field is wrong too', () => {
    const issues = refusal(organiser.NewSurveySchema, { ...survey, title: '', opensOn: '2026-05-01', closesOn: '2026-04-01' });
    expect(issues.map((i) => [i.path, i.key])).toEqual([
      ['title', 'required'],
      ['closesOn', 'closes_before_opening'],
    ]);
    const settings = refusal(organiser.SurveySettingsSchema, { closesOn: '2026-06-01', retainUntil: '2026-05-01' });
    expect(settings.map((i) => issueText(i, 'en'))).toEqual(['Keep responses until: keep the responses at least until the survey closes']);
  });

  it('says what is missing, and words a rule about the whole request without a field', () => {
    expect(refusal(partnership.NewPartnershipSchema, {}).map((i) => issueText(i, 'en'))).toEqual([
      'The partnership: is missing',
      'Partner organisations: is missing',
    ]);
    expect(refusal(organiser.SurveySettingsSchema, {}).map((i) => issueText(i, 'nl'))).toEqual(['Wijzig minstens één instelling']);
  });
});
