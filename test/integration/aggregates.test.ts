/**
 * The running sums under concurrency: 300 random responses submitted at once, in batches, through
 * the real Worker and D1. Afterwards every stored aggregate row must equal a recomputation from the
 * raw responses, and each partner's respondent count must equal its number of responses (and its
 * count of responses through personal links), or a report would show numbers no respondent gave.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { currentInstrument, surveyItems } from '../../core/instrument';
import { type Answers, sectionIds } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { aggregateResponses, type Stats } from '../../worker/analysis/stats';
import { client, createPartnership, respondentLinks, submissionId } from './client';

const sections = [...sectionIds];
const PER_PARTNER = 100;
const CONCURRENT = 60;

describe('aggregates under concurrent submissions', () => {
  it('equal a recomputation from the raw responses after 300 concurrent submits', async () => {
    const p = await createPartnership({ sections, minGroupSize: 5 });
    const random = seededRandom(404);
    const submissions = (
      await Promise.all(
        p.partnerIds.map(async (partnerId) => {
          const secrets = await respondentLinks(p.organiserSecret, p.surveyId, partnerId, 'respondent_single', PER_PARTNER);
          const others = p.partnerIds.filter((id) => id !== partnerId);
          // Skipping optional items leaves some "about you" questions (and perceptions) unanswered.
          return secrets.map((secret, i) => ({
            secret,
            answers: {
              ...syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: others, random, skipOptional: 0.3 }),
              ...(i % 3 === 0 ? { 'open.success': `idee ${i}` } : {}),
            },
          }));
        }),
      )
    ).flat();
    // Interleave partners so concurrent submits hit the same aggregate rows.
    submissions.sort(() => random() - 0.5);

    for (let start = 0; start < submissions.length; start += CONCURRENT) {
      const batch = submissions.slice(start, start + CONCURRENT);
      const statuses = await Promise.all(
        batch.map(
          async ({ secret, answers }) =>
            (await client(secret).respond.submit.$post({ json: { submissionId: submissionId(), language: 'nl', answers } })).status,
        ),
      );
      expect(statuses.every((s) => s === 201)).toBe(true);
    }

    const responses = await env.DB.prepare('SELECT partner_id, answers FROM responses WHERE survey_id = ?')
      .bind(p.surveyId)
      .all<{ partner_id: string; answers: string }>();
    expect(responses.results).toHaveLength(3 * PER_PARTNER);
    const stored = await env.DB.prepare('SELECT partner_id, group_key, respondents, stats FROM aggregates WHERE survey_id = ?')
      .bind(p.surveyId)
      .all<{ partner_id: string; group_key: string; respondents: number; stats: string }>();

    const expected = aggregateResponses(
      surveyItems(currentInstrument, sections),
      responses.results.map((r) => ({ partnerId: r.partner_id, answers: JSON.parse(r.answers) as Answers })),
    );
    // The channel counts are not in a response (nothing links it to its link): checked apart.
    const channelCounts = new Map<string, number>();
    const actual = new Map(
      stored.results.map((row) => {
        const { 'channel:personal|c': personal, ...stats } = JSON.parse(row.stats) as Stats;
        if (personal !== undefined) channelCounts.set(row.partner_id, personal);
        return [`${row.partner_id}/${row.group_key}`, { respondents: row.respondents, stats }];
      }),
    );
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, totals] of expected) expect(actual.get(key), key).toEqual(totals);
    // Breakdown groups were exercised: someone answered each role, and some did not answer at all.
    expect(stored.results.filter((row) => row.group_key.startsWith('role:')).length).toBeGreaterThanOrEqual(3);

    for (const partnerId of p.partnerIds) {
      const count = responses.results.filter((r) => r.partner_id === partnerId).length;
      expect(actual.get(`${partnerId}/all`)!.respondents).toBe(count);
      // Every one of them came through a personal link.
      expect(channelCounts.get(partnerId)).toBe(count);
    }

    // And the report reads them: every partner shown with its exact respondent count.
    const report = await (await p.api.report.$get({ query: {} })).json();
    expect(report.report.partners.map((x) => (x.status === 'shown' ? x.respondents : 0))).toEqual([PER_PARTNER, PER_PARTNER, PER_PARTNER]);
  }, 60_000);
});
