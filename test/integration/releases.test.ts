/**
 * Releases through the real Worker and D1: what a reader sees moves only in steps of k people, says
 * which release it is, survives concurrent readers, closing, raising k, deletion (also when a
 * release is being made at that very moment), retention and several surveys; free text comes in
 * cohorts of max(10, k) respondents.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { currentInstrument } from '../../core/instrument';
import type { SectionId } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { statsOf } from '../../worker/analysis/stats';
import worker from '../../worker/index';
import { forgetKeptModels } from '../../worker/routes/report-cache';
import { database } from '../../worker/store/db';
import { getPartnership } from '../../worker/store/partnerships';
import { decodeCounters } from '../../worker/store/released-counters';
import { currentRelease, releaseSubject } from '../../worker/store/releases';
import { deleteSurveyResponses } from '../../worker/store/retention';
import { client, createPartnership, raw, respondentLinks, submissionId } from './client';

const sections: SectionId[] = ['drives', 'culture', 'values', 'readiness', 'open'];
type Partnership = Awaited<ReturnType<typeof createPartnership>>;

interface Seen {
  release: { sequence: number; releasedOn: string | null; deleted: boolean; notYetIncluded: number; surveyOpen: boolean };
  report: { partners: { id: string; status: string; respondents?: number }[] };
}

const read = async (p: Partnership, surveyId = p.surveyId) =>
  (await (await raw(`/api/report?surveyId=${surveyId}`, { secret: p.organiserSecret })).json()) as Seen;
const shown = (seen: Seen, partnerId: string) => seen.report.partners.find((x) => x.id === partnerId);
const count = async (table: string, surveyId: string) =>
  (await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE survey_id = ?`).bind(surveyId).first<{ n: number }>())!.n;

/** `count` responses for one partner, each with a numbered comment. */
async function respond(p: Partnership, partnerIndex: number, count: number, surveyId = p.surveyId, from = 0) {
  const partnerId = p.partnerIds[partnerIndex]!;
  const [secret] = await respondentLinks(p.organiserSecret, surveyId, partnerId, 'respondent_open', 1, count);
  const random = seededRandom(from + 1);
  for (let i = 0; i < count; i++) {
    const answers = {
      ...syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: [], random }),
      'open.success': `idee ${from + i}`,
    };
    const res = await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers } });
    expect(res.status).toBe(201);
  }
}

describe('releases', () => {
  it('move only in steps of k, and say which release they are and what is not in them yet', async () => {
    const p = await createPartnership({ sections, minGroupSize: 5 });
    const target = p.partnerIds[0]!;
    expect((await read(p)).release).toMatchObject({ sequence: 0, releasedOn: null, notYetIncluded: 0 });
    await respond(p, 0, 5);
    const first = await read(p);
    expect(first.release).toMatchObject({
      sequence: 1,
      releasedOn: new Date().toISOString().slice(0, 10),
      notYetIncluded: 0,
      surveyOpen: true,
    });
    expect(shown(first, target)).toMatchObject({ status: 'shown', respondents: 5 });
    await respond(p, 0, 4, p.surveyId, 5);
    const second = await read(p);
    expect(second.release).toMatchObject({ sequence: 1, notYetIncluded: 4 });
    expect(shown(second, target)).toMatchObject({ respondents: 5 });
    await respond(p, 0, 1, p.surveyId, 9);
    const third = await read(p);
    expect(third.release).toMatchObject({ sequence: 2, notYetIncluded: 0 });
    expect(shown(third, target)).toMatchObject({ respondents: 10 });
  });

  it('reads the rows stored before the layout form (JSON objects) as they are, and writes them in it when they next move', async () => {
    const p = await createPartnership({ sections, minGroupSize: 5 });
    await respond(p, 0, 5);
    await respond(p, 1, 5);
    const figures = async () => {
      // Built afresh from the rows: no model kept in this isolate, no overview stored.
      forgetKeptModels();
      await env.DB.prepare('DELETE FROM report_overviews WHERE survey_id = ?').bind(p.surveyId).run();
      const overview = await (await raw(`/api/report?surveyId=${p.surveyId}`, { secret: p.organiserSecret })).json();
      const rest = await (await raw(`/api/report/figures?surveyId=${p.surveyId}`, { secret: p.organiserSecret })).json();
      return { overview, rest };
    };
    const rows = async () =>
      (
        await env.DB.prepare(
          'SELECT partner_id, group_key, stats FROM released_aggregates WHERE survey_id = ? ORDER BY partner_id, group_key',
        )
          .bind(p.surveyId)
          .all<{ partner_id: string; group_key: string; stats: string }>()
      ).results;
    const inLayout = (stats: string) => 'v' in (JSON.parse(stats) as object);
    const before = await figures();
    const stored = await rows();
    expect(new Set(stored.map((row) => row.partner_id))).toEqual(new Set(p.partnerIds.slice(0, 2)));
    expect(stored.every((row) => inLayout(row.stats))).toBe(true);

    // Every row as it was stored before: the counters themselves.
    for (const row of stored) {
      await env.DB.prepare('UPDATE released_aggregates SET stats = ? WHERE survey_id = ? AND partner_id = ? AND group_key = ?')
        .bind(JSON.stringify(statsOf(decodeCounters(row.stats))), p.surveyId, row.partner_id, row.group_key)
        .run();
    }
    expect((await rows()).some((row) => inLayout(row.stats))).toBe(false);
    expect(await figures()).toEqual(before);
    // Reading changes no row.
    expect((await rows()).some((row) => inLayout(row.stats))).toBe(false);

    // The first partner moves: its rows are written in the layout form; the second's stay as they were.
    await respond(p, 0, 5, p.surveyId, 5);
    const moved = await read(p);
    expect(moved.release.sequence).toBe(2);
    expect(shown(moved, p.partnerIds[0]!)).toMatchObject({ respondents: 10 });
    const after = await rows();
    expect(after.filter((row) => row.partner_id === p.partnerIds[0]).every((row) => inLayout(row.stats))).toBe(true);
    expect(after.filter((row) => row.partner_id === p.partnerIds[1]).some((row) => inLayout(row.stats))).toBe(false);
  });

  it('is made once when several readers arrive at the same moment', async () => {
    const p = await createPartnership({ sections, minGroupSize: 3 });
    await respond(p, 0, 3);
    const seen = await Promise.all(Array.from({ length: 6 }, () => read(p)));
    expect(seen.map((s) => s.release.sequence)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(await count('releases', p.surveyId)).toBe(1);
  });

  it('is made at the close, and the report says which responses stay out and that no more will come', async () => {
    const p = await createPartnership({ sections, minGroupSize: 5 });
    await respond(p, 0, 5);
    expect((await read(p)).release.sequence).toBe(1);
    await respond(p, 1, 6);
    await respond(p, 0, 3, p.surveyId, 5);
    const close = await p.api.organiser.surveys[':surveyId'].close.$post({ param: { surveyId: p.surveyId } });
    expect(close.status).toBe(200);
    // The close made release 2 (the second partner's six); the first partner's three stay out.
    expect(await count('releases', p.surveyId)).toBe(2);
    const seen = await read(p);
    expect(seen.release).toMatchObject({ sequence: 2, notYetIncluded: 3, surveyOpen: false });
    expect(shown(seen, p.partnerIds[1]!)).toMatchObject({ respondents: 6 });
  });

  it('hides more when k is raised, and never shows more', async () => {
    const p = await createPartnership({ sections, minGroupSize: 3 });
    await respond(p, 0, 4);
    expect(shown(await read(p), p.partnerIds[0]!)).toMatchObject({ status: 'shown', respondents: 4 });
    await p.api.organiser.surveys[':surveyId'].$patch({ param: { surveyId: p.surveyId }, json: { minGroupSize: 5 } });
    await respond(p, 0, 1, p.surveyId, 4);
    // Five now, but only one more since the release: it stays, and 4 is under the new k.
    expect(shown(await read(p), p.partnerIds[0]!)).toEqual({
      id: p.partnerIds[0],
      name: 'Gemeente Rivierstad',
      status: 'not_enough_responses',
    });
  });

  it('keeps the surveys of one partnership apart', async () => {
    const p = await createPartnership({ sections, minGroupSize: 3 });
    const later = (
      await (await p.api.organiser.surveys.$post({ json: { title: 'Vervolg', sections, languages: ['nl'], minGroupSize: 3 } })).json()
    ).survey;
    await respond(p, 0, 3);
    await respond(p, 1, 3, later.id);
    expect((await read(p)).release.sequence).toBe(1);
    const second = await read(p, later.id);
    expect(second.release.sequence).toBe(1);
    expect(second.report.partners.map((x) => x.status)).toEqual(['not_enough_responses', 'shown', 'not_enough_responses']);
  });

  it('shows free text in cohorts of at least max(10, k) respondents', async () => {
    const p = await createPartnership({ sections, minGroupSize: 3 });
    const comments = async () => {
      const body = (await (await raw('/api/report/comments', { secret: p.organiserSecret })).json()) as {
        comments: { byPartner: { items: { comments: string[] }[] }[] };
      };
      return body.comments.byPartner.flatMap((b) => b.items.flatMap((i) => i.comments)).sort();
    };
    await respond(p, 0, 9);
    expect(await comments()).toEqual([]);
    await respond(p, 0, 1, p.surveyId, 9);
    const firstCohort = await comments();
    expect(firstCohort).toHaveLength(10);
    // Five more people: their comments wait for five more still, however often anyone reads.
    await respond(p, 0, 5, p.surveyId, 10);
    expect(await comments()).toEqual(firstCohort);
    await respond(p, 0, 5, p.surveyId, 15);
    expect(await comments()).toHaveLength(20);
  });
});

describe('deleting responses', () => {
  it('deletes the released figures and ends the releases with a deleted one; new answers start again', async () => {
    const p = await createPartnership({ sections, minGroupSize: 3 });
    await respond(p, 0, 3);
    expect((await read(p)).release.sequence).toBe(1);
    const res = await p.api.organiser.surveys[':surveyId'].responses.$delete({
      param: { surveyId: p.surveyId },
      json: { confirm: 'Nulmeting' },
    });
    expect(res.status).toBe(200);
    expect(await count('released_aggregates', p.surveyId)).toBe(0);
    const after = await read(p);
    expect(after.release).toMatchObject({ sequence: 2, deleted: true });
    expect(after.report.partners.every((x) => x.status === 'not_enough_responses')).toBe(true);
    await respond(p, 0, 3, p.surveyId, 3);
    expect(shown(await read(p), p.partnerIds[0]!)).toMatchObject({ respondents: 3 });
    expect((await read(p)).release).toMatchObject({ sequence: 3, deleted: false });
  });

  it('refuses a release computed from answers that were deleted before it could be written', async () => {
    const p = await createPartnership({ sections, minGroupSize: 3 });
    await respond(p, 0, 3);
    const db = database(env.DB);
    const found = (await getPartnership(db, p.partnershipId))!;
    const survey = found.surveys[0]!;
    const organiser = { partnershipId: p.partnershipId, linkId: (await (await p.api.organiser.$get()).json()).ownLinkId };
    // The same D1, with the deletion slipped in between the release's reads and its write.
    let batches = 0;
    const interleaved = new Proxy(env.DB, {
      get(target, property) {
        if (property !== 'batch') return Reflect.get(target, property).bind(target);
        return async (statements: D1PreparedStatement[]) => {
          batches += 1;
          if (batches === 3) await deleteSurveyResponses(db, organiser, survey.id);
          return target.batch(statements);
        };
      },
    });
    const state = await currentRelease(database(interleaved), releaseSubject(survey, found.partners));
    // Its reads, the moving partners' rows, its write (refused: the deletion took the sequence
    // number), and its reads again.
    expect(batches).toBe(4);
    expect(state.header).toMatchObject({ sequence: 1, kind: 'deleted' });
    expect(await count('released_aggregates', p.surveyId)).toBe(0);
    expect(shown(await read(p), p.partnerIds[0]!)?.status).toBe('not_enough_responses');
  });

  it('by the retention run deletes the released figures too', async () => {
    const p = await createPartnership({ sections, minGroupSize: 3 });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await p.api.organiser.surveys[':surveyId'].$patch({ param: { surveyId: p.surveyId }, json: { retainUntil: tomorrow } });
    await respond(p, 0, 3);
    await read(p);
    expect(await count('released_aggregates', p.surveyId)).toBeGreaterThan(0);
    const ctx = createExecutionContext();
    const dayAfter = new Date(Date.now() + 2 * 86_400_000);
    await worker.scheduled(createScheduledController({ scheduledTime: dayAfter, cron: '17 3 * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await count('released_aggregates', p.surveyId)).toBe(0);
    expect((await read(p)).release).toMatchObject({ deleted: true, surveyOpen: false });
  });
});
