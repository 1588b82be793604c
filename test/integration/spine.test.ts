import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { currentInstrument } from '../../core/instrument';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { client, createPartnership, raw, respondentLinks, submissionId } from './client';

const sections = ['drives', 'culture', 'values', 'readiness'] as const;

async function countResponses(surveyId: string) {
  const row = await env.DB.prepare('SELECT count(*) AS n FROM responses WHERE survey_id = ?').bind(surveyId).first<{ n: number }>();
  return row!.n;
}

function answersFor(seed: number, others: string[] = []) {
  return syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: others, random: seededRandom(seed) });
}

describe('the vertical slice', () => {
  it('stores a submitted response once and shows it in the report', async () => {
    const p = await createPartnership();
    const partnerId = p.partnerIds[0]!;
    const secrets = await respondentLinks(p.organiserSecret, p.surveyId, partnerId, 'respondent_open');
    const respondent = client(secrets[0]);

    const context = await respondent.respond.$get();
    expect(context.status).toBe(200);
    const body = await context.json();
    expect(body).toMatchObject({ state: 'open', partner: { name: 'Gemeente Rivierstad' }, survey: { minGroupSize: 3 } });

    const answers = [answersFor(1), answersFor(2), answersFor(3)];
    for (const a of answers) {
      const res = await respondent.respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers: a } });
      expect(res.status).toBe(201);
    }
    expect(await countResponses(p.surveyId)).toBe(3);

    const reportRes = await p.api.report.$get({ query: {} });
    expect(reportRes.status).toBe(200);
    const { report } = await reportRes.json();
    expect(report.partners.find((x) => x.id === partnerId)).toMatchObject({ status: 'shown', respondents: 3 });
    const { figures } = await (await p.api.report.figures.$get({ query: {} })).json();
    const culture = figures.sections.find((s) => s.sectionId === 'culture')!;
    const item = culture.items.find((i) => i.itemId === 'culture.control_trust')!;
    const expected = answers.reduce((sum, a) => sum + (a['culture.control_trust'] as number), 0) / 3;
    expect(item.kind === 'scale' && item.byPartner.find((x) => x.partnerId === partnerId)).toMatchObject({
      n: 3,
      mean: Number(expected.toFixed(4)),
    });
    // The other partners have no responses: under the threshold, they are named and nothing else.
    const others = report.partners.filter((x) => x.id !== partnerId);
    expect(others.map((x) => x.status)).toEqual(['not_enough_responses', 'not_enough_responses']);
    const serialized = JSON.stringify(report);
    for (const other of others) expect(serialized.split(other.id)).toHaveLength(2);
  });

  it('stores a response without link, IP or precise time', async () => {
    const p = await createPartnership();
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[1]!, 'respondent_single');
    await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'en', answers: answersFor(4) } });
    const row = await env.DB.prepare('SELECT * FROM responses WHERE survey_id = ?').bind(p.surveyId).first<Record<string, unknown>>();
    expect(Object.keys(row!).sort()).toEqual([
      'answers',
      'instrument_version',
      'partner_id',
      'submission_key',
      'submitted_on',
      'survey_id',
    ]);
    expect(row!.submitted_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it('refuses a single-use link the second time with 409 and keeps one response', async () => {
    const p = await createPartnership();
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_single');
    const respondent = client(secret);
    const first = await respondent.respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers: answersFor(5) } });
    expect(first.status).toBe(201);
    const second = await respondent.respond.submit.$post({
      json: { submissionId: submissionId(), language: 'nl', answers: answersFor(6) },
    });
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: { code: 'link_used' } });
    expect(await countResponses(p.surveyId)).toBe(1);
    expect(await (await respondent.respond.$get()).json()).toMatchObject({ state: 'used' });
  });

  it('treats a retried submission (same submission id) as the same response', async () => {
    const p = await createPartnership();
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_single');
    const json = { submissionId: submissionId(), language: 'nl' as const, answers: answersFor(7) };
    expect((await client(secret).respond.submit.$post({ json })).status).toBe(201);
    const retry = await client(secret).respond.submit.$post({ json });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ outcome: 'already_stored' });
    expect(await countResponses(p.surveyId)).toBe(1);
  });

  it('answers a malformed body with 400 in the error shape and stores nothing', async () => {
    const p = await createPartnership();
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open');
    const broken = await raw('/api/respond/submit', {
      method: 'POST',
      secret,
      headers: { 'content-type': 'application/json' },
      body: '{"submissionId": "abc',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: 'bad_request', message: expect.any(String) } });

    const outOfRange = { ...answersFor(8), 'culture.control_trust': 9 };
    const invalid = await client(secret).respond.submit.$post({
      json: { submissionId: submissionId(), language: 'en', answers: outOfRange },
    });
    expect(invalid.status).toBe(400);
    const error = (await invalid.json()) as unknown as { error: { code: string; issues: { itemId: string; message: string }[] } };
    expect(error.error.code).toBe('invalid_answers');
    expect(error.error.issues).toEqual([
      expect.objectContaining({ itemId: 'culture.control_trust', message: expect.stringContaining('choose one of the answers shown') }),
    ]);
    expect(await countResponses(p.surveyId)).toBe(0);
    const aggregates = await env.DB.prepare('SELECT count(*) AS n FROM aggregates WHERE survey_id = ?')
      .bind(p.surveyId)
      .first<{ n: number }>();
    expect(aggregates!.n).toBe(0);
  });

  it('gives an unknown and a revoked link the same 404', async () => {
    const p = await createPartnership();
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open');
    const organiserView = await (await p.api.organiser.$get()).json();
    const linkId = organiserView.links.find((l) => l.scope === 'respondent_open')!.id;
    expect((await p.api.organiser.links[':id'].revoke.$post({ param: { id: linkId } })).status).toBe(200);

    const revoked = await client(secret).respond.$get();
    const unknown = await client('A'.repeat(24)).respond.$get();
    expect(revoked.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await revoked.json()).toEqual(await unknown.json());
  });
});
