/**
 * Migration 0010 on rows the submit batch stored before it: every counter of theirs was merged at
 * submit, so every respondent counts as folded. After it, a submission's counters wait as pending,
 * the live totals add them to the row, and no fold is due until FOLD_AT of them wait.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { currentInstrument, surveyItems } from '../../core/instrument';
import { sectionIds } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { aggregateResponses } from '../../worker/analysis/stats';
import { database } from '../../worker/store/db';
import { readLiveTotals } from '../../worker/store/fold';
import { client, createPartnership, respondentLinks, submissionId } from './client';
import { storeAggregateRows } from './stored';

const sections = [...sectionIds];
const items = surveyItems(currentInstrument, sections);

async function migrate() {
  const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0010_'));
  if (!migration) throw new Error('migration 0010 is missing');
  // Its tables and column exist already (the test database has every migration): what it does to rows is its last statement.
  await env.DB.prepare(migration.queries.at(-1)!).run();
}

describe('migration 0010: counters pending until a fold', () => {
  it('counts every respondent of a row stored before it as folded, and adds what comes after as pending', async () => {
    const p = await createPartnership({ sections, minGroupSize: 5 });
    const [partnerId, ...others] = p.partnerIds as [string, ...string[]];
    const random = seededRandom(10);
    const answers = Array.from({ length: 21 }, () =>
      syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: others, random }),
    );
    const before = aggregateResponses(
      items,
      answers.slice(0, 20).map((a) => ({ partnerId, answers: a })),
    );
    // As the submit batch stored rows before the migration: every counter in `stats`, nothing folded yet.
    await storeAggregateRows(p.surveyId, before);
    await migrate();
    const folded = await env.DB.prepare('SELECT group_key, respondents, folded FROM aggregates WHERE survey_id = ?')
      .bind(p.surveyId)
      .all<{ group_key: string; respondents: number; folded: number }>();
    for (const row of folded.results) expect(row.folded, row.group_key).toBe(row.respondents);

    const [secret] = await respondentLinks(p.organiserSecret, p.surveyId, partnerId, 'respondent_single');
    const res = await client(secret).respond.submit.$post({
      json: { submissionId: submissionId(), language: 'nl', answers: answers[20]! },
    });
    expect(res.status).toBe(201);
    // One response pending (no fold: 1 is far from FOLD_AT), and the live totals are all 21.
    const pending = await env.DB.prepare('SELECT count(*) AS n FROM pending_counts WHERE survey_id = ?')
      .bind(p.surveyId)
      .first<{ n: number }>();
    expect(pending!.n).toBe(1);
    const expected = aggregateResponses(
      items,
      answers.map((a) => ({ partnerId, answers: a })),
    );
    const live = await readLiveTotals(database(env.DB), p.surveyId, items);
    expect(live).toHaveLength(expected.size);
    for (const row of live) {
      const { 'channel:personal|c': channel, ...stats } = row.stats;
      expect({ respondents: row.respondents, stats }, row.groupKey).toEqual(expected.get(`${row.partnerId}/${row.groupKey}`));
      expect(channel).toBe(row.groupKey === 'all' ? 1 : undefined);
    }
  });
});
