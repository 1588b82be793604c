/**
 * Reading the running sums. Every read here is by primary key or index prefix, so the rows D1 reads
 * depend on partners and breakdown groups, never on the number of respondents.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { aggregates } from '../../db/schema';
import { ALL_GROUP } from '../analysis/stats';
import type { Database } from './db';

export type AggregateRow = typeof aggregates.$inferSelect;

/**
 * The `all` row of each given partner: one index seek per partner (survey, partner, 'all'), so a
 * report reads one aggregate row per partner. A partner without responses has no row.
 */
export function partnerTotalsQuery(db: Database, surveyId: string, partnerIds: readonly string[]) {
  return db
    .select()
    .from(aggregates)
    .where(and(eq(aggregates.surveyId, surveyId), inArray(aggregates.partnerId, [...partnerIds]), eq(aggregates.groupKey, ALL_GROUP)));
}

/** Respondents per partner from the `all` rows, without their counters. */
export function partnerRespondentsQuery(db: Database, surveyId: string, partnerIds: readonly string[]) {
  return db
    .select({ partnerId: aggregates.partnerId, respondents: aggregates.respondents })
    .from(aggregates)
    .where(and(eq(aggregates.surveyId, surveyId), inArray(aggregates.partnerId, [...partnerIds]), eq(aggregates.groupKey, ALL_GROUP)));
}

/** Every group row (`all` and the breakdown groups) of one partner. */
export function partnerGroupsQuery(db: Database, surveyId: string, partnerId: string) {
  return db
    .select()
    .from(aggregates)
    .where(and(eq(aggregates.surveyId, surveyId), eq(aggregates.partnerId, partnerId)));
}
