/**
 * A refused request, as the person who sent it reads it: in their language, naming each field in
 * words (never a schema path like `survey.languages`), and with nothing stored.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { client, createPartnership, demoPartners } from './client';

interface Refusal {
  error: { code: string; message: string; issues?: { itemId: string; code: string; message: string }[] };
}

const partnerships = async () => (await env.DB.prepare('SELECT count(*) AS n FROM partnerships').first<{ n: number }>())!.n;

/** A new partnership whose survey offers no language. */
const withoutLanguage = (language: 'nl' | 'en') =>
  client(undefined, language).partnerships.$post({
    json: {
      partnership: {
        name: 'Werk in de wijk',
        challenge: 'Meer mensen aan het werk',
        collaborationFunction: 'procurement',
        horizon: '2030',
      },
      partners: demoPartners,
      survey: { title: 'Nulmeting', sections: ['drives', 'culture', 'values', 'readiness'], languages: [] },
    },
  });

describe('a refused request', () => {
  it('says in Dutch that the survey needs a language, naming the field, and stores nothing', async () => {
    const before = await partnerships();
    const res = await withoutLanguage('nl');
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as unknown as Refusal;
    expect(error).toEqual({
      code: 'invalid_request',
      message: 'Niet alles is goed ingevuld. Talen voor respondenten: kies minstens één taal.',
      issues: [{ itemId: 'survey.languages', code: 'languages_required', message: 'Talen voor respondenten: kies minstens één taal' }],
    });
    expect(await partnerships()).toBe(before);
  });

  it('says the same in English to someone who asks for English', async () => {
    const res = await withoutLanguage('en');
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as unknown as Refusal;
    expect(error.message).toBe('Not everything is filled in correctly. Languages for respondents: choose at least one language.');
    expect(error.issues!.map((issue) => issue.message)).toEqual(['Languages for respondents: choose at least one language']);
  });

  it('names the day to fix when a change of settings puts the stored days out of order', async () => {
    const p = await createPartnership();
    const settings = client(p.organiserSecret, 'nl').organiser.surveys[':surveyId'];
    const closes = await settings.$patch({ param: { surveyId: p.surveyId }, json: { closesOn: '2099-01-31' } });
    expect(closes.status).toBe(200);
    // Only the retention day is sent; it is out of order with the closing day stored a moment ago.
    const res = await settings.$patch({ param: { surveyId: p.surveyId }, json: { retainUntil: '2099-01-01' } });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as unknown as Refusal;
    expect(error.code).toBe('invalid_dates');
    expect(error.message).toBe(
      'Niet alles is goed ingevuld. Antwoorden bewaren tot en met: bewaar de antwoorden minstens tot de vragenlijst sluit.',
    );
    const stored = await env.DB.prepare('SELECT retain_until FROM surveys WHERE id = ?').bind(p.surveyId).first<{ retain_until: string }>();
    expect(stored!.retain_until).toBeNull();
  });
});
