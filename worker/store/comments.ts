/**
 * Reading free text for the report: a bounded sample per partner and question, from the partner's
 * released comment cohorts only, in the random order stored with each comment (`sort_key`, a
 * random UUID). The table's key (survey, partner, item, sort_key) hands back the
 * rows in that order; the ones of the cohort not released yet are skipped, and a release is made
 * whenever max(10, k) of them have come in, so D1 reads at most the sample size plus that many per
 * partner and question however many comments there are.
 */
import { and, asc, eq, lte } from 'drizzle-orm';
import { comments } from '../../db/schema';
import type { Database } from './db';

/** Comments shown per partner and question at most. */
export const COMMENT_SAMPLE_SIZE = 20;

export interface CommentSample {
  readonly partnerId: string;
  readonly itemId: string;
  readonly bodies: readonly string[];
}

/** The sample for every given partner × question, in one batch (one round trip). */
export async function readCommentSamples(
  db: Database,
  surveyId: string,
  partners: readonly { readonly partnerId: string; readonly cohort: number }[],
  itemIds: readonly string[],
  limit = COMMENT_SAMPLE_SIZE,
): Promise<CommentSample[]> {
  const wanted = partners.flatMap(({ partnerId, cohort }) => itemIds.map((itemId) => ({ partnerId, itemId, cohort })));
  const [first, ...rest] = wanted.map(({ partnerId, itemId, cohort }) =>
    db
      .select({ body: comments.body })
      .from(comments)
      .where(
        and(eq(comments.surveyId, surveyId), eq(comments.partnerId, partnerId), eq(comments.itemId, itemId), lte(comments.cohort, cohort)),
      )
      .orderBy(asc(comments.sortKey))
      .limit(limit),
  );
  if (!first) return [];
  const results = await db.batch([first, ...rest]);
  return wanted.map(({ partnerId, itemId }, i) => ({ partnerId, itemId, bodies: results[i]!.map((row) => row.body) }));
}
