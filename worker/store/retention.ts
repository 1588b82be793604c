/**
 * Deleting responses for good: by the organiser (one survey, after confirmation) and by the nightly
 * scheduled run (surveys past their retention date, and drafts nobody touched for a month). Each is
 * one atomic `db.batch`, so a survey is never left with half its data.
 */
import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { aggregates, comments, drafts, pendingCounts, progress, responses, surveys } from '../../db/schema';
import { type Actor, auditRow } from './audit';
import { type Database, today } from './db';
import { deleteReleases } from './releases';

/** Drafts not saved for this many days are deleted by the scheduled run. */
export const STALE_DRAFT_DAYS = 30;

/**
 * Deletes every trace of a survey's answers (responses, free text, sums and pending counters,
 * released figures, drafts, counters) at once, recorded in the audit list; its releases end with a
 * `deleted` one (see `deleteReleases`).
 */
export async function deleteSurveyResponses(db: Database, actor: Actor, surveyId: string): Promise<{ responses: number }> {
  // What the caller reads comes first: its place does not depend on how many statements end the releases.
  const [deleted] = await db.batch([
    db.delete(responses).where(eq(responses.surveyId, surveyId)).returning({ key: responses.submissionKey }),
    ...deleteReleases(db, [surveyId], today()),
    db.delete(comments).where(eq(comments.surveyId, surveyId)),
    db.delete(aggregates).where(eq(aggregates.surveyId, surveyId)),
    db.delete(pendingCounts).where(eq(pendingCounts.surveyId, surveyId)),
    db.delete(drafts).where(eq(drafts.surveyId, surveyId)),
    db.delete(progress).where(eq(progress.surveyId, surveyId)),
    // The action and its day only: not how many responses went.
    auditRow(db, actor, { action: 'responses_deleted', surveyId }),
  ]);
  return { responses: deleted.length };
}

/** The day `days` before `day` (both `YYYY-MM-DD`, UTC). */
export function daysBefore(day: string, days: number): string {
  return today(new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000));
}

export interface RetentionOutcome {
  readonly expiredSurveys: number;
  readonly deletedResponses: number;
  readonly deletedStaleDrafts: number;
}

/**
 * Enforces retention on `day`: a survey is kept up to and including its `retain_until` day; after
 * that its answers are deleted and it is closed so nothing new arrives. Drafts untouched for
 * STALE_DRAFT_DAYS are deleted everywhere. Released figures go with the answers (`deleteReleases`). All in one batch; the subquery keeps the statement count
 * fixed however many surveys expire (and clear of D1's 100-parameter limit).
 */
export async function enforceRetention(db: Database, day: string): Promise<RetentionOutcome> {
  const expired = db
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(isNotNull(surveys.retainUntil), lt(surveys.retainUntil, day)));
  // What is read comes first, as above; the releases end before the aggregates they check go.
  const [expiredRows, deletedResponses, staleDrafts] = await db.batch([
    db
      .select({ n: sql<number>`count(*)` })
      .from(surveys)
      .where(and(isNotNull(surveys.retainUntil), lt(surveys.retainUntil, day))),
    db.delete(responses).where(inArray(responses.surveyId, expired)).returning({ key: responses.submissionKey }),
    db
      .delete(drafts)
      .where(sql`${inArray(drafts.surveyId, expired)} OR ${lt(drafts.updatedOn, daysBefore(day, STALE_DRAFT_DAYS))}`)
      .returning({ id: drafts.id }),
    ...deleteReleases(db, expired, day),
    db.delete(comments).where(inArray(comments.surveyId, expired)),
    db.delete(aggregates).where(inArray(aggregates.surveyId, expired)),
    db.delete(pendingCounts).where(inArray(pendingCounts.surveyId, expired)),
    db.delete(progress).where(inArray(progress.surveyId, expired)),
    db.update(surveys).set({ status: 'closed' }).where(inArray(surveys.id, expired)),
  ]);
  return { expiredSurveys: expiredRows[0]?.n ?? 0, deletedResponses: deletedResponses.length, deletedStaleDrafts: staleDrafts.length };
}
