/**
 * Reading stored responses, for the export only: the report reads running sums instead.
 */
import { eq } from 'drizzle-orm';
import { responses } from '../../db/schema';
import type { Database } from './db';

/** Every response of a survey, without anything but partner, day and answers. */
export async function readSurveyResponses(db: Database, surveyId: string) {
  return db
    .select({ id: responses.id, partnerId: responses.partnerId, submittedOn: responses.submittedOn, answers: responses.answers })
    .from(responses)
    .where(eq(responses.surveyId, surveyId));
}

/** Whether anyone has answered the survey yet (settings that respondents relied on are then fixed). */
export async function surveyHasResponses(db: Database, surveyId: string): Promise<boolean> {
  const row = await db.select({ id: responses.id }).from(responses).where(eq(responses.surveyId, surveyId)).limit(1).get();
  return row !== undefined;
}
