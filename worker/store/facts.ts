/**
 * What partners' contacts state for their organisation (the facts form of the survey's instrument
 * version): one row per survey and partner, replaced on every save. Not respondents' answers: no
 * threshold and no release apply, and the report shows them with the partner's name.
 */
import { and, eq } from 'drizzle-orm';
import type { Answers } from '../../core/instrument/types';
import { partnerFacts } from '../../db/schema';
import type { StatedFacts } from '../analysis';
import { type Database, today } from './db';

/** Every partner's stated facts for a survey (or one partner's), by partner id. */
export async function readFacts(db: Database, surveyId: string, partnerId?: string): Promise<Map<string, StatedFacts>> {
  const rows = await db
    .select()
    .from(partnerFacts)
    .where(
      partnerId ? and(eq(partnerFacts.surveyId, surveyId), eq(partnerFacts.partnerId, partnerId)) : eq(partnerFacts.surveyId, surveyId),
    );
  return new Map(rows.map((row) => [row.partnerId, { answers: row.answers as Answers, updatedOn: row.updatedOn }]));
}

/** Replaces a partner's stated facts for a survey (validated by the caller against the facts form). */
export async function saveFacts(db: Database, surveyId: string, partnerId: string, answers: Answers): Promise<StatedFacts> {
  const stated = { answers, updatedOn: today() };
  await db
    .insert(partnerFacts)
    .values({ surveyId, partnerId, ...stated })
    .onConflictDoUpdate({ target: [partnerFacts.surveyId, partnerFacts.partnerId], set: stated });
  return stated;
}
