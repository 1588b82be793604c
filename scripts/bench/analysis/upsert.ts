/**
 * The analysis bench's look inside the most expensive statement a submission used to run: the merge
 * of a response's counters into its partner's aggregate rows. A submission now stores its counters
 * as pending and a fold merges many responses at once (worker/store/fold.ts); this runs the fold's
 * merge, as `mergeInto` builds it, for one response (what every submission ran before) and for a
 * fold's worth, on a scratch copy of the `aggregates` table in the bench's local D1 (workerd's
 * SQLite) holding one partner's `all` row after 250 responses. SQLite's own time is D1's
 * `meta.duration` (whole milliseconds), averaged over many runs.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { drizzle } from 'drizzle-orm/d1';
import { surveyItems } from '../../../core/instrument';
import type { Instrument } from '../../../core/instrument/types';
import * as schema from '../../../db/schema';
import { ALL_GROUP, addStats, aggregateResponses, type Stats, statsDelta } from '../../../worker/analysis/stats';
import { FOLD_AT, mergeInto } from '../../../worker/store/fold';
import { partnerIds, respondentsFor, sections } from './cpu';

/** Runs of each variant, after 20 warm-up runs. */
export const UPSERT_RUNS = 300;
const SCRATCH = 'bench_aggregates';

export interface MergeVariant {
  readonly label: string;
  readonly responses: number;
  readonly counters: number;
  /** Mean SQLite milliseconds per run, and per response merged. */
  readonly sqliteMs: number;
  readonly perResponseMs: number;
}

export interface UpsertFigures {
  readonly storedBytes: number;
  readonly variants: readonly MergeVariant[];
}

async function sqliteMs(db: D1Database, sql: string, params: readonly unknown[]): Promise<number> {
  const statement = db.prepare(sql).bind(...params);
  for (let i = 0; i < 20; i++) await statement.run();
  let total = 0;
  for (let i = 0; i < UPSERT_RUNS; i++) total += (await statement.run()).meta.duration;
  return total / UPSERT_RUNS;
}

export async function measureUpsert(db: D1Database, instrument: Instrument): Promise<UpsertFigures> {
  const items = surveyItems(instrument, sections);
  const partnerId = partnerIds[0]!;
  const responses = respondentsFor(instrument, () => 250 + FOLD_AT, 11).filter((r) => r.partnerId === partnerId);
  const [stored, merged] = [responses.slice(0, 250), responses.slice(250)];
  const totals = aggregateResponses(items, stored).get(`${partnerId}/${ALL_GROUP}`)!;
  const deltas = merged.map((r) => statsDelta(items, r.answers));

  await db.batch([
    db.prepare(`DROP TABLE IF EXISTS ${SCRATCH}`),
    db.prepare(
      `CREATE TABLE ${SCRATCH} (survey_id text NOT NULL, partner_id text NOT NULL, group_key text NOT NULL, respondents integer NOT NULL, folded integer NOT NULL, stats text NOT NULL, PRIMARY KEY (survey_id, partner_id, group_key)) WITHOUT ROWID`,
    ),
    db
      .prepare(`INSERT INTO ${SCRATCH} VALUES (?, ?, ?, ?, ?, ?)`)
      .bind('bench-survey', partnerId, ALL_GROUP, totals.respondents, totals.respondents, JSON.stringify(totals.stats)),
  ]);
  const drizzled = drizzle(db, { schema });
  const variant = async (label: string, sums: readonly Stats[]): Promise<MergeVariant> => {
    const stats = sums.reduce<Stats>((sum, delta) => addStats(sum, delta), {});
    const query = mergeInto(
      drizzled,
      { surveyId: 'bench-survey', partnerId, groupKey: ALL_GROUP },
      { respondents: sums.length, stats },
    ).toSQL();
    if (!query.sql.includes('"aggregates"')) throw new Error('the merge no longer names "aggregates": update this bench');
    const ms = await sqliteMs(db, query.sql.replaceAll('"aggregates"', SCRATCH), query.params);
    return { label, responses: sums.length, counters: Object.keys(stats).length, sqliteMs: ms, perResponseMs: ms / sums.length };
  };
  const variants = [
    await variant('one response (what every submission ran before it stored its counters as pending)', deltas.slice(0, 1)),
    await variant(`a fold of ${FOLD_AT} responses (what a fold runs per group row)`, deltas),
  ];
  await db.prepare(`DROP TABLE ${SCRATCH}`).run();
  return { storedBytes: JSON.stringify(totals.stats).length, variants };
}
