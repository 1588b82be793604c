/**
 * Faults: what a respondent would lose if the database failed half-way, two devices raced, or a
 * reply got lost. Each runs against the real Worker and D1.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { currentInstrument } from '../../core/instrument';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { client, createPartnership, respondentLinks, submissionId } from './client';

const sections = ['drives', 'culture', 'values', 'readiness'] as const;
const answers = (seed: number) =>
  syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: [], random: seededRandom(seed) });

async function stored(surveyId: string) {
  const count = async (table: string) =>
    (await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE survey_id = ?`).bind(surveyId).first<{ n: number }>())!.n;
  return { responses: await count('responses'), aggregates: await count('aggregates'), drafts: await count('drafts') };
}

async function linkUses(surveyId: string) {
  return (await env.DB.prepare("SELECT uses FROM capability_links WHERE survey_id = ? AND scope = 'respondent_single'")
    .bind(surveyId)
    .first<{ uses: number }>())!.uses;
}

describe('faults', () => {
  it('leaves nothing half-written when a statement fails in the middle of a submission', async () => {
    const p = await createPartnership();
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_single');
    const respondent = client(secret);
    const body = { submissionId: submissionId(), language: 'nl' as const, answers: answers(11) };
    expect((await respondent.respond.draft.$put({ json: body })).status).toBe(200);

    // Fault injection: the completion counter, written after the response and the aggregates, fails.
    await env.DB.exec(
      "CREATE TRIGGER fail_completion BEFORE INSERT ON progress WHEN NEW.counter <> 'started' BEGIN SELECT RAISE(ABORT, 'injected fault'); END;",
    );
    try {
      const failed = await respondent.respond.submit.$post({ json: body });
      expect(failed.status).toBe(500);
      expect(await failed.json()).toMatchObject({ error: { code: 'internal_error' } });
    } finally {
      await env.DB.exec('DROP TRIGGER fail_completion;');
    }
    expect(await stored(p.surveyId)).toEqual({ responses: 0, aggregates: 0, drafts: 1 });
    expect(await linkUses(p.surveyId)).toBe(0);

    // The respondent's retry, once the fault is gone, stores the response exactly once.
    expect((await respondent.respond.submit.$post({ json: body })).status).toBe(201);
    expect(await stored(p.surveyId)).toEqual({ responses: 1, aggregates: 1, drafts: 0 });
    expect(await linkUses(p.surveyId)).toBe(1);
  });

  it('stores exactly one response when two devices submit the same single-use link at once', async () => {
    const p = await createPartnership();
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[1]!, 'respondent_single');
    const results = await Promise.all(
      [answers(21), answers(22)].map((a) =>
        client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers: a } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await stored(p.surveyId)).responses).toBe(1);
    expect(await linkUses(p.surveyId)).toBe(1);
  });

  it('stores a submission retried after a lost reply once, however the retries overlap', async () => {
    const p = await createPartnership();
    const [single] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_single');
    const [open] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[2]!, 'respondent_open');
    for (const secret of [single!, open!]) {
      const body = { submissionId: submissionId(), language: 'en' as const, answers: answers(31) };
      const concurrent = await Promise.all([1, 2, 3].map(() => client(secret).respond.submit.$post({ json: body })));
      const later = await client(secret).respond.submit.$post({ json: body });
      expect(concurrent.map((r) => r.status).filter((s) => s === 201)).toHaveLength(1);
      expect([...concurrent, later].every((r) => r.status === 201 || r.status === 200)).toBe(true);
      expect(await later.json()).toEqual({ outcome: 'already_stored' });
    }
    expect((await stored(p.surveyId)).responses).toBe(2);
    const respondents = await env.DB.prepare("SELECT sum(respondents) AS n FROM aggregates WHERE survey_id = ? AND group_key = 'all'")
      .bind(p.surveyId)
      .first<{ n: number }>();
    expect(respondents!.n).toBe(2);
  });
});
