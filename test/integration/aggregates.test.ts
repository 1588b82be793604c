/**
 * The running sums under concurrency: 300 random responses submitted at once, in batches, through
 * the real Worker and D1, the folds they start running among them. Afterwards every live row (its
 * counters plus its pending responses') must equal a recomputation from the raw responses, and
 * each partner's respondent count must equal its number of responses (and its count of responses
 * through personal links), or a report would show numbers no respondent gave. Then folds racing
 * each other must add every pending response once: the rows alone equal the recomputation.
 */
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { currentInstrument, surveyItems } from '../../core/instrument';
import { type Answers, sectionIds } from '../../core/instrument/types';
import { aggregates } from '../../db/schema';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { aggregateResponses, type Stats } from '../../worker/analysis/stats';
import { database } from '../../worker/store/db';
import { FOLD_AT, foldPending, type LiveRow, readLiveTotals } from '../../worker/store/fold';
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
    const items = surveyItems(currentInstrument, sections);
    const expected = aggregateResponses(
      items,
      responses.results.map((r) => ({ partnerId: r.partner_id, answers: JSON.parse(r.answers) as Answers })),
    );
    const db = database(env.DB);
    const expectRecomputed = (rows: readonly LiveRow[]) => {
      // The channel counts are not in a response (nothing links it to its link): checked apart.
      const channelCounts = new Map<string, number>();
      const actual = new Map(
        rows.map((row) => {
          const { 'channel:personal|c': personal, ...stats } = row.stats as Stats;
          if (personal !== undefined) channelCounts.set(row.partnerId, personal);
          return [`${row.partnerId}/${row.groupKey}`, { respondents: row.respondents, stats }];
        }),
      );
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [key, totals] of expected) expect(actual.get(key), key).toEqual(totals);
      // Breakdown groups were exercised: someone answered each role, and some did not answer at all.
      expect(rows.filter((row) => row.groupKey.startsWith('role:')).length).toBeGreaterThanOrEqual(3);
      for (const partnerId of p.partnerIds) {
        const count = responses.results.filter((r) => r.partner_id === partnerId).length;
        expect(actual.get(`${partnerId}/all`)!.respondents).toBe(count);
        // Every one of them came through a personal link.
        expect(channelCounts.get(partnerId)).toBe(count);
      }
    };
    expectRecomputed(await readLiveTotals(db, p.surveyId, items));
    // The submissions folded as they went: fewer than a fold's worth wait per partner, and the rows
    // hold the rest.
    const pendingOf = async (partnerId: string) =>
      (await env.DB.prepare('SELECT count(*) AS n FROM pending_counts WHERE survey_id = ? AND partner_id = ?')
        .bind(p.surveyId, partnerId)
        .first<{ n: number }>())!.n;
    for (const partnerId of p.partnerIds) expect(await pendingOf(partnerId)).toBeLessThan(FOLD_AT + CONCURRENT);

    // Folds racing each other (three at once per partner, until nothing is pending) add each
    // response once: the rows alone, without a pending row, equal the recomputation.
    for (const partnerId of p.partnerIds) {
      while ((await pendingOf(partnerId)) > 0) await Promise.all([1, 2, 3].map(() => foldPending(db, p.surveyId, partnerId, items)));
    }
    const stored = await db.select().from(aggregates).where(eq(aggregates.surveyId, p.surveyId));
    expectRecomputed(stored);
    for (const row of stored) expect(row.folded, `${row.partnerId}/${row.groupKey}`).toBe(row.respondents);

    // And the report reads them: every partner shown with its exact respondent count.
    const report = await (await p.api.report.$get({ query: {} })).json();
    expect(report.report.partners.map((x) => (x.status === 'shown' ? x.respondents : 0))).toEqual([PER_PARTNER, PER_PARTNER, PER_PARTNER]);
  }, 60_000);
});
