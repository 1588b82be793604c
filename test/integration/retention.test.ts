/**
 * How stored answers leave the database: an organiser deleting a survey's responses (after typing
 * its title), and the nightly retention run (responses past their survey's retention date, drafts
 * untouched for 30 days); and the same run's fold of the counters a quiet survey left pending.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { currentInstrument, requiredSections, surveyItems } from '../../core/instrument';
import { aggregates } from '../../db/schema';
import worker from '../../worker/index';
import { database } from '../../worker/store/db';
import { readLiveTotals } from '../../worker/store/fold';
import { client, createPartnership, raw, respondentLinks, submissionId } from './client';
import { answerTables, countRows, respond } from './stored';

const sections = requiredSections;

describe('deleting a survey’s responses', () => {
  it('needs the survey title as confirmation and then removes every trace at once', async () => {
    const p = await createPartnership({ sections: [...sections, 'open'] });
    const other = await (
      await p.api.organiser.surveys.$post({ json: { title: 'Vervolg', sections: [...sections], languages: ['nl'] } })
    ).json();
    const secret = await respond(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 3, 60);
    await client(secret).respond.draft.$put({ json: { submissionId: submissionId(), language: 'nl', answers: {} } });
    await respond(p.organiserSecret, other.survey.id, p.partnerIds[0]!, 1, 70);
    await env.DB.prepare(
      "INSERT INTO comments (survey_id, partner_id, item_id, sort_key, body) VALUES (?, ?, 'open.success', 'k', 'tekst')",
    )
      .bind(p.surveyId, p.partnerIds[0]!)
      .run();

    const api = p.api.organiser.surveys[':surveyId'].responses;
    const wrong = await api.$delete({ param: { surveyId: p.surveyId }, json: { confirm: 'nulmeting' } });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: { code: 'confirmation_mismatch' } });
    expect(await countRows('responses', p.surveyId)).toBe(3);
    expect((await raw(`/api/organiser/surveys/${p.surveyId}/responses`, { method: 'DELETE', secret: p.organiserSecret })).status).toBe(400);

    const done = await api.$delete({ param: { surveyId: p.surveyId }, json: { confirm: 'Nulmeting' } });
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ deleted: true, responses: 3 });
    for (const table of [...answerTables, 'comments'] as const) expect(await countRows(table, p.surveyId), table).toBe(0);
    // The other survey of the partnership keeps its response.
    expect(await countRows('responses', other.survey.id)).toBe(1);
  });
});

const sortedByGroup = <Row extends { partnerId: string; groupKey: string }>(rows: readonly Row[]) =>
  [...rows].sort((x, y) => `${x.partnerId}/${x.groupKey}`.localeCompare(`${y.partnerId}/${y.groupKey}`));

describe('the scheduled run', () => {
  const runScheduled = async (day: string) => {
    const controller = createScheduledController({ scheduledTime: new Date(`${day}T03:17:00Z`), cron: '17 3 * * *' });
    const ctx = createExecutionContext();
    await worker.scheduled(controller, env, ctx);
    await waitOnExecutionContext(ctx);
  };
  const addDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  it('deletes the responses of surveys past their retention date and keeps the others', async () => {
    const p = await createPartnership();
    const api = p.api.organiser.surveys;
    await api[':surveyId'].$patch({ param: { surveyId: p.surveyId }, json: { retainUntil: addDays(10) } });
    const later = (
      await (await api.$post({ json: { title: 'Later', sections: [...sections], languages: ['nl'], retainUntil: addDays(400) } })).json()
    ).survey;
    const kept = await respond(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 3, 80);
    await client(kept).respond.draft.$put({ json: { submissionId: submissionId(), language: 'nl', answers: {} } });
    await respond(p.organiserSecret, later.id, p.partnerIds[1]!, 2, 90);

    await runScheduled(addDays(10));
    expect(await countRows('responses', p.surveyId)).toBe(3);
    // A read of the report stores its overview for other isolates: it goes with the answers.
    expect((await p.api.report.$get({ query: { surveyId: p.surveyId } })).status).toBe(200);
    expect(await countRows('report_overviews', p.surveyId)).toBe(1);

    await runScheduled(addDays(11));
    for (const table of [...answerTables, 'report_overviews'] as const) expect(await countRows(table, p.surveyId), table).toBe(0);
    const view = await (await p.api.organiser.$get()).json();
    expect(view.surveys.find((s) => s.id === p.surveyId)).toMatchObject({ status: 'closed', isOpen: false });
    expect(await countRows('responses', later.id)).toBe(2);
    expect(await countRows('aggregates', later.id)).toBeGreaterThan(0);
    expect(await countRows('progress', later.id)).toBeGreaterThan(0);
  });

  it('deletes drafts nobody touched for 30 days', async () => {
    const p = await createPartnership();
    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open');
    await client(secret).respond.draft.$put({ json: { submissionId: submissionId(), language: 'nl', answers: {} } });
    await runScheduled(addDays(30));
    expect(await countRows('drafts', p.surveyId)).toBe(1);
    await runScheduled(addDays(31));
    expect(await countRows('drafts', p.surveyId)).toBe(0);
  });

  it('folds the counters a quiet survey left pending, so its rows alone hold every response once', async () => {
    const p = await createPartnership();
    // Fewer than FOLD_AT per partner: no submission starts a fold.
    await respond(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 3, 100);
    await respond(p.organiserSecret, p.surveyId, p.partnerIds[1]!, 2, 110);
    expect(await countRows('pending_counts', p.surveyId)).toBe(5);
    const items = surveyItems(currentInstrument, sections);
    const db = database(env.DB);
    const before = await readLiveTotals(db, p.surveyId, items);

    await runScheduled(addDays(1));
    expect(await countRows('pending_counts', p.surveyId)).toBe(0);
    const storedRows = async () =>
      sortedByGroup(
        await db
          .select({
            partnerId: aggregates.partnerId,
            groupKey: aggregates.groupKey,
            respondents: aggregates.respondents,
            stats: aggregates.stats,
            folded: aggregates.folded,
          })
          .from(aggregates)
          .where(eq(aggregates.surveyId, p.surveyId)),
      );
    const rows = await storedRows();
    // The rows alone now hold what the live totals held before: stored counters plus pending answers.
    expect(rows.map(({ folded: _, ...row }) => row)).toEqual(sortedByGroup(before));
    for (const row of rows) expect(row.folded).toBe(row.respondents);
    expect(rows.find((r) => r.partnerId === p.partnerIds[0] && r.groupKey === 'all')?.respondents).toBe(3);

    // A second run finds nothing pending and changes nothing.
    await runScheduled(addDays(2));
    expect(await storedRows()).toEqual(rows);
  });
});
