import { and, asc, eq, sql } from 'drizzle-orm';
import { aggregates, progress } from '../../db/schema';
import type { Database } from './db';

export type AggregateRow = typeof aggregates.$inferSelect;

/** Every aggregate row of a survey: partners × breakdown groups, however many respondents. */
export async function readAggregates(db: Database, surveyId: string): Promise<AggregateRow[]> {
  return db.select().from(aggregates).where(eq(aggregates.surveyId, surveyId));
}

export type ProgressRow = typeof progress.$inferSelect;

export async function readProgress(db: Database, surveyId: string): Promise<ProgressRow[]> {
  return db.select().from(progress).where(eq(progress.surveyId, surveyId)).orderBy(asc(progress.counter));
}

/** Completed responses per partner, from the `all` aggregate rows. */
export async function respondentsPerPartner(db: Database, surveyId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ partnerId: aggregates.partnerId, respondents: aggregates.respondents })
    .from(aggregates)
    .where(and(eq(aggregates.surveyId, surveyId), eq(aggregates.groupKey, sql`'all'`)));
  return new Map(rows.map((r) => [r.partnerId, r.respondents]));
}
