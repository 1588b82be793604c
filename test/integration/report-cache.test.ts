/**
 * The report models a Worker isolate keeps (worker/routes/report-cache.ts) and the overviews kept in
 * D1 for isolates that have not built a release's model (worker/store/report-overviews.ts), through
 * the real Worker and D1, as a reader meets them: in one isolate, and with every overview read in an
 * isolate that starts afresh. Neither is served once anything it rests on changed (a new release, a
 * higher k, an open link without a cap, a partner's stated facts, deleted responses), so no reader
 * sees a figure the rules no longer allow. And the figures route, like every report route, opens
 * only for the links that may read the report.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { currentInstrument } from '../../core/instrument';
import type { SectionId } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { forgetKeptModels } from '../../worker/routes/report-cache';
import { client, createPartnership, raw, respondentLinks, submissionId } from './client';

const sections: SectionId[] = ['drives', 'culture', 'values', 'readiness'];

type Partnership = Awaited<ReturnType<typeof createPartnership>>;

async function respond(p: Partnership, partnerIndex: number, count: number, seed: number) {
  const partnerId = p.partnerIds[partnerIndex]!;
  const secrets = await respondentLinks(p.organiserSecret, p.surveyId, partnerId, 'respondent_single', count);
  const random = seededRandom(seed);
  for (const secret of secrets) {
    const answers = syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: [], random });
    const res = await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers } });
    expect(res.status).toBe(201);
  }
}

async function issue(p: Partnership, json: { scope: 'partner_contact' | 'report' | 'lead'; partnerId?: string }) {
  const res = await p.api.organiser.links.$post({ json: { ...json, surveyId: p.surveyId, count: 1 } });
  expect(res.status).toBe(201);
  return (await res.json()).links[0]!.secret;
}

/** The overview stored in D1 for a survey: which release it is of, or undefined. */
const storedOverview = (surveyId: string) =>
  env.DB.prepare('SELECT sequence FROM report_overviews WHERE survey_id = ?').bind(surveyId).first<{ sequence: number }>();

describe.each([
  ['though the isolate keeps the model of a release', false],
  ['though each overview is read in an isolate that has not built it', true],
])('the report a reader is served', (isolates, fresh) => {
  it(`follows every change of what it rests on, ${isolates}`, async () => {
    const p = await createPartnership({ sections, minGroupSize: 5 });
    await respond(p, 0, 6, 1);
    await respond(p, 1, 6, 2);
    await respond(p, 2, 3, 3);
    const reader = client(await issue(p, { scope: 'report' }));
    const read = async () => {
      if (fresh) forgetKeptModels();
      const overview = await (await reader.report.$get({ query: {} })).json();
      const { figures, release } = await (await reader.report.figures.$get({ query: {} })).json();
      // Both parts of one release.
      expect(release).toEqual(overview.release);
      return { ...overview, figures };
    };
    const statuses = async () => (await read()).report.partners.map((x) => x.status);

    const first = await read();
    expect(first.report.partners.map((x) => x.status)).toEqual(['shown', 'shown', 'not_enough_responses']);
    expect(await storedOverview(p.surveyId)).toEqual({ sequence: first.release.sequence });
    expect(first.figures.pairs).toHaveLength(1);
    // Read again, by the same reader and by the organiser: the same report.
    expect(await read()).toEqual(first);
    expect((await (await p.api.report.$get({ query: {} })).json()).report).toEqual(first.report);

    // An open link without a cap is in the next read, in the same release.
    await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open');
    const linked = await read();
    expect(linked.release.sequence).toBe(first.release.sequence);
    expect(linked.report.partners[0]).toMatchObject({ uncappedOpenLinks: 1 });

    // So are a partner's stated facts.
    const contact = client(await issue(p, { scope: 'partner_contact', partnerId: p.partnerIds[1]! }));
    const answers = { 'facts.mandate': 'yes' };
    expect((await contact.partner.facts.$put({ json: { surveyId: p.surveyId, answers } })).status).toBe(200);
    expect((await read()).report.facts).toEqual([{ partnerId: p.partnerIds[1], answers, updatedOn: expect.any(String) }]);

    // A higher k: partners of 6 are under it from the next read on, in the overview and the figures.
    const raised = await p.api.organiser.surveys[':surveyId'].$patch({ param: { surveyId: p.surveyId }, json: { minGroupSize: 7 } });
    expect(raised.status).toBe(200);
    const underK = await read();
    expect(underK.report.partners.map((x) => x.status)).toEqual(['not_enough_responses', 'not_enough_responses', 'not_enough_responses']);
    expect(underK.figures.pairs).toEqual([]);
    for (const id of p.partnerIds) expect(JSON.stringify(underK.figures)).not.toContain(id);

    // Responses that move the figures (by k or more) make a new release, read at once.
    await respond(p, 0, 7, 4);
    await respond(p, 1, 7, 5);
    await respond(p, 2, 4, 6);
    const moved = await read();
    expect(moved.release.sequence).toBeGreaterThan(first.release.sequence);
    expect(moved.report.partners.map((x) => (x.status === 'shown' ? x.respondents : x.status))).toEqual([13, 13, 7]);
    expect(moved.figures.pairs).toHaveLength(3);

    // Deleted responses end the releases: nothing is shown from the next read on.
    const deleted = await p.api.organiser.surveys[':surveyId'].responses.$delete({
      param: { surveyId: p.surveyId },
      json: { confirm: 'Nulmeting' },
    });
    expect(deleted.status).toBe(200);
    expect(await storedOverview(p.surveyId)).toBeNull();
    const gone = await read();
    expect(gone.release.deleted).toBe(true);
    expect(await statuses()).toEqual(['not_enough_responses', 'not_enough_responses', 'not_enough_responses']);
    expect(gone.figures.sections.every((s) => s.items.every((i) => i.byPartner.length === 0))).toBe(true);
  });
});

describe('the report a reader is served', () => {
  it('and its figures only to the links that may read the report', async () => {
    const p = await createPartnership({ sections, minGroupSize: 3 });
    await respond(p, 0, 3, 1);
    await respond(p, 1, 3, 2);
    for (const secret of [p.organiserSecret, await issue(p, { scope: 'report' }), await issue(p, { scope: 'lead' })]) {
      expect((await raw('/api/report/figures', { secret })).status).toBe(200);
    }
    const others = [
      await issue(p, { scope: 'partner_contact', partnerId: p.partnerIds[0]! }),
      ...(await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_open')),
      ...(await respondentLinks(p.organiserSecret, p.surveyId, p.partnerIds[0]!, 'respondent_single')),
    ];
    for (const secret of others) {
      const res = await raw('/api/report/figures', { secret });
      expect(res.status).toBe(404);
      expect(JSON.stringify(await res.json())).not.toContain(p.partnerIds[0]!);
    }
    expect((await raw('/api/report/figures')).status).toBe(404);
    // A report link reads its own survey's figures, no other.
    const other = await p.api.organiser.surveys.$post({ json: { title: 'Vervolgmeting', sections, languages: ['nl'], minGroupSize: 3 } });
    expect(other.status).toBe(201);
    const { survey } = await other.json();
    const reader = client(await issue(p, { scope: 'report' }));
    expect((await reader.report.figures.$get({ query: { surveyId: survey.id } })).status).toBe(404);
  });
});
