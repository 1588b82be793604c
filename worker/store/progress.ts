/**
 * Following the response: per partner invited, started, completed and completions per day, read
 * from the `progress` counters (partners × days rows, never one row per respondent).
 */
import { and, asc, eq } from 'drizzle-orm';
import { progress } from '../../db/schema';
import type { Database } from './db';
import type { Partner } from './partnerships';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One partner's response so far. `responseRate` is completed ÷ invited, or null without an invited number. */
export interface PartnerProgress {
  readonly partnerId: string;
  readonly name: string;
  readonly invited: number | null;
  readonly started: number;
  readonly completed: number;
  readonly responseRate: number | null;
  readonly completedPerDay: readonly { readonly day: string; readonly completed: number }[];
}

/** The progress of a survey for the given partners (all of them for an organiser, one for a partner contact). */
export async function surveyProgress(db: Database, surveyId: string, forPartners: readonly Partner[]): Promise<PartnerProgress[]> {
  const only = forPartners.length === 1 ? forPartners[0]!.id : undefined;
  const rows = await db
    .select()
    .from(progress)
    .where(only ? and(eq(progress.surveyId, surveyId), eq(progress.partnerId, only)) : eq(progress.surveyId, surveyId))
    .orderBy(asc(progress.counter));
  return forPartners.map((partner) => {
    const own = rows.filter((r) => r.partnerId === partner.id);
    const completedPerDay = own.filter((r) => DAY.test(r.counter)).map((r) => ({ day: r.counter, completed: r.count }));
    const completed = completedPerDay.reduce((sum, d) => sum + d.completed, 0);
    const started = own.find((r) => r.counter === 'started')?.count ?? 0;
    const invited = partner.expectedStaff;
    return {
      partnerId: partner.id,
      name: partner.name,
      invited,
      started,
      completed,
      responseRate: invited ? completed / invited : null,
      completedPerDay,
    };
  });
}
