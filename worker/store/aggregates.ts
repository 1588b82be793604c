/**
 * Counting a response in its partner's running sums, as two statements of the submit batch: one
 * adds 1 to the respondents of the partner's `all` row and of each breakdown group it answered
 * (`role:…`, `involvement:…`), inserting a row the first time; the other stores the response's
 * counters in `pending_counts`, for a fold to add to those rows' `stats` later (fold.ts). Neither
 * touches a row's JSON: merging a response's hundreds of counters into it was most of a
 * submission's SQLite time, and a fold merges many responses in one statement per row
 * (docs/scaling.md). Counting inside SQL, in the response's own batch, keeps concurrent
 * submissions from overwriting each other, and the count is exact at once (releases and comment
 * cohorts read it).
 */
import { sql } from 'drizzle-orm';
import type { Answers, Item } from '../../core/instrument/types';
import { aggregates, pendingCounts } from '../../db/schema';
import { ALL_GROUP, breakdownGroups, breakdownStatsDelta, type Channel, channelDelta, type Stats, statsDelta } from '../analysis/stats';
import { builtOnce, type Database } from './db';

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

const value = (name: string) => sql.placeholder(name);

/**
 * The respondent counts' upsert for a response in `groups` breakdown groups, built once per number
 * of groups (`builtOnce`). It returns each row's respondents whose counters are still pending.
 */
const countersByGroups = new Map<number, ReturnType<typeof respondentsUpsert>>();

function respondentsUpsert(groups: number) {
  return builtOnce<Record<string, string>>((db) =>
    db
      .insert(aggregates)
      .values(
        [ALL_GROUP, ...Array.from({ length: groups }, (_, i) => value(`group${i}`))].map((groupKey) => ({
          surveyId: value('surveyId'),
          partnerId: value('partnerId'),
          groupKey,
          respondents: 1,
        })),
      )
      .onConflictDoUpdate({
        target: [aggregates.surveyId, aggregates.partnerId, aggregates.groupKey],
        set: { respondents: sql`${aggregates.respondents} + 1` },
      })
      .returning({ groupKey: aggregates.groupKey, pending: sql<number>`${aggregates.respondents} - ${aggregates.folded}`.as('pending') }),
  );
}

/** Counts the response among its partner's respondents, in the `all` row and each of its groups. */
export function countResponse(db: Database, delta: AggregateDelta): D1PreparedStatement {
  let upsert = countersByGroups.get(delta.breakdownGroups.length);
  if (!upsert) {
    upsert = respondentsUpsert(delta.breakdownGroups.length);
    countersByGroups.set(delta.breakdownGroups.length, upsert);
  }
  const groups = Object.fromEntries(delta.breakdownGroups.map((group, i) => [`group${i}`, group]));
  return upsert(db, { surveyId: delta.surveyId, partnerId: delta.partnerId, ...groups });
}

const insertPending = builtOnce<{
  surveyId: string;
  partnerId: string;
  submissionKey: string;
  groups: string[];
  full: Stats;
  breakdown: Stats;
}>((db) =>
  db.insert(pendingCounts).values({
    surveyId: value('surveyId'),
    partnerId: value('partnerId'),
    submissionKey: value('submissionKey'),
    groups: value('groups'),
    full: value('full'),
    breakdown: value('breakdown'),
  }),
);

/** Stores the response's counters until a fold adds them to its partner's rows (keyed as the response is). */
export function storePending(db: Database, submissionKey: string, delta: AggregateDelta): D1PreparedStatement {
  return insertPending(db, {
    surveyId: delta.surveyId,
    partnerId: delta.partnerId,
    submissionKey,
    groups: [...delta.breakdownGroups],
    full: { ...delta.full },
    breakdown: { ...delta.breakdown },
  });
}
