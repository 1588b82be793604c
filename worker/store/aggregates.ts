/**
 * Adding a response to its partner's running sums, as one statement of the submit batch: an
 * upsert of the `all` row (every counter of the response and its channel) and of each answered
 * breakdown group (`role:…`, `involvement:…`: the scale counters only, see `breakdownStatsDelta`).
 * A missing row is inserted holding the delta; an existing row gets every counter of the delta
 * added inside SQL, so concurrent submissions never overwrite each other (D1 runs one statement at
 * a time, and the read and the write are one statement).
 *
 * Cost. D1 counts the rows a statement reads, and counts a row of a table-valued function such as
 * `json_each` as read: adding a delta of 500 counters through `json_each` read 600 rows per
 * submission. The delta goes into the statement as a `VALUES` list instead, which is no table: the
 * upsert reads only the group rows it updates. The list is written once, as a common table
 * expression that both the insert and the update read, with a flag for the counters the breakdown
 * groups keep (theirs are the same counters with the same values, a subset of the full delta).
 *
 * Why inlining is safe here. A delta has hundreds of counters, more than the 100 parameters D1
 * binds per statement, so its keys and values are written into the SQL as literals. `deltaRows`
 * refuses (throws) any key outside COUNTER_KEY (letters, digits and `_ . : | @ * -`: no quote, no
 * backslash, no space: nothing that could end an SQL string or the quoted key of a JSON path) and any value that is not a
 * safe integer, so a literal can never end early or carry anything but a counter. The keys are
 * built from instrument ids, validated option ids and scale values, and partner ids (UUIDs) of the
 * survey's partnership (worker/analysis/stats.ts), which always pass; the check is what makes it
 * safe, not where the keys come from. Everything else (survey, partner, groups) is bound.
 */
import { fillPlaceholders, sql } from 'drizzle-orm';
import type { Answers, Item } from '../../core/instrument/types';
import { oncePer } from '../../core/once';
import { aggregates } from '../../db/schema';
import { ALL_GROUP, breakdownGroups, breakdownStatsDelta, type Channel, channelDelta, type Stats, statsDelta } from '../analysis/stats';
import type { Database } from './db';

/** The only characters a counter key may have when it is written into SQL. */
export const COUNTER_KEY = /^[A-Za-z0-9_.:|@*-]+$/;

/**
 * The delta as SQL `VALUES` rows of (key, amount, kept by the breakdown groups), after checking
 * every key and amount, and that each breakdown counter is the full delta's.
 */
export function deltaRows(full: Readonly<Stats>, breakdown: Readonly<Stats>): string {
  let rows = '';
  for (const key in breakdown) {
    if (full[key] !== breakdown[key]) throw new Error(`breakdown counter ${key} differs from the full delta`);
  }
  for (const key in full) {
    const amount = full[key]!;
    if (!COUNTER_KEY.test(key)) throw new Error(`counter key ${JSON.stringify(key)} has a character SQL could read`);
    if (!Number.isSafeInteger(amount)) throw new Error(`counter ${key} would add ${amount}, not a safe integer`);
    rows += `${rows ? ', ' : ''}('${key}', ${amount}, ${key in breakdown ? 1 : 0})`;
  }
  if (!rows) throw new Error('an empty delta adds nothing');
  return `VALUES ${rows}`;
}

export interface AggregateDelta {
  readonly surveyId: string;
  readonly partnerId: string;
  /** What the `all` row gets. */
  readonly full: Readonly<Stats>;
  /** The breakdown groups the response counts in, and what each of them gets. */
  readonly breakdownGroups: readonly string[];
  readonly breakdown: Readonly<Stats>;
}

/** What one response through a link of `channel` adds to its partner's rows (see `AggregateDelta`). */
export function responseDelta(
  surveyId: string,
  partnerId: string,
  items: readonly Item[],
  answers: Answers,
  channel: Channel,
): AggregateDelta {
  return {
    surveyId,
    partnerId,
    full: { ...statsDelta(items, answers), ...channelDelta(channel) },
    breakdownGroups: breakdownGroups(items, answers).filter((group) => group !== ALL_GROUP),
    breakdown: breakdownStatsDelta(items, answers),
  };
}

/** The common table expression the upsert reads the delta from. */
const DELTA = 'delta';

/**
 * The upsert after its `WITH`: drizzle builds it once per handle and number of breakdown groups,
 * with placeholders for the survey, the partner, the groups and their JSON (building it per
 * submission was a third of the submit's JavaScript, scripts/bench/respond-cpu.ts).
 */
const upserts = oncePer((_: Database) => new Map<number, { sql: string; params: unknown[] }>());

function upsertAfterDelta(db: Database, breakdownGroups: number): { sql: string; params: unknown[] } {
  const built = upserts(db);
  let query = built.get(breakdownGroups);
  if (!query) {
    const value = (name: string) => sql.placeholder(name);
    const groups = sql.join(
      [
        sql`(${ALL_GROUP}, ${value('full')})`,
        ...Array.from({ length: breakdownGroups }, (_, i) => sql`(${value(`group${i}`)}, ${value('breakdown')})`),
      ],
      sql`, `,
    );
    const stored = sql`${aggregates}.${sql.identifier(aggregates.stats.name)}`;
    query = db
      .insert(aggregates)
      // Columns in schema order (survey, partner, group, respondents, stats). `WHERE true` keeps
      // SQLite from reading ON CONFLICT as a join constraint of the SELECT.
      .select(
        sql`SELECT ${value('surveyId')}, ${value('partnerId')}, grp.column1, 1, grp.column2 FROM (VALUES ${groups}) AS grp WHERE true`,
      )
      .onConflictDoUpdate({
        target: [aggregates.surveyId, aggregates.partnerId, aggregates.groupKey],
        set: {
          respondents: sql`${aggregates.respondents} + 1`,
          stats: sql`json_patch(${stored}, (
            SELECT json_group_object(counter, amount + coalesce(json_extract(${stored}, '$."' || counter || '"'), 0))
            FROM ${sql.identifier(DELTA)} WHERE in_breakdown OR ${aggregates.groupKey} = ${ALL_GROUP}
          ))`,
        },
      })
      .toSQL();
    built.set(breakdownGroups, query);
  }
  return query;
}

/**
 * The one upsert that counts a response in its partner's `all` row and its breakdown groups, as
 * SQL and parameters. A new row takes its delta as bound JSON (nothing to compute); an existing
 * row adds the counters of the `delta` list its group keeps.
 */
export function aggregateUpsert(db: Database, delta: AggregateDelta): { sql: string; params: unknown[] } {
  const { sql: upsert, params } = upsertAfterDelta(db, delta.breakdownGroups.length);
  const values: Record<string, unknown> = {
    surveyId: delta.surveyId,
    partnerId: delta.partnerId,
    full: JSON.stringify(delta.full),
    breakdown: JSON.stringify(delta.breakdown),
  };
  delta.breakdownGroups.forEach((group, i) => {
    values[`group${i}`] = group;
  });
  const counters = `SELECT column1 AS counter, column2 AS amount, column3 AS in_breakdown FROM (${deltaRows(delta.full, delta.breakdown)})`;
  return { sql: `with "${DELTA}" as (${counters}) ${upsert}`, params: fillPlaceholders(params, values) };
}

/** `aggregateUpsert` as a D1 statement of the submit batch. */
export function addToAggregates(db: Database, delta: AggregateDelta): D1PreparedStatement {
  const { sql: text, params } = aggregateUpsert(db, delta);
  return db.$client.prepare(text).bind(...params);
}
