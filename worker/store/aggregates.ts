/**
 * Counting a response in its partner's running sums, as two statements of the submit batch. One
 * adds 1 to the respondents of the partner's `all` row and of each breakdown group it answered
 * (`role:…`, `involvement:…`), inserting a row the first time, and adds 1 to the `all` row's
 * counter of the channel it came through (personal or open link: counted per partner only, never
 * kept with the response). The other marks the response as pending (`pending_counts`): a fold adds
 * its counters, computed from its stored answers, to those rows later (fold.ts). Neither merges
 * the response's hundreds of counters into a row's JSON: that was most of a submission's SQLite
 * time, and a fold merges many responses in one statement per row (docs/scaling.md). Counting
 * inside SQL, in the response's own batch, keeps concurrent submissions from overwriting each
 * other, and the count is exact at once (releases and comment cohorts read it).
 */
import { sql } from 'drizzle-orm';
import { aggregates, pendingCounts } from '../../db/schema';
import { ALL_GROUP, type Channel, channelKey } from '../analysis/stats';
import { builtOnce, builtOncePerCount, type Database, placeholder } from './db';

/** The rows' JSON as stored: what a `json_*` function reads (here and in a fold's merge). */
export const stored = sql`${aggregates}.${sql.identifier(aggregates.stats.name)}`;
/** The JSON path of the channel's counter (its key is one of two constants: bound, not written into SQL). */
const channelPath = sql`'$."' || ${placeholder('channel')} || '"'`;

/**
 * The respondent counts' upsert for a response in `groups` breakdown groups, built once per number
 * of groups. It returns each row's respondents whose counters are still pending.
 */
const respondentsUpsert = builtOncePerCount<Record<string, string>>((db, groups) =>
  db
    .insert(aggregates)
    .values([
      {
        surveyId: placeholder('surveyId'),
        partnerId: placeholder('partnerId'),
        groupKey: ALL_GROUP,
        respondents: 1,
        stats: sql`json_object(${placeholder('channel')}, 1)`,
      },
      ...Array.from({ length: groups }, (_, i) => ({
        surveyId: placeholder('surveyId'),
        partnerId: placeholder('partnerId'),
        groupKey: placeholder(`group${i}`),
        respondents: 1,
      })),
    ])
    .onConflictDoUpdate({
      target: [aggregates.surveyId, aggregates.partnerId, aggregates.groupKey],
      set: {
        respondents: sql`${aggregates.respondents} + 1`,
        stats: sql`CASE WHEN ${aggregates.groupKey} = ${ALL_GROUP}
            THEN json_set(${stored}, ${channelPath}, coalesce(json_extract(${stored}, ${channelPath}), 0) + 1)
            ELSE ${stored} END`,
      },
    })
    .returning({ groupKey: aggregates.groupKey, pending: sql<number>`${aggregates.respondents} - ${aggregates.folded}`.as('pending') }),
);

/** Counts a response among its partner's respondents (the `all` row, each of its groups) and its channel. */
export function countResponse(
  db: Database,
  response: { surveyId: string; partnerId: string; groups: readonly string[]; channel: Channel },
): D1PreparedStatement {
  const groups = Object.fromEntries(response.groups.map((group, i) => [`group${i}`, group]));
  return respondentsUpsert(db, response.groups.length, {
    surveyId: response.surveyId,
    partnerId: response.partnerId,
    channel: channelKey(response.channel),
    ...groups,
  });
}

/** Marks a stored response as pending: its counters wait for a fold (keyed as the response is). */
export const markPending = builtOnce<{ surveyId: string; partnerId: string; submissionKey: string }>((db) =>
  db
    .insert(pendingCounts)
    .values({ surveyId: placeholder('surveyId'), partnerId: placeholder('partnerId'), submissionKey: placeholder('submissionKey') }),
);
