/**
 * Reading free text for the report: a bounded sample per partner and question, in the random order
 * stored with each comment (`sort_key`, a random UUID). The `comments_by_survey` index
 * (survey, partner, item, sort_key) hands back the first rows in that order, so D1 reads at most
 * the sample size per partner and question however many comments there are.
 */
import { and, asc, eq } from 'drizzle-orm';
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
  partnerIds: readonly string[],
  itemIds: readonly string[],
  limit = COMMENT_SAMPLE_SIZE,
): Promise<CommentSample[]> {
  const wanted = partnerIds.flatMap((partnerId) => itemIds.map((itemId) => ({ partnerId, itemId })));
  const [first, ...rest] = wanted.map(({ partnerId, itemId }) =>
    db
      .select({ body: comments.body })
      .from(comments)
      .where(and(eq(comments.surveyId, surveyId), eq(comments.partnerId, partnerId), eq(comments.itemId, itemId)))
      .orderBy(asc(comments.sortKey))
      .limit(limit),
  );
  if (!first) return [];
  const results = await db.batch([first, ...rest]);
  return wanted.map((w, i) => ({ ...w, bodies: results[i]!.map((row) => row.body) }));
}
