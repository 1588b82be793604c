/**
 * Migration 0008 on rows the submit batch stored before it: a scale kept its count, sum and sum of
 * squares beside its answer counts, a perception kept only its sums. After the migration the rows
 * hold what the submit batch now stores, and a release made from them (which adds every scale's
 * sums back, `asReleased`) holds exactly the counters it held before; responses submitted after
 * the migration add to them as to any other row.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { currentInstrument, surveyItems } from '../../core/instrument';
import { sectionIds } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { addStats, aggregateResponses, asReleased, type Stats } from '../../worker/analysis/stats';
import { createPartnership } from './client';
import { storeAggregateRows } from './stored';

const sections = [...sectionIds];
const items = surveyItems(currentInstrument, sections);
/** A row as the submit batch stored it before migration 0008: what a release holds (perceptions as sums only). */
const storedBefore = (stats: Stats): Stats => asReleased(items, stats);

async function migrate() {
  const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0008_'));
  if (!migration) throw new Error('migration 0008 is missing');
  for (const query of migration.queries) await env.DB.prepare(query).run();
}

describe('migration 0008: a scale stored as its answer counts', () => {
  it('keeps every figure of rows stored before it, and rows keep adding up after it', async () => {
    const p = await createPartnership({ sections, minGroupSize: 5 });
    const [partnerId, ...others] = p.partnerIds as [string, ...string[]];
    const random = seededRandom(8);
    const answers = Array.from({ length: 40 }, () =>
      syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: others, random, skipOptional: 0.2 }),
    );
    const earlier = aggregateResponses(
      items,
      answers.slice(0, 30).map((a) => ({ partnerId, answers: a })),
    );
    const later = aggregateResponses(
      items,
      answers.slice(30).map((a) => ({ partnerId, answers: a })),
    );
    const all = aggregateResponses(
      items,
      answers.map((a) => ({ partnerId, answers: a })),
    );
    await storeAggregateRows(p.surveyId, earlier, storedBefore);

    await migrate();

    const { results } = await env.DB.prepare('SELECT group_key, stats FROM aggregates WHERE survey_id = ? AND partner_id = ?')
      .bind(p.surveyId, partnerId)
      .all<{ group_key: string; stats: string }>();
    expect(results.map((r) => r.group_key).sort()).toEqual([...earlier.keys()].map((key) => key.slice(key.indexOf('/') + 1)).sort());
    for (const row of results) {
      const migrated = JSON.parse(row.stats) as Stats;
      const before = storedBefore(earlier.get(`${partnerId}/${row.group_key}`)!.stats);
      // What a release reads is what it read before: every count and every sum.
      expect(asReleased(items, migrated), row.group_key).toEqual(before);
      // A scale keeps its counts only; a perception, which has no counts, its sums; allocations and choices are as they were.
      expect(migrated['culture.control_trust|n']).toBeUndefined();
      expect(Object.keys(migrated).some((key) => key.startsWith('culture.control_trust:'))).toBe(true);
      if (row.group_key === 'all') {
        expect(migrated[`perceptions.control_trust@${others[0]}|n`]).toBe(before[`perceptions.control_trust@${others[0]}|n`]);
        expect(migrated['drives.allocation:continuity|s']).toBe(before['drives.allocation:continuity|s']);
        expect(migrated['values.most_important|n']).toBe(before['values.most_important|n']);
      }

      // Ten more responses, stored as the submit batch now stores them: every counter covers all 40.
      const after = asReleased(items, addStats({ ...migrated }, later.get(`${partnerId}/${row.group_key}`)?.stats ?? {}));
      const expected = asReleased(items, all.get(`${partnerId}/${row.group_key}`)!.stats);
      expect(after, row.group_key).toEqual(expected);
    }
  });

  it('leaves a row stored after it as it is', async () => {
    const p = await createPartnership({ sections, minGroupSize: 5 });
    const partnerId = p.partnerIds[0]!;
    const random = seededRandom(9);
    const stored = aggregateResponses(items, [
      { partnerId, answers: syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: p.partnerIds.slice(1), random }) },
    ]).get(`${partnerId}/all`)!;
    await env.DB.prepare("INSERT INTO aggregates (survey_id, partner_id, group_key, respondents, stats) VALUES (?, ?, 'all', 1, ?)")
      .bind(p.surveyId, partnerId, JSON.stringify(stored.stats))
      .run();
    await migrate();
    const row = await env.DB.prepare("SELECT stats FROM aggregates WHERE survey_id = ? AND partner_id = ? AND group_key = 'all'")
      .bind(p.surveyId, partnerId)
      .first<{ stats: string }>();
    expect(JSON.parse(row!.stats)).toEqual(stored.stats);
  });
});
