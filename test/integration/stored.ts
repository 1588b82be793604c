/**
 * Filling a survey with complete responses the way respondents would (through the respond API), and
 * counting what the database holds for a survey afterwards (or writing aggregate rows straight in).
 */
import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { currentInstrument, requiredSections, type SectionId } from '../../core/instrument';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import type { GroupTotals, Stats } from '../../worker/analysis/stats';
import { client, respondentLinks, submissionId } from './client';

/** One complete response to the given sections (the required four by default), repeatable by seed. */
export const answersFor = (seed: number, chosen: readonly SectionId[] = requiredSections) =>
  syntheticAnswers({ instrument: currentInstrument, sections: chosen, otherPartnerIds: [], random: seededRandom(seed) });

/** Submits `count` complete responses for one partner through an open link. */
export async function respond(
  organiserSecret: string,
  surveyId: string,
  partnerId: string,
  count: number,
  seed = 1,
  chosen: readonly SectionId[] = requiredSections,
) {
  const [secret] = await respondentLinks(organiserSecret, surveyId, partnerId, 'respondent_open');
  for (let i = 0; i < count; i++) {
    const res = await client(secret).respond.submit.$post({
      json: { submissionId: submissionId(), language: 'nl', answers: answersFor(seed + i, chosen) },
    });
    expect(res.status).toBe(201);
  }
  return secret!;
}

/** How many rows a table holds for a survey. */
export async function countRows(
  table: 'responses' | 'comments' | 'aggregates' | 'pending_counts' | 'drafts' | 'progress' | 'report_overviews',
  surveyId: string,
) {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE survey_id = ?`).bind(surveyId).first<{ n: number }>();
  return row!.n;
}

/** Every table that holds something of a survey's respondents (comments apart). */
export const answerTables = ['responses', 'aggregates', 'pending_counts', 'drafts', 'progress'] as const;

/**
 * Writes aggregate rows straight into D1 (`<partnerId>/<group>` → totals, as `aggregateResponses`
 * keys them), their counters as `stored` gives them: rows as an earlier submit batch left them, for
 * a migration's test to migrate.
 */
export async function storeAggregateRows(
  surveyId: string,
  totals: ReadonlyMap<string, GroupTotals>,
  stored: (stats: Stats) => Stats = (stats) => stats,
): Promise<void> {
  await env.DB.batch(
    [...totals].map(([key, t]) =>
      env.DB.prepare('INSERT INTO aggregates (survey_id, partner_id, group_key, respondents, stats) VALUES (?, ?, ?, ?, ?)').bind(
        surveyId,
        key.slice(0, key.indexOf('/')),
        key.slice(key.indexOf('/') + 1),
        t.respondents,
        JSON.stringify(stored(t.stats)),
      ),
    ),
  );
}
