/**
 * The partnership's name and challenge in English: set and removed by the organiser only, checked
 * like every request, and passed to respondents as given (the page falls back to Dutch without them).
 */
import { describe, expect, it } from 'vitest';
import { client, createPartnership, respondentLinks } from './client';

describe("the partnership's texts in English", () => {
  it('are set and removed by the organiser, and reach respondents as they were given', async () => {
    const p = await createPartnership();
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open');
    const shown = async () => (await (await client(secret).respond.$get()).json()).partnership;
    expect(await shown()).toEqual({
      name: { nl: 'Werk in de wijk', en: null },
      challenge: { nl: 'Meer mensen aan het werk', en: null },
    });

    const set = await p.api.organiser['english-texts'].$put({
      json: { nameEn: '  Work in the neighbourhood ', challengeEn: 'More people in work.' },
    });
    expect(set.status).toBe(200);
    expect((await set.json()).partnership).toMatchObject({ nameEn: 'Work in the neighbourhood', challengeEn: 'More people in work.' });
    expect(await shown()).toEqual({
      name: { nl: 'Werk in de wijk', en: 'Work in the neighbourhood' },
      challenge: { nl: 'Meer mensen aan het werk', en: 'More people in work.' },
    });
    const view = await (await p.api.organiser.$get()).json();
    expect(view.partnership).toMatchObject({ name: 'Werk in de wijk', nameEn: 'Work in the neighbourhood' });

    // An empty text is no text: English readers see the Dutch one again.
    expect((await p.api.organiser['english-texts'].$put({ json: { nameEn: '', challengeEn: null } })).status).toBe(200);
    expect(await shown()).toEqual({ name: { nl: 'Werk in de wijk', en: null }, challenge: { nl: 'Meer mensen aan het werk', en: null } });
  });

  it('are refused when too long, with the field named, and nothing changes', async () => {
    const p = await createPartnership();
    const res = await client(p.organiserSecret, 'en').organiser['english-texts'].$put({
      json: { nameEn: 'x'.repeat(161), challengeEn: 'Fine' },
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as unknown as { error: { message: string } };
    expect(error.message).toContain('Name of the partnership in English: use at most 160 characters');
    expect((await (await p.api.organiser.$get()).json()).partnership).toMatchObject({ nameEn: null, challengeEn: null });
    // Only the organiser sets them: a report link or a respondent's link cannot.
    const reportRes = await p.api.organiser.links.$post({ json: { scope: 'report', surveyId: p.surveyId } });
    const [report] = (await reportRes.json()).links;
    const [respondent] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open');
    for (const secret of [report!.secret, respondent!]) {
      const refused = await client(secret).organiser['english-texts'].$put({ json: { nameEn: 'Taken over', challengeEn: null } });
      expect(refused.status).toBe(404);
    }
    expect((await (await p.api.organiser.$get()).json()).partnership).toMatchObject({ nameEn: null });
  });

  it('come with a new partnership when it is set up with them', async () => {
    const res = await client().partnerships.$post({
      json: {
        partnership: {
          name: 'Samen sterk',
          challenge: 'Jeugdzorg dichtbij',
          nameEn: 'Stronger together',
          challengeEn: 'Youth care close to home',
          collaborationFunction: 'joint_development',
          horizon: '2030',
        },
        partners: [
          { name: 'Gemeente', sector: 'public' },
          { name: 'Zorg', sector: 'civil_society' },
        ],
      },
    });
    expect(res.status).toBe(201);
    const { organiserSecret } = await res.json();
    expect((await (await client(organiserSecret).organiser.$get()).json()).partnership).toMatchObject({
      name: 'Samen sterk',
      nameEn: 'Stronger together',
      challengeEn: 'Youth care close to home',
    });
  });
});
