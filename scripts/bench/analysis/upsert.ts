/**
 * The analysis bench's look inside the submit's most expensive statement: the upsert that adds a
 * response's counters to its partner's aggregate rows (worker/store/aggregates.ts). It runs the
 * statement exactly as the submit builds it, and variants of it that each leave out one part of the
 * work, on a scratch copy of the `aggregates` table in the bench's local D1 (workerd's SQLite),
 * holding one partner's rows after 250 responses. SQLite's own time is D1's `meta.duration`
 * (whole milliseconds), averaged over many runs.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { drizzle } from 'drizzle-orm/d1';
import { surveyItems } from '../../../core/instrument';
import type { Instrument } from '../../../core/instrument/types';
import * as schema from '../../../db/schema';
import { ALL_GROUP, aggregateResponses } from '../../../worker/analysis/stats';
import { aggregateUpsert, responseDelta } from '../../../worker/store/aggregates';
import { partnerIds, respondentsFor, sections } from './cpu';

/** Runs of each variant, after 20 warm-up runs. */
export const UPSERT_RUNS = 300;
const SCRATCH = 'bench_aggregates';
const SCRATCH_JSONB = 'bench_aggregates_jsonb';

export interface UpsertVariant {
  readonly label: string;
  /** Mean SQLite milliseconds per run. */
  readonly sqliteMs: number;
}

export interface UpsertFigures {
  readonly counters: number;
  readonly breakdownCounters: number;
  readonly groups: number;
  readonly storedBytes: number;
  readonly sqlBytes: number;
  readonly variants: readonly UpsertVariant[];
}

/** `text` with `from` replaced by `to`, refusing a `from` the statement no longer holds. */
function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the upsert no longer holds ${JSON.stringify(from.slice(0, 60))}: update this bench`);
  return text.replaceAll(from, to);
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
  const responses = respondentsFor(instrument, () => 250, 11).filter((r) => r.partnerId === partnerId);
  const answers = responses.at(-1)!.answers;
  const delta = responseDelta('bench-survey', partnerId, items, answers, 'open');
  const built = aggregateUpsert(drizzle(db, { schema }), delta);

  const columns = (stats: string) =>
    `survey_id text NOT NULL, partner_id text NOT NULL, group_key text NOT NULL, respondents integer NOT NULL, stats ${stats} NOT NULL, PRIMARY KEY (survey_id, partner_id, group_key)`;
  await db.batch([
    db.prepare(`DROP TABLE IF EXISTS ${SCRATCH}`),
    db.prepare(`DROP TABLE IF EXISTS ${SCRATCH_JSONB}`),
    db.prepare(`CREATE TABLE ${SCRATCH} (${columns('text')}) WITHOUT ROWID`),
    db.prepare(`CREATE TABLE ${SCRATCH_JSONB} (${columns('blob')}) WITHOUT ROWID`),
  ]);
  const totals = aggregateResponses(items, responses);
  await db.batch(
    [...totals].map(([key, t]) =>
      db
        .prepare(`INSERT INTO ${SCRATCH} VALUES (?, ?, ?, ?, ?)`)
        .bind(delta.surveyId, partnerId, key.slice(key.indexOf('/') + 1), t.respondents, JSON.stringify(t.stats)),
    ),
  );
  await db.prepare(`INSERT INTO ${SCRATCH_JSONB} SELECT survey_id, partner_id, group_key, respondents, jsonb(stats) FROM ${SCRATCH}`).run();

  const asBuilt = replaced(built.sql, '"aggregates"', SCRATCH);
  const lookup = `amount + coalesce(json_extract(${SCRATCH}."stats", '$."' || counter || '"'), 0)`;
  const variants: [string, string][] = [
    ['as the submit runs it: look up each counter, add, merge (`json_patch`)', asBuilt],
    [
      'the same on JSONB storage (`jsonb_patch`; the rows stored as JSONB)',
      replaced(replaced(asBuilt, SCRATCH, SCRATCH_JSONB), 'json_patch(', 'jsonb_patch('),
    ],
    ['without the look-ups: merge the delta as it is (wrong sums)', replaced(asBuilt, lookup, 'amount')],
    ['without any JSON work: count the respondent only', replaced(asBuilt, `json_patch(${SCRATCH}."stats"`, `coalesce(${SCRATCH}."stats"`)],
  ];
  const measured: UpsertVariant[] = [];
  for (const [label, sql] of variants) measured.push({ label, sqliteMs: await sqliteMs(db, sql, built.params) });
  await db.batch([db.prepare(`DROP TABLE ${SCRATCH}`), db.prepare(`DROP TABLE ${SCRATCH_JSONB}`)]);
  return {
    counters: Object.keys(delta.full).length,
    breakdownCounters: Object.keys(delta.breakdown).length,
    groups: 1 + delta.breakdownGroups.length,
    storedBytes: JSON.stringify(totals.get(`${partnerId}/${ALL_GROUP}`)!.stats).length,
    sqlBytes: built.sql.length,
    variants: measured,
  };
}
