/**
 * A refused request, as the person who sent it reads it: in their language, naming each field in
 * words (never a schema path like `survey.languages`), and with nothing stored.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { client, createPartnership, demoPartners, raw, respondentLinks, submissionId } from './client';

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

  it('refuses text with a lone UTF-16 surrogate instead of storing invalid text', async () => {
    const before = await partnerships();
    const res = await client().partnerships.$post({
      json: {
        partnership: { name: 'Werk \uD800 wijk', challenge: 'Werk', collaborationFunction: 'procurement', horizon: '2030' },
        partners: demoPartners,
      },
    });
    expect(res.status).toBe(400);
    expect(await partnerships()).toBe(before);
    const p = await createPartnership({ sections: ['drives', 'culture', 'values', 'readiness', 'open'] });
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open', 1, 5);
    const answer = await client(secret).respond.draft.$put({
      json: { submissionId: submissionId(), language: 'en', answers: { 'open.success': 'half \uDC00 a character' } },
    });
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as unknown as Refusal).error.issues).toEqual([expect.objectContaining({ itemId: 'open.success' })]);
  });

  it('refuses a day that does not exist', async () => {
    const p = await createPartnership();
    const res = await client(p.organiserSecret, 'en').organiser.surveys[':surveyId'].$patch({
      param: { surveyId: p.surveyId },
      json: { closesOn: '2099-02-30' },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as unknown as Refusal).error.message).toContain('Closes after');
  });

  it('refuses answers under "__proto__" or "constructor", naming the key', async () => {
    const p = await createPartnership();
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open', 1, 5);
    for (const key of ['__proto__', 'constructor']) {
      const res = await raw('/api/respond/draft', {
        method: 'PUT',
        secret,
        headers: { 'content-type': 'application/json' },
        body: `{"submissionId":"${submissionId()}","language":"en","answers":{"${key}":{"polluted":1}}}`,
      });
      expect(res.status, key).toBe(400);
      expect(((await res.json()) as Refusal).error.issues, key).toEqual([expect.objectContaining({ itemId: key, code: 'unknown_item' })]);
    }
  });
});
