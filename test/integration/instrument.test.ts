/**
 * The instrument through the real Worker and D1: the public definition, a complete response to every
 * section stored and read back, perceptions limited to the partnership, and the survey
 * configuration rules (required sections, the instrument version a survey keeps).
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { currentInstrument, surveyItems } from '../../core/instrument';
import type { AnswerValue, SectionId } from '../../core/instrument/types';
import { requiredSections, sectionIds } from '../../core/instrument/types';
import { instrumentV1 } from '../../core/instrument/v1';
import { instrumentV2 } from '../../core/instrument/v2';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { database } from '../../worker/store/db';
import { readLiveTotals } from '../../worker/store/fold';
import { client, createPartnership, raw, respondentLinks, submissionId } from './client';

const allSections: SectionId[] = [...sectionIds];

interface InvalidAnswers {
  error: { code: string; message: string; issues: { itemId: string; code: string; message: string }[] };
}

/** One complete response: every item of every section, perceptions about every other partner included. */
function completeAnswers(otherPartnerIds: readonly string[], seed = 1): Record<string, AnswerValue> {
  return {
    ...syntheticAnswers({
      instrument: currentInstrument,
      sections: allSections,
      otherPartnerIds,
      random: seededRandom(seed),
      skipOptional: 0,
    }),
    'open.success': 'Eén vast aanspreekpunt voor werkzoekenden bij alle partners.',
    'open.worries': 'Dat de samenwerking stopt zodra het projectgeld op is.',
    'about.role': 'professional',
    'about.involvement': 'direct',
  };
}

async function responsesOf(surveyId: string) {
  const { results } = await env.DB.prepare('SELECT partner_id, instrument_version, answers FROM responses WHERE survey_id = ?')
    .bind(surveyId)
    .all<{ partner_id: string; instrument_version: number; answers: string }>();
  return results.map((r) => ({ ...r, answers: JSON.parse(r.answers) as Record<string, unknown> }));
}

async function count(table: 'partnerships' | 'surveys' | 'responses' | 'comments' | 'drafts', where = '1 = 1', ...binds: string[]) {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`)
    .bind(...binds)
    .first<{ n: number }>();
  return row!.n;
}

describe('the public instrument', () => {
  it('serves the full version-1 definition without any link', async () => {
    const res = await client().instrument[':version'].$get({ param: { version: '1' } });
    expect(res.status).toBe(200);
    // A published version never changes: a phone keeps it a year and never asks again.
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await res.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(instrumentV1)));
    expect(body.sections.map((s) => s.id)).toEqual(allSections);
    expect(body.sections.reduce((n, s) => n + s.items.length, 0)).toBe(surveyItems(instrumentV1, allSections).length);
  });

  it('serves version 2, with the partner contact’s facts form, the same way', async () => {
    const res = await client().instrument[':version'].$get({ param: { version: '2' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await res.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(instrumentV2)));
    expect(body.facts?.items.map((i) => i.id)).toEqual([
      'facts.mandate',
      'facts.committed',
      'facts.commitment_term',
      'facts.accountability',
    ]);
  });

  it('names the current version, and answers an unknown version with 404', async () => {
    expect(await (await client().instrument.$get()).json()).toEqual({ current: 2 });
    const missing = await raw('/api/instrument/3');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'instrument_not_found' } });
  });
});

describe('a complete response to every section', () => {
  it('is stored as sent (text trimmed) and read back from D1', async () => {
    const p = await createPartnership({ sections: allSections });
    const [own, ...others] = p.partnerIds;
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, own!, 'respondent_single');
    const respondent = client(secret, 'nl');

    const context = await (await respondent.respond.$get()).json();
    expect(context.survey).toMatchObject({ instrumentVersion: 2, sections: allSections });
    expect(context.otherPartners.map((o) => o.id)).toEqual(others);

    const answers = completeAnswers(others);
    // Every item of every section is answered, each perception about every other partner.
    expect(Object.keys(answers).sort()).toEqual(
      surveyItems(instrumentV2, allSections)
        .map((i) => i.id)
        .sort(),
    );
    for (const item of surveyItems(instrumentV2, ['perceptions']))
      expect(Object.keys(answers[item.id] as object).sort()).toEqual([...others].sort());

    const sent = { ...answers, 'open.success': `  ${answers['open.success'] as string}\n` };
    const res = await respondent.respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers: sent } });
    expect(res.status).toBe(201);

    const stored = await responsesOf(p.surveyId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toEqual({ partner_id: own, instrument_version: 2, answers });

    const { results: comments } = await env.DB.prepare(
      'SELECT partner_id, item_id, body FROM comments WHERE survey_id = ? ORDER BY item_id',
    )
      .bind(p.surveyId)
      .all();
    expect(comments).toEqual([
      { partner_id: own, item_id: 'open.success', body: answers['open.success'] },
      { partner_id: own, item_id: 'open.worries', body: answers['open.worries'] },
    ]);

    // The running sums counted it too (its counters pending a fold): in the whole group and in both
    // "about you" breakdowns.
    const groups = (await readLiveTotals(database(env.DB), p.surveyId, surveyItems(currentInstrument, allSections), [own!])).sort((a, b) =>
      a.groupKey.localeCompare(b.groupKey),
    );
    expect(groups.map((g) => [g.groupKey, g.respondents])).toEqual([
      ['all', 1],
      ['involvement:direct', 1],
      ['role:professional', 1],
    ]);
    const stats = groups[0]!.stats;
    // A perception and a scale are stored as the point given (their count and sums come with the release).
    const rated = (answers['perceptions.control_trust'] as Record<string, number>)[others[0]!];
    expect(stats[`perceptions.control_trust@${others[0]}:${rated}|c`]).toBe(1);
    expect(stats[`perceptions.control_trust@${others[0]}|n`]).toBeUndefined();
    expect(stats[`culture.control_trust:${answers['culture.control_trust']}|c`]).toBe(1);
    expect(stats['drives.allocation|n']).toBe(1);
    expect(stats['open.worries|a']).toBe(1);
    // Three values chosen; the cross-products of two statements of one factor, in the whole group only.
    expect(stats['values.most_important|n']).toBe(1);
    expect(Object.keys(stats).filter((key) => key.startsWith('values.most_important:')).length).toBe(3);
    expect(stats['readiness.urgency_1*readiness.urgency_3|n']).toBe(
      typeof answers['readiness.urgency_1'] === 'number' && typeof answers['readiness.urgency_3'] === 'number' ? 1 : undefined,
    );
    for (const group of groups.slice(1)) expect(Object.keys(group.stats).some((key) => key.includes('*'))).toBe(false);
  });

  it('can be saved as a draft first and then submitted', async () => {
    const p = await createPartnership({ sections: allSections });
    const [own, ...others] = p.partnerIds;
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, own!, 'respondent_single');
    const respondent = client(secret);
    const answers = completeAnswers(others, 2);
    const id = submissionId();
    const half = Object.fromEntries(Object.entries(answers).slice(0, 20));
    expect((await respondent.respond.draft.$put({ json: { submissionId: id, language: 'en', answers: half } })).status).toBe(200);
    expect(await (await respondent.respond.draft.$get({ query: { submissionId: id } })).json()).toMatchObject({ draft: { answers: half } });
    expect((await respondent.respond.submit.$post({ json: { submissionId: id, language: 'en', answers } })).status).toBe(201);
    expect((await responsesOf(p.surveyId))[0]!.answers).toEqual(answers);
    expect(await count('drafts', 'survey_id = ?', p.surveyId)).toBe(0);
  });
});

describe('perceptions stay inside the partnership', () => {
  it('refuses a perception about a partner of another partnership with 400 naming the item, and stores nothing', async () => {
    const p = await createPartnership({ sections: allSections });
    const elsewhere = await createPartnership({ sections: allSections });
    const [own, ...others] = p.partnerIds;
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, own!, 'respondent_open');

    const answers = { ...completeAnswers(others, 3), 'perceptions.control_trust': { [others[0]!]: 3, [elsewhere.partnerIds[0]!]: 5 } };
    for (const language of ['en', 'nl'] as const) {
      const res = await client(secret, language).respond.submit.$post({ json: { submissionId: submissionId(), language, answers } });
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as unknown as InvalidAnswers;
      expect(error.code).toBe('invalid_answers');
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]).toMatchObject({ itemId: 'perceptions.control_trust', code: 'unknown_partner' });
      expect(error.issues[0]!.message).toContain(
        language === 'en' ? 'other partners in this partnership' : 'andere partners in deze samenwerking',
      );
    }
    expect(await count('responses', 'survey_id = ?', p.surveyId)).toBe(0);
    expect(await count('comments', 'survey_id = ?', p.surveyId)).toBe(0);
  });

  it('refuses a perception about the respondent’s own partner, in a draft too', async () => {
    const p = await createPartnership({ sections: allSections });
    const [own, ...others] = p.partnerIds;
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, own!, 'respondent_open');
    const answers = { 'perceptions.decision_pace': { [own!]: 2, [others[1]!]: 6 } };
    const res = await client(secret).respond.draft.$put({ json: { submissionId: submissionId(), language: 'en', answers } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as unknown as InvalidAnswers).error.issues).toEqual([
      expect.objectContaining({ itemId: 'perceptions.decision_pace', code: 'unknown_partner' }),
    ]);
    expect(await count('drafts', 'survey_id = ?', p.surveyId)).toBe(0);
  });

  it('refuses answers to a section the survey does not use', async () => {
    const p = await createPartnership({ sections: [...requiredSections] });
    const [own, ...others] = p.partnerIds;
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, own!, 'respondent_open');
    const answers = {
      ...syntheticAnswers({ instrument: currentInstrument, sections: requiredSections, otherPartnerIds: others, random: seededRandom(4) }),
      'tensions.short_long': 4,
      'perceptions.control_trust': { [others[0]!]: 4 },
    };
    const res = await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'en', answers } });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as unknown as InvalidAnswers;
    expect(error.issues.map((i) => [i.itemId, i.code])).toEqual([
      ['tensions.short_long', 'unknown_item'],
      ['perceptions.control_trust', 'unknown_item'],
    ]);
  });
});

describe('survey configuration', () => {
  const newPartnership = (sections: string[]) =>
    raw('/api/partnerships', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        partnership: {
          name: 'Werk in de wijk',
          challenge: 'Meer mensen aan het werk',
          collaborationFunction: 'operational_alignment',
          horizon: '2030',
        },
        partners: [
          { name: 'Gemeente', sector: 'public' },
          { name: 'Bedrijf', sector: 'private' },
        ],
        survey: { title: 'Nulmeting', sections, languages: ['nl', 'en'] },
      }),
    });

  it.each(requiredSections.map((s) => [s]))(
    'refuses a survey without the required section %s with 400, and stores nothing',
    async (missing) => {
      const before = await count('partnerships');
      const res = await newPartnership(allSections.filter((s) => s !== missing));
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as unknown as InvalidAnswers;
      expect(error.code).toBe('invalid_request');
      expect(error.issues).toEqual([
        expect.objectContaining({
          itemId: 'survey.sections',
          message: 'Sections: choose at least Drives, Ways of working, Values and Ready to collaborate',
        }),
      ]);
      expect(await count('partnerships')).toBe(before);
    },
  );

  it('refuses an unknown section and a section chosen twice', async () => {
    expect((await newPartnership([...requiredSections, 'horoscope'])).status).toBe(400);
    expect((await newPartnership([...requiredSections, 'tensions', 'tensions'])).status).toBe(400);
  });

  it('accepts the four required sections alone, or with any of the others', async () => {
    expect((await newPartnership([...requiredSections])).status).toBe(201);
    expect((await newPartnership([...requiredSections, 'perceptions', 'about'])).status).toBe(201);
  });

  it('keeps the instrument version and sections a survey opened with, and stamps them on its responses', async () => {
    const sections: SectionId[] = ['drives', 'culture', 'values', 'readiness', 'tensions'];
    const p = await createPartnership({ sections });
    const row = await env.DB.prepare('SELECT instrument_version, sections FROM surveys WHERE id = ?')
      .bind(p.surveyId)
      .first<{ instrument_version: number; sections: string }>();
    expect(row).toEqual({ instrument_version: currentInstrument.version, sections: JSON.stringify(sections) });

    const [own, ...others] = p.partnerIds;
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, own!, 'respondent_open');
    expect((await (await client(secret).respond.$get()).json()).survey).toMatchObject({ instrumentVersion: 2, sections });
    const answers = syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: others, random: seededRandom(5) });
    expect((await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers } })).status).toBe(
      201,
    );
    expect((await responsesOf(p.surveyId)).map((r) => r.instrument_version)).toEqual([2]);
  });
});

describe('a survey that opened with version 1', () => {
  /** A survey made before version 2 was published: it keeps version 1 for good. */
  async function versionOneSurvey() {
    const p = await createPartnership({ sections: allSections });
    await env.DB.prepare('UPDATE surveys SET instrument_version = 1 WHERE id = ?').bind(p.surveyId).run();
    return p;
  }
  const v1Answers = (others: readonly string[], seed: number) =>
    syntheticAnswers({
      instrument: instrumentV1,
      sections: allSections,
      otherPartnerIds: others,
      random: seededRandom(seed),
      skipOptional: 0,
    });

  it('is still answered in version 1: its own questions are taken, version 2’s refused', async () => {
    const p = await versionOneSurvey();
    const [own, ...others] = p.partnerIds;
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, own!, 'respondent_open');
    const respondent = client(secret);
    expect((await (await respondent.respond.$get()).json()).survey).toMatchObject({ instrumentVersion: 1 });
    const answers = v1Answers(others, 6);
    expect(answers['values.fairness']).toBeDefined();
    const sent = await respondent.respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers } });
    expect(sent.status).toBe(201);
    expect((await responsesOf(p.surveyId)).map((r) => r.instrument_version)).toEqual([1]);
    const newer = await respondent.respond.submit.$post({
      json: {
        submissionId: submissionId(),
        language: 'nl',
        answers: { ...answers, 'values.most_important': ['inclusion', 'lawfulness', 'efficiency'] },
      },
    });
    expect(newer.status).toBe(400);
    expect(((await newer.json()) as unknown as InvalidAnswers).error.issues).toEqual([
      expect.objectContaining({ itemId: 'values.most_important', code: 'unknown_item' }),
    ]);
  });

  it('is still reported in version 1: values rated one by one, their lenses as mean importance, no facts form', async () => {
    const p = await versionOneSurvey();
    for (const [index, partnerId] of p.partnerIds.entries()) {
      const others = p.partnerIds.filter((id) => id !== partnerId);
      const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, partnerId, 'respondent_open');
      for (let r = 0; r < 5; r++) {
        const res = await client(secret).respond.submit.$post({
          json: { submissionId: submissionId(), language: 'nl', answers: v1Answers(others, 100 * index + r) },
        });
        expect(res.status).toBe(201);
      }
    }
    const res = await client(p.organiserSecret).report.$get({ query: { surveyId: p.surveyId } });
    expect(res.status).toBe(200);
    const { survey, report } = await res.json();
    expect(survey.instrumentVersion).toBe(1);
    const { figures } = await (await client(p.organiserSecret).report.figures.$get({ query: { surveyId: p.surveyId } })).json();
    const values = figures.sections.find((s) => s.sectionId === 'values')!;
    expect(values.items.map((i) => i.itemId)).toContain('values.fairness');
    expect(report.values?.chosen).toBeNull();
    expect(report.values?.lenses?.measure).toBe('mean_importance');
    // Two statements per factor, and version 1's tensions without "don't know".
    expect(report.readiness!.factors.find((f) => f.factor === 'urgency')!.itemIds).toEqual(['readiness.urgency_1', 'readiness.urgency_2']);
    expect(report.readiness!.functionSeen).toBeNull();
    expect(report.facts).toEqual([]);
  });
});
