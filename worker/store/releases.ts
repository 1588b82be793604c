/**
 * Releases in D1: reading a survey's latest release, and making the next one when a report is read
 * (or the survey closes) and some partner's figures may move. The decision is the pure ratchet
 * (worker/analysis/release.ts); here are the reads and the one atomic write.
 *
 * Costs: a read that makes no release is one batch: the latest release, the released partners'
 * counts, the rows the route needs and the live respondent counts (one row per partner). Only
 * partners whose respondents grew by a step (or by a comment cohort) have their live and released
 * rows read and rewritten, so making a release reads and writes partners × groups rows, plus the
 * responses whose counters are still pending (worker/store/fold.ts: a partner's are folded when
 * they reach FOLD_AT, so there are that many or a few more), never one per respondent.
 *
 * Concurrency: D1 has no interactive transactions. The write is one `db.batch` that starts by
 * inserting release n + 1; the primary key (survey, sequence) fails it when another reader made
 * n + 1 first, the whole batch rolls back, and this reader serves the winner's release. Deleting a
 * survey's responses adds a `deleted` release, so a release computed before the deletion fails the
 * same way instead of writing deleted answers back.
 */
import { and, desc, eq, inArray, type SQLWrapper, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { commentsAdvance, effectiveMinGroupSize, releaseStep, stepAdvances } from '../../core/confidentiality';
import { getInstrument, surveyItems } from '../../core/instrument';
import type { Instrument, Item } from '../../core/instrument/types';
import { aggregates, releasedAggregates, releases, reportOverviews, surveys } from '../../db/schema';
import { type PartnerRows, releasePartner } from '../analysis/release';
import { ALL_GROUP, type Counters, type GroupTotals, statsOf } from '../analysis/stats';
import { type Database, today } from './db';
import { readLiveTotals } from './fold';
import type { Survey } from './partnerships';
import { decodeCounters, encodeCounters } from './released-counters';

/** A released row as readers get it: its counters read back (released-counters.ts). */
export type ReleasedRow = Omit<typeof releasedAggregates.$inferSelect, 'stats'> & { readonly stats: Counters };
export type ReleaseHeader = typeof releases.$inferSelect;

/** What a release holds of a partner besides its counters: its respondents and its comment cohort. */
export type ReleasedPartner = Pick<ReleasedRow, 'partnerId' | 'respondents' | 'commentCohort' | 'commentRespondents'>;

/** A survey's latest release with its rows, and how many respondents each partner has live. */
export interface ReleaseState {
  /** Null before the first release. */
  readonly header: ReleaseHeader | null;
  /** Every released partner, without counters (its `all` row). */
  readonly partners: readonly ReleasedPartner[];
  /** The rows (with counters) of the partners asked for; all of them when none were named. */
  readonly rows: readonly ReleasedRow[];
  /** Live respondents per partner: counts, used to say how many are not in the figures yet. */
  readonly live: ReadonlyMap<string, number>;
}

/** What a release is made for: the survey's items, its effective k, and its partners. */
export interface ReleaseSubject {
  readonly surveyId: string;
  /** The survey's instrument version: its layout stores the released counters. */
  readonly instrument: Instrument;
  readonly items: readonly Item[];
  readonly k: number;
  readonly partners: readonly { readonly id: string; readonly shownAsOrganisation: boolean }[];
}

/** The release subject of a survey: its items (from its own instrument version), k and partners. */
export function releaseSubject(survey: Survey, partners: ReleaseSubject['partners']): ReleaseSubject {
  const instrument = getInstrument(survey.instrumentVersion);
  if (!instrument) throw new Error(`survey ${survey.id} uses unknown instrument version ${survey.instrumentVersion}`);
  return {
    surveyId: survey.id,
    instrument,
    items: surveyItems(instrument, survey.sections),
    k: effectiveMinGroupSize(survey.minGroupSize),
    partners,
  };
}

/**
 * Which released rows a read takes with their counters: those of `partnerIds` (every partner's when
 * undefined, none for `[]`), of one group only when `groupKey` is given (the report reads only the
 * `all` rows: a breakdown's rows are read per partner).
 */
export interface RowsWanted {
  readonly partnerIds?: readonly string[];
  readonly groupKey?: string;
}

/** A released row with its counters read back from their stored form. */
const readBack = (row: typeof releasedAggregates.$inferSelect): ReleasedRow => ({ ...row, stats: decodeCounters(row.stats) });

/** The released rows of a survey that `wanted` names, as stored (see `readBack`). */
function releasedRowsQuery(db: Database, surveyId: string, { partnerIds, groupKey }: RowsWanted = {}) {
  return db
    .select()
    .from(releasedAggregates)
    .where(
      and(
        eq(releasedAggregates.surveyId, surveyId),
        partnerIds ? inArray(releasedAggregates.partnerId, [...partnerIds]) : undefined,
        groupKey ? eq(releasedAggregates.groupKey, groupKey) : undefined,
      ),
    );
}

/**
 * A survey's latest release as stored now, with the rows `wanted` names: one batch, so the rows
 * are those of the release it returns (makes none: see `currentRelease`).
 */
export async function readRelease(db: Database, surveyId: string, wanted?: RowsWanted): Promise<ReleaseState> {
  const [latest, partners, rows, live] = await db.batch([
    db.select().from(releases).where(eq(releases.surveyId, surveyId)).orderBy(desc(releases.sequence)).limit(1),
    db
      .select({
        partnerId: releasedAggregates.partnerId,
        respondents: releasedAggregates.respondents,
        commentCohort: releasedAggregates.commentCohort,
        commentRespondents: releasedAggregates.commentRespondents,
      })
      .from(releasedAggregates)
      .where(and(eq(releasedAggregates.surveyId, surveyId), eq(releasedAggregates.groupKey, ALL_GROUP))),
    releasedRowsQuery(db, surveyId, wanted),
    db
      .select({ partnerId: aggregates.partnerId, respondents: aggregates.respondents })
      .from(aggregates)
      .where(and(eq(aggregates.surveyId, surveyId), eq(aggregates.groupKey, ALL_GROUP))),
  ]);
  return { header: latest[0] ?? null, partners, rows: rows.map(readBack), live: new Map(live.map((r) => [r.partnerId, r.respondents])) };
}

const rowsOf = (
  rows: readonly { partnerId: string; groupKey: string; respondents: number; stats: Record<string, number> }[],
  partnerId: string,
): Map<string, GroupTotals> =>
  new Map(rows.filter((r) => r.partnerId === partnerId).map((r) => [r.groupKey, { respondents: r.respondents, stats: r.stats }]));

/** The same respondents and counters, in any order: a row read back has its layout's order. */
function sameTotals(a: GroupTotals | undefined, b: GroupTotals): boolean {
  if (a === undefined || a.respondents !== b.respondents) return false;
  const keys = Object.keys(b.stats);
  return keys.length === Object.keys(a.stats).length && keys.every((key) => a.stats[key] === b.stats[key]);
}

/**
 * The survey's latest release, after making a new one if the ratchet lets any partner move, with
 * the rows `wanted` names (see `RowsWanted`). When another reader made the same release first,
 * theirs is returned.
 */
export async function currentRelease(db: Database, subject: ReleaseSubject, wanted?: RowsWanted): Promise<ReleaseState> {
  const state = await readRelease(db, subject.surveyId, wanted);
  const released = (partnerId: string) => state.partners.find((r) => r.partnerId === partnerId);
  const moving = subject.partners.filter((p) => {
    const live = state.live.get(p.id) ?? 0;
    return (
      stepAdvances(released(p.id)?.respondents ?? 0, live, releaseStep(p.shownAsOrganisation, subject.k)) ||
      commentsAdvance(released(p.id)?.commentRespondents ?? 0, live, subject.k)
    );
  });
  if (moving.length === 0) return state;

  const movingIds = moving.map((p) => p.id);
  const [liveRows, releasedRows] = await Promise.all([
    readLiveTotals(db, subject.surveyId, subject.items, movingIds),
    // Counters to add to and compare: the release is made of `Stats`.
    releasedRowsQuery(db, subject.surveyId, { partnerIds: movingIds }).then((rows) =>
      rows.map((row) => ({ ...row, stats: statsOf(decodeCounters(row.stats)) })),
    ),
  ]);
  const sequence = (state.header?.sequence ?? 0) + 1;
  const writes = [];
  for (const partner of moving) {
    const previous: PartnerRows = rowsOf(releasedRows, partner.id);
    const live = rowsOf(liveRows, partner.id);
    const next = releasePartner(subject.items, previous, live, { k: subject.k, step: releaseStep(partner.shownAsOrganisation, subject.k) });
    const changed = [...(next ?? [])].filter(([group, totals]) => !sameTotals(previous.get(group), totals));
    if (changed.length > 0) {
      writes.push(
        db
          .insert(releasedAggregates)
          .values(
            changed.map(([groupKey, t]) => ({
              surveyId: subject.surveyId,
              partnerId: partner.id,
              groupKey,
              sequence,
              respondents: t.respondents,
              stats: encodeCounters(subject.instrument, t.stats),
            })),
          )
          .onConflictDoUpdate({
            target: [releasedAggregates.surveyId, releasedAggregates.partnerId, releasedAggregates.groupKey],
            set: { sequence, respondents: sql`excluded.respondents`, stats: sql`excluded.stats` },
          }),
      );
    }
    const comments = released(partner.id);
    if (commentsAdvance(comments?.commentRespondents ?? 0, live.get(ALL_GROUP)?.respondents ?? 0, subject.k)) {
      // The cohort's respondents are counted when it is released, inside the batch: comments
      // stored between this read and the write join the cohort, and are counted with it.
      const key = and(eq(aggregates.surveyId, subject.surveyId), eq(aggregates.partnerId, partner.id), eq(aggregates.groupKey, ALL_GROUP));
      writes.push(
        db
          .update(releasedAggregates)
          .set({
            commentCohort: sql`${releasedAggregates.commentCohort} + 1`,
            commentRespondents: sql`(SELECT ${aggregates.respondents} FROM ${aggregates} WHERE ${key})`,
          })
          .where(
            and(
              eq(releasedAggregates.surveyId, subject.surveyId),
              eq(releasedAggregates.partnerId, partner.id),
              eq(releasedAggregates.groupKey, ALL_GROUP),
            ),
          ),
      );
    }
  }
  if (writes.length === 0) return state;
  try {
    await db.batch([db.insert(releases).values({ surveyId: subject.surveyId, sequence, releasedOn: today(), kind: 'figures' }), ...writes]);
  } catch (error) {
    // Another reader (or a deletion) took this sequence number first: serve what is there now.
    if (/UNIQUE constraint failed: releases\./.test(String(error))) return readRelease(db, subject.surveyId, wanted);
    throw error;
  }
  return readRelease(db, subject.surveyId, wanted);
}

/**
 * The statements that end the releases of some surveys when their responses are deleted (put them
 * in the deletion's batch, before the aggregates go): the released figures go, and a `deleted`
 * release takes the next sequence number of every such survey that had figures, live or released,
 * so a release computed from the deleted answers can no longer be written. The stored overviews
 * (report-overviews.ts) go with the released figures they were built from.
 */
export function deleteReleases(db: Database, surveyIds: SQLWrapper | readonly string[], day: string) {
  const ids = (column: SQLiteColumn) =>
    Array.isArray(surveyIds) ? inArray(column, surveyIds as string[]) : inArray(column, surveyIds as SQLWrapper);
  const hadFigures = sql`(EXISTS (SELECT 1 FROM ${aggregates} WHERE ${aggregates.surveyId} = ${surveys.id})
    OR EXISTS (SELECT 1 FROM ${releasedAggregates} WHERE ${releasedAggregates.surveyId} = ${surveys.id}))`;
  const next = sql<number>`coalesce((SELECT max(${releases.sequence}) FROM ${releases} WHERE ${releases.surveyId} = ${surveys.id}), 0) + 1`;
  return [
    db.insert(releases).select(
      db
        .select({
          surveyId: surveys.id,
          sequence: next.as('sequence'),
          releasedOn: sql<string>`${day}`.as('released_on'),
          kind: sql<'deleted'>`'deleted'`.as('kind'),
        })
        .from(surveys)
        .where(and(ids(surveys.id), hadFigures)),
    ),
    db.delete(releasedAggregates).where(ids(releasedAggregates.surveyId)),
    db.delete(reportOverviews).where(ids(reportOverviews.surveyId)),
  ] as const;
}
