/**
 * Drafts and submissions. A submission is one atomic `db.batch`: the link's use, the response, its
 * free text, the aggregate counters, the day's completion count and the draft's removal all land
 * together or not at all. D1 has no interactive transactions, so the guards live in SQL: the link's
 * CHECK constraint refuses a second use, the unique submission key refuses a second copy, and the
 * counters are added inside SQL so concurrent submissions never overwrite each other
 * (worker/store/aggregates.ts).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Answers, Item } from '../../core/instrument/types';
import { capabilityLinks, comments, drafts, progress, releasedAggregates, responses } from '../../db/schema';
import { hashSecret } from '../access/secrets';
import { ALL_GROUP, type Channel } from '../analysis/stats';
import { addToAggregates, responseDelta } from './aggregates';
import { type Database, newId, today } from './db';
import type { CapabilityLink } from './links';

/** Where a respondent's draft lives: per single-use link (any device), or per link and device. */
export function draftId(link: CapabilityLink, submissionId: string): string {
  return link.scope === 'respondent_single' ? link.id : `${link.id}:${submissionId}`;
}

export type Draft = typeof drafts.$inferSelect;

/** The channel a response comes through: counted per partner, never stored with the response. */
const channelOf = (link: CapabilityLink): Channel => (link.scope === 'respondent_single' ? 'personal' : 'open');

export async function findDraft(db: Database, id: string): Promise<Draft | undefined> {
  return db.query.drafts.findFirst({ where: eq(drafts.id, id) });
}

/**
 * Counts a respondent as started the first time anything of theirs reaches the server: adds 1
 * unless their draft already exists. Batched before the draft is written. When the draft exists
 * the row is left alone (`WHERE` on the upsert), so a submit after drafts writes no row here.
 */
function countStartedUnlessDrafted(db: Database, link: CapabilityLink, id: string) {
  const drafted = sql`EXISTS (SELECT 1 FROM ${drafts} WHERE ${drafts.id} = ${id})`;
  return db
    .insert(progress)
    .values({
      surveyId: link.surveyId!,
      partnerId: link.partnerId!,
      counter: 'started',
      count: sql`(CASE WHEN ${drafted} THEN 0 ELSE 1 END)`,
    })
    .onConflictDoUpdate({
      target: [progress.surveyId, progress.partnerId, progress.counter],
      set: { count: sql`${progress.count} + 1` },
      setWhere: sql`NOT ${drafted}`,
    });
}

/** Unfinished drafts an open link with a cap holds at most: twice its cap, and never fewer than this. */
export const MIN_DRAFTS_PER_OPEN_LINK = 20;
/** Unfinished drafts an uncapped open link holds at most. */
export const MAX_DRAFTS_PER_UNCAPPED_LINK = 2_000;

/** How many drafts a link may hold: one for a single-use link, a bound for an open one. */
export function draftsAllowed(link: Pick<CapabilityLink, 'scope' | 'maxUses'>): number {
  if (link.scope === 'respondent_single') return 1;
  return link.maxUses === null ? MAX_DRAFTS_PER_UNCAPPED_LINK : Math.max(MIN_DRAFTS_PER_OPEN_LINK, 2 * link.maxUses);
}

/**
 * The drafts of one link: its own id (single-use) or `<link id>:<submission id>` (open links), a
 * range of the primary key, so counting them reads that link's drafts only.
 */
export const draftsOfLink = (linkId: string) =>
  sql`(${drafts.id} = ${linkId} OR (${drafts.id} > ${`${linkId}:`} AND ${drafts.id} < ${`${linkId};`}))`;

export type DraftOutcome = 'saved' | 'too_many_drafts';

/**
 * Saves a draft, unless it would be a new draft beyond what the link may hold (`draftsAllowed`).
 * The bound is checked inside the insert, in the same batch: a refused draft makes its language
 * NULL, the NOT NULL constraint aborts the batch, and nothing (not even "started") is counted.
 */
export async function saveDraft(
  db: Database,
  link: CapabilityLink,
  draft: { submissionId: string; answers: Answers; language: string },
): Promise<DraftOutcome> {
  const id = draftId(link, draft.submissionId);
  const room = sql`(EXISTS (SELECT 1 FROM ${drafts} WHERE ${drafts.id} = ${id})
    OR (SELECT count(*) FROM ${drafts} WHERE ${draftsOfLink(link.id)}) < ${draftsAllowed(link)})`;
  const row = {
    id,
    surveyId: link.surveyId!,
    partnerId: link.partnerId!,
    submissionId: draft.submissionId,
    answers: draft.answers,
    language: draft.language,
    updatedOn: today(),
  };
  try {
    await db.batch([
      countStartedUnlessDrafted(db, link, id),
      db
        .insert(drafts)
        .values({ ...row, language: sql`CASE WHEN ${room} THEN ${draft.language} END` })
        .onConflictDoUpdate({ target: drafts.id, set: { answers: row.answers, language: row.language, updatedOn: row.updatedOn } }),
    ]);
    return 'saved';
  } catch (error) {
    if (/NOT NULL constraint failed: drafts\.language/.test(String(error))) return 'too_many_drafts';
    throw error;
  }
}

/**
 * The comment cohort a new comment joins: the one after its partner's released cohort. Read inside
 * the submit batch, so it costs no round trip; a release and a submit never interleave within one.
 */
function nextCommentCohort(db: Database, surveyId: string, partnerId: string) {
  const released = db
    .select({ cohort: releasedAggregates.commentCohort })
    .from(releasedAggregates)
    .where(
      and(
        eq(releasedAggregates.surveyId, surveyId),
        eq(releasedAggregates.partnerId, partnerId),
        eq(releasedAggregates.groupKey, ALL_GROUP),
      ),
    );
  return sql<number>`coalesce((${released}), 0) + 1`;
}

/** The key that recognises a retried submission without storing anything that links it to a link. */
export const submissionKey = (surveyId: string, submissionId: string) => hashSecret(`submission:${surveyId}:${submissionId}`);

export type SubmitOutcome = 'stored' | 'already_stored' | 'link_used';

export interface Submission {
  readonly link: CapabilityLink;
  readonly instrumentVersion: number;
  readonly items: readonly Item[];
  readonly answers: Answers;
  readonly submissionId: string;
}

/** Stores a validated response once. Retries of the same submission report `already_stored`. */
export async function submitResponse(db: Database, submission: Submission): Promise<SubmitOutcome> {
  const { link, items, answers } = submission;
  const surveyId = link.surveyId!;
  const partnerId = link.partnerId!;
  // A retry of a stored submission fails the batch (the link's CHECK or the unique key) and is
  // recognised below: no read before the batch.
  const key = await submissionKey(surveyId, submission.submissionId);

  const day = today();
  const draft = draftId(link, submission.submissionId);
  const texts = items.filter((item) => item.format === 'text' && typeof answers[item.id] === 'string');

  const statements = [
    // First, so a used single-use link (or an open link at its cap) aborts the batch by its CHECK.
    db
      .update(capabilityLinks)
      .set({ uses: sql`${capabilityLinks.uses} + 1` })
      .where(eq(capabilityLinks.id, link.id)),
    db.insert(responses).values({
      surveyId,
      partnerId,
      submissionKey: key,
      instrumentVersion: submission.instrumentVersion,
      submittedOn: day,
      answers,
    }),
    ...texts.map((item) =>
      db.insert(comments).values({
        surveyId,
        partnerId,
        itemId: item.id,
        sortKey: newId(),
        body: answers[item.id] as string,
        cohort: nextCommentCohort(db, surveyId, partnerId),
      }),
    ),
    addToAggregates(db, responseDelta(surveyId, partnerId, items, answers, channelOf(link))),
    countStartedUnlessDrafted(db, link, draft),
    db
      .insert(progress)
      .values({ surveyId, partnerId, counter: day, count: 1 })
      .onConflictDoUpdate({
        target: [progress.surveyId, progress.partnerId, progress.counter],
        set: { count: sql`${progress.count} + 1` },
      }),
    db.delete(drafts).where(eq(drafts.id, draft)),
  ] as const;

  try {
    await db.batch(statements);
    return 'stored';
  } catch (error) {
    const message = String(error);
    // A concurrent copy of this very submission won the race: the response is stored once.
    if (/UNIQUE constraint failed: responses\./.test(message)) return 'already_stored';
    if (/CHECK constraint failed/.test(message))
      return (await responseExists(db, surveyId, partnerId, key)) ? 'already_stored' : 'link_used';
    throw error;
  }
}

async function responseExists(db: Database, surveyId: string, partnerId: string, key: string): Promise<boolean> {
  const row = await db
    .select({ key: responses.submissionKey })
    .from(responses)
    .where(and(eq(responses.surveyId, surveyId), eq(responses.partnerId, partnerId), eq(responses.submissionKey, key)))
    .get();
  return row !== undefined;
}

/** True when a single-use link has been used or an open link reached its cap. */
export function linkExhausted(link: CapabilityLink): boolean {
  return link.maxUses !== null && link.uses >= link.maxUses;
}

/** Whether anyone has answered the survey yet (settings that respondents relied on are then fixed). */
export async function surveyHasResponses(db: Database, surveyId: string): Promise<boolean> {
  const row = await db.select({ key: responses.submissionKey }).from(responses).where(eq(responses.surveyId, surveyId)).limit(1).get();
  return row !== undefined;
}
