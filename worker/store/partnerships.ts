/**
 * Partnerships, their partner organisations and surveys.
 */
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import { capabilityLinks, organiserKeys, partners, partnerships, surveys } from '../../db/schema';
import { type Actor, auditRow } from './audit';
import { type Database, newId, today } from './db';
import { newKeyring } from './keyring';
import { prepareLink } from './links';

export type Partnership = typeof partnerships.$inferSelect;
export type Partner = typeof partners.$inferSelect;
export type Survey = typeof surveys.$inferSelect;

export interface NewPartnership {
  readonly partnership: Pick<Partnership, 'name' | 'challenge' | 'nameEn' | 'challengeEn' | 'collaborationFunction' | 'horizon'>;
  readonly partners: readonly Pick<Partner, 'name' | 'sector' | 'expectedStaff' | 'shownAsOrganisation'>[];
  readonly survey?: NewSurvey;
}

export type NewSurvey = Pick<Survey, 'title' | 'sections' | 'languages' | 'minGroupSize' | 'closesOn' | 'retainUntil'> & {
  readonly opensOn?: string;
};

/** The row for a new survey; it opens today unless another day is given. */
export function surveyRow(partnershipId: string, survey: NewSurvey, instrumentVersion: number): typeof surveys.$inferInsert {
  return {
    id: newId(),
    partnershipId,
    title: survey.title,
    instrumentVersion,
    sections: survey.sections,
    languages: survey.languages,
    minGroupSize: survey.minGroupSize,
    opensOn: survey.opensOn ?? today(),
    closesOn: survey.closesOn,
    retainUntil: survey.retainUntil,
    createdOn: today(),
  };
}

/** D1 binds at most 100 parameters per statement: partners go in as many inserts as that needs. */
const PARTNERS_PER_INSERT = Math.floor(100 / Object.keys(getTableColumns(partners)).length);

/** Creates a partnership with its partners (and first survey) and returns its organiser secret once. */
export async function createPartnership(db: Database, input: NewPartnership, instrumentVersion: number) {
  const partnershipId = newId();
  // The partnership's data key is made here and leaves only wrapped for the first organiser link.
  const organiser = await prepareLink({ scope: 'organiser', partnershipId }, await newKeyring(partnershipId));
  const partnerRows = input.partners.map((p, position) => ({ id: newId(), partnershipId, position, ...p }));
  const survey = input.survey ? surveyRow(partnershipId, input.survey, instrumentVersion) : undefined;
  const first = { partnershipId, linkId: organiser.id };
  await db.batch([
    db.insert(partnerships).values({ id: partnershipId, createdOn: today(), ...input.partnership }),
    ...Array.from({ length: Math.ceil(partnerRows.length / PARTNERS_PER_INSERT) }, (_, i) =>
      db.insert(partners).values(partnerRows.slice(i * PARTNERS_PER_INSERT, (i + 1) * PARTNERS_PER_INSERT)),
    ),
    ...(survey ? [db.insert(surveys).values(survey)] : []),
    db.insert(capabilityLinks).values(organiser.row),
    db.insert(organiserKeys).values(organiser.keyRow!),
    // The audit list starts with the first organiser link, made by nobody's link but its own.
    auditRow(db, first, { action: 'issued', linkId: organiser.id, scope: 'organiser', count: 1 }),
    ...(survey ? [auditRow(db, first, { action: 'survey_created', surveyId: survey.id })] : []),
  ]);
  return { partnershipId, surveyId: survey?.id, organiserSecret: organiser.secret, partnerIds: partnerRows.map((p) => p.id) };
}

/**
 * A partnership with its partners (in set-up order) and surveys in wave order: by the day each
 * opens, then the day it was made, then the order it was made in (a baseline and its follow-up made
 * on one day still come in the order they were made).
 */
export async function getPartnership(db: Database, partnershipId: string) {
  const [partnership, partnerList, surveyList] = await db.batch([
    db.select().from(partnerships).where(eq(partnerships.id, partnershipId)),
    db.select().from(partners).where(eq(partners.partnershipId, partnershipId)).orderBy(asc(partners.position)),
    db
      .select()
      .from(surveys)
      .where(eq(surveys.partnershipId, partnershipId))
      .orderBy(asc(surveys.opensOn), asc(surveys.createdOn), asc(sql`rowid`)),
  ]);
  if (!partnership[0]) return undefined;
  return { partnership: partnership[0], partners: partnerList, surveys: surveyList };
}

export type EnglishTexts = Pick<Partnership, 'nameEn' | 'challengeEn'>;

/** Sets (or, with null, removes) the partnership's name and challenge in English. */
export async function updateEnglishTexts(db: Database, partnershipId: string, texts: EnglishTexts): Promise<Partnership> {
  const [updated] = await db.update(partnerships).set(texts).where(eq(partnerships.id, partnershipId)).returning();
  return updated!;
}

export async function getSurvey(db: Database, surveyId: string): Promise<Survey | undefined> {
  return db.query.surveys.findFirst({ where: eq(surveys.id, surveyId) });
}

/** Open means: not closed by the organiser, opened already, and not past its closing day. */
export function surveyIsOpen(survey: Survey, day = today()): boolean {
  return survey.status === 'open' && survey.opensOn <= day && (survey.closesOn === null || day <= survey.closesOn);
}

/** The survey with this id if it belongs to the partnership, so no link reaches another's survey. */
export async function findSurveyInPartnership(db: Database, partnershipId: string, surveyId: string): Promise<Survey | undefined> {
  return db.query.surveys.findFirst({ where: and(eq(surveys.id, surveyId), eq(surveys.partnershipId, partnershipId)) });
}

/** The partner with this id if it belongs to the partnership. */
export async function findPartnerInPartnership(db: Database, partnershipId: string, partnerId: string): Promise<Partner | undefined> {
  return db.query.partners.findFirst({ where: and(eq(partners.id, partnerId), eq(partners.partnershipId, partnershipId)) });
}

/** Adds another survey (a follow-up measurement, say) to a partnership, recorded in its audit list. */
export async function createSurvey(db: Database, actor: Actor, survey: NewSurvey, instrumentVersion: number): Promise<Survey> {
  const row = surveyRow(actor.partnershipId, survey, instrumentVersion);
  const [created] = await db.batch([
    db.insert(surveys).values(row).returning(),
    auditRow(db, actor, { action: 'survey_created', surveyId: row.id }),
  ]);
  return created[0]!;
}

export type SurveySettings = Partial<Pick<Survey, 'minGroupSize' | 'opensOn' | 'closesOn' | 'retainUntil'>>;

/** Changes a survey's dates or threshold (recorded); the caller has checked what may change. */
export async function updateSurveySettings(db: Database, actor: Actor, surveyId: string, settings: SurveySettings): Promise<Survey> {
  const [updated] = await db.batch([
    db.update(surveys).set(settings).where(eq(surveys.id, surveyId)).returning(),
    auditRow(db, actor, { action: 'settings_changed', surveyId }),
  ]);
  return updated[0]!;
}

/** Closes or reopens a survey by hand (recorded); dates still apply on top (see `surveyIsOpen`). */
export async function setSurveyStatus(db: Database, actor: Actor, surveyId: string, status: Survey['status']): Promise<Survey> {
  const [updated] = await db.batch([
    db.update(surveys).set({ status }).where(eq(surveys.id, surveyId)).returning(),
    auditRow(db, actor, { action: status === 'closed' ? 'closed' : 'reopened', surveyId }),
  ]);
  return updated[0]!;
}
