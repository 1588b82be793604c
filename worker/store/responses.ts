/**
 * Drafts and submissions. A submission is one atomic D1 batch: the link's use, the response, its
 * free text, its count among its partner's respondents and its pending counters, the day's
 * completion count and the draft's removal all land together or not at all. D1 has no interactive
 * transactions, so the guards live in SQL: the link's CHECK constraint refuses a second use, the
 * unique submission key refuses a second copy, and the count is added inside SQL so concurrent
 * submissions never overwrite each other (worker/store/aggregates.ts; the counters are folded into
 * the aggregate rows later, many at once: worker/store/fold.ts).
 */
import { and, eq, type Placeholder, sql } from 'drizzle-orm';
import type { Answers, Item } from '../../core/instrument/types';
import { capabilityLinks, comments, drafts, progress, releasedAggregates, responses } from '../../db/schema';
import { hashSecret } from '../access/secrets';
import { ALL_GROUP, breakdownGroups, type Channel } from '../analysis/stats';
import { countResponse, markPending } from './aggregates';
import { builtOnce, builtOncePerCount, type Database, newId, placeholder, today } from './db';
import { foldDue } from './fold';
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

/** Whether the respondent's draft exists: they were counted as started when it was first saved. */
const drafted = sql`EXISTS (SELECT 1 FROM ${drafts} WHERE ${drafts.id} = ${placeholder('draftId')})`;

/** The "started" row a respondent's first draft or submit adds (0 when the draft already exists). */
const startedRow = {
  surveyId: placeholder('surveyId'),
  partnerId: placeholder('partnerId'),
  counter: 'started',
  count: sql`(CASE WHEN ${drafted} THEN 0 ELSE 1 END)`,
};

const progressKey = [progress.surveyId, progress.partnerId, progress.counter];

/**
 * Counts a respondent as started the first time anything of theirs reaches the server: adds 1
 * unless their draft already exists. Batched before the draft is written. When the draft exists
 * the row is left alone (`WHERE` on the upsert), so a submit after drafts writes no row here.
 */
const countStartedUnlessDrafted = builtOnce<{ surveyId: string; partnerId: string; draftId: string }>((db) =>
  db
    .insert(progress)
    .values(startedRow)
    .onConflictDoUpdate({ target: progressKey, set: { count: sql`${progress.count} + 1` }, setWhere: sql`NOT ${drafted}` }),
);

/**
 * A submit's progress, in one statement: "started" as `countStartedUnlessDrafted` counts it, and
 * one more completion on the day (a row per day, never anything finer).
 */
const countSubmitted = builtOnce<{ surveyId: string; partnerId: string; draftId: string; day: string }>((db) =>
  db
    .insert(progress)
    .values([startedRow, { surveyId: placeholder('surveyId'), partnerId: placeholder('partnerId'), counter: placeholder('day'), count: 1 }])
    .onConflictDoUpdate({
      target: progressKey,
      set: { count: sql`${progress.count} + 1` },
      // The day's row always adds 1; the "started" row only when there was no draft.
      setWhere: sql`excluded.${sql.identifier(progress.counter.name)} <> ${startedRow.counter} OR NOT ${drafted}`,
    }),
);

/** `countStartedUnlessDrafted`'s values for a link's respondent and draft. */
const started = (link: CapabilityLink, draftId: string) => ({ surveyId: link.surveyId!, partnerId: link.partnerId!, draftId });

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
export const draftsOfLink = (linkId: string) => draftsInRange(linkId, `${linkId}:`, `${linkId};`);

const draftsInRange = (linkId: string | Placeholder, after: string | Placeholder, before: string | Placeholder) =>
  sql`(${drafts.id} = ${linkId} OR (${drafts.id} > ${after} AND ${drafts.id} < ${before}))`;

/**
 * Writes a draft, unless it is a new draft beyond what its link may hold (`saveDraft`): then its
 * language is NULL, which the NOT NULL constraint refuses.
 */
const upsertDraft = builtOnce<{
  id: string;
  surveyId: string;
  partnerId: string;
  submissionId: string;
  answers: Answers;
  language: string;
  updatedOn: string;
  linkId: string;
  after: string;
  before: string;
  allowed: number;
}>((db) => {
  const room = sql`(EXISTS (SELECT 1 FROM ${drafts} WHERE ${drafts.id} = ${placeholder('id')})
    OR (SELECT count(*) FROM ${drafts} WHERE ${draftsInRange(placeholder('linkId'), placeholder('after'), placeholder('before'))}) < ${placeholder('allowed')})`;
  return db
    .insert(drafts)
    .values({
      id: placeholder('id'),
      surveyId: placeholder('surveyId'),
      partnerId: placeholder('partnerId'),
      submissionId: placeholder('submissionId'),
      answers: placeholder('answers'),
      language: sql`CASE WHEN ${room} THEN ${placeholder('language')} END`,
      updatedOn: placeholder('updatedOn'),
    })
    .onConflictDoUpdate({
      target: drafts.id,
      // The answers as the insert encoded them (JSON): a placeholder in a SET has no column to encode it.
      set: {
        answers: sql`excluded.${sql.identifier(drafts.answers.name)}`,
        language: sql`${placeholder('language')}`,
        updatedOn: sql`${placeholder('updatedOn')}`,
      },
    });
});

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
  try {
    await db.$client.batch([
      countStartedUnlessDrafted(db, started(link, id)),
      upsertDraft(db, {
        id,
        surveyId: link.surveyId!,
        partnerId: link.partnerId!,
        submissionId: draft.submissionId,
        answers: draft.answers,
        language: draft.language,
        updatedOn: today(),
        linkId: link.id,
        after: `${link.id}:`,
        before: `${link.id};`,
        allowed: draftsAllowed(link),
      }),
    ]);
    return 'saved';
  } catch (error) {
    if (/NOT NULL constraint failed: drafts\.language/.test(String(error))) return 'too_many_drafts';
    throw error;
  }
}

/** Comments one statement stores at most: 8 parameters each, within the 100 D1 binds per statement. */
const COMMENTS_PER_STATEMENT = 12;

/** The statement that stores `count` comments, built once per count. */
const commentInsert = builtOncePerCount<Record<string, string>>((db, count) => {
  // The comment cohort a new comment joins: the one after its partner's released cohort. Read
  // inside the submit batch, so it costs no round trip; a release and a submit never interleave within one.
  const released = db
    .select({ cohort: releasedAggregates.commentCohort })
    .from(releasedAggregates)
    .where(
      and(
        eq(releasedAggregates.surveyId, placeholder('surveyId')),
        eq(releasedAggregates.partnerId, placeholder('partnerId')),
        eq(releasedAggregates.groupKey, ALL_GROUP),
      ),
    );
  return db.insert(comments).values(
    Array.from({ length: count }, (_, i) => ({
      surveyId: placeholder('surveyId'),
      partnerId: placeholder('partnerId'),
      itemId: placeholder(`itemId${i}`),
      sortKey: placeholder(`sortKey${i}`),
      body: placeholder(`body${i}`),
      cohort: sql<number>`coalesce((${released}), 0) + 1`,
    })),
  );
});

/** Stores a response's comments, each in the cohort it joins, in as few statements as D1 binds. */
function insertComments(db: Database, surveyId: string, partnerId: string, texts: readonly { itemId: string; body: string }[]) {
  const statements: D1PreparedStatement[] = [];
  for (let from = 0; from < texts.length; from += COMMENTS_PER_STATEMENT) {
    const rows = texts.slice(from, from + COMMENTS_PER_STATEMENT);
    const values: Record<string, string> = { surveyId, partnerId };
    rows.forEach((row, i) => {
      values[`itemId${i}`] = row.itemId;
      values[`sortKey${i}`] = newId();
      values[`body${i}`] = row.body;
    });
    statements.push(commentInsert(db, rows.length, values));
  }
  return statements;
}

/** Counts one use of a link; first in the submit batch, so a used link's CHECK aborts it. */
const countLinkUse = builtOnce<{ linkId: string }>((db) =>
  db
    .update(capabilityLinks)
    .set({ uses: sql`${capabilityLinks.uses} + 1` })
    .where(eq(capabilityLinks.id, placeholder('linkId'))),
);

const insertResponse = builtOnce<{
  surveyId: string;
  partnerId: string;
  submissionKey: string;
  instrumentVersion: number;
  submittedOn: string;
  answers: Answers;
}>((db) =>
  db.insert(responses).values({
    surveyId: placeholder('surveyId'),
    partnerId: placeholder('partnerId'),
    submissionKey: placeholder('submissionKey'),
    instrumentVersion: placeholder('instrumentVersion'),
    submittedOn: placeholder('submittedOn'),
    answers: placeholder('answers'),
  }),
);

const deleteDraft = builtOnce<{ draftId: string }>((db) => db.delete(drafts).where(eq(drafts.id, placeholder('draftId'))));

/** The key that recognises a retried submission without storing anything that links it to a link. */
export const submissionKey = (surveyId: string, submissionId: string) => hashSecret(`submission:${surveyId}:${submissionId}`);

export type SubmitOutcome = 'stored' | 'already_stored' | 'link_used';

/** What a submission did, and whether it is the one that starts a fold of its partner's pending counters (fold.ts). */
export interface Submitted {
  readonly outcome: SubmitOutcome;
  readonly foldDue: boolean;
}

export interface Submission {
  readonly link: CapabilityLink;
  readonly instrumentVersion: number;
  readonly items: readonly Item[];
  readonly answers: Answers;
  readonly submissionId: string;
}

/** Stores a validated response once. Retries of the same submission report `already_stored`. */
export async function submitResponse(db: Database, submission: Submission): Promise<Submitted> {
  const { link, items, answers } = submission;
  const surveyId = link.surveyId!;
  const partnerId = link.partnerId!;
  // A retry of a stored submission fails the batch (the link's CHECK or the unique key) and is
  // recognised below: no read before the batch.
  const key = await submissionKey(surveyId, submission.submissionId);

  const day = today();
  const draft = draftId(link, submission.submissionId);
  const texts = items.filter((item) => item.format === 'text' && typeof answers[item.id] === 'string');
  // Its result says how many of the partner's responses are pending (whether this one starts a fold).
  const counting = countResponse(db, {
    surveyId,
    partnerId,
    groups: breakdownGroups(items, answers).filter((g) => g !== ALL_GROUP),
    channel: channelOf(link),
  });

  const statements = [
    // First, so a used single-use link (or an open link at its cap) aborts the batch by its CHECK.
    countLinkUse(db, { linkId: link.id }),
    insertResponse(db, {
      surveyId,
      partnerId,
      submissionKey: key,
      instrumentVersion: submission.instrumentVersion,
      submittedOn: day,
      answers,
    }),
    ...insertComments(
      db,
      surveyId,
      partnerId,
      texts.map((item) => ({ itemId: item.id, body: answers[item.id] as string })),
    ),
    counting,
    markPending(db, { surveyId, partnerId, submissionKey: key }),
    countSubmitted(db, { ...started(link, draft), day }),
    deleteDraft(db, { draftId: draft }),
  ];

  let results: D1Result[];
  try {
    results = await db.$client.batch(statements);
  } catch (error) {
    const message = String(error);
    // A concurrent copy of this very submission won the race: the response is stored once.
    if (/UNIQUE constraint failed: responses\./.test(message)) return { outcome: 'already_stored', foldDue: false };
    if (/CHECK constraint failed/.test(message))
      return { outcome: (await responseExists(db, surveyId, partnerId, key)) ? 'already_stored' : 'link_used', foldDue: false };
    throw error;
  }
  const counted = results[statements.indexOf(counting)]!.results as { group_key: string; pending: number }[];
  return { outcome: 'stored', foldDue: foldDue(counted.find((row) => row.group_key === ALL_GROUP)?.pending ?? 0) };
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
