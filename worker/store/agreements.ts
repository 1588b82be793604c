/**
 * Agreements on a wave's findings in D1: listed per wave, added (within a bound per wave, checked in
 * the same statement that inserts), changed and removed, always within one partnership and the
 * waves the caller may read.
 */
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { agreements } from '../../db/schema';
import { type Database, newId, today } from './db';

export type Agreement = typeof agreements.$inferSelect;

/** An agreement as the report shows it: no partnership id, the finding as one record. */
export type AgreementView = Pick<Agreement, 'id' | 'surveyId' | 'action' | 'owner' | 'dueOn' | 'createdOn' | 'updatedOn'> & {
  readonly finding: { readonly kind: Agreement['findingKind']; readonly key: string };
};

export const agreementView = ({ findingKind, findingKey, partnershipId: _, ...rest }: Agreement): AgreementView => ({
  ...rest,
  finding: { kind: findingKind, key: findingKey },
});

/** The agreements of some waves, by wave, oldest first. */
export async function listAgreements(db: Database, surveyIds: readonly string[]): Promise<AgreementView[]> {
  if (surveyIds.length === 0) return [];
  const rows = await db
    .select()
    .from(agreements)
    .where(inArray(agreements.surveyId, [...surveyIds]))
    .orderBy(asc(agreements.createdOn), asc(sql`rowid`));
  return rows.map(agreementView);
}

export type NewAgreement = Pick<Agreement, 'partnershipId' | 'surveyId' | 'findingKind' | 'findingKey' | 'action' | 'owner' | 'dueOn'>;

/**
 * Adds an agreement unless its wave holds `limit` already: the count and the insert are one
 * statement (INSERT … SELECT … WHERE count < limit), so two writers at once cannot pass the bound.
 * Undefined when the wave is full.
 */
export async function addAgreement(db: Database, agreement: NewAgreement, limit: number): Promise<AgreementView | undefined> {
  const day = today();
  const { partnershipId, surveyId, findingKind, findingKey, action, owner, dueOn } = agreement;
  const row: Agreement = {
    id: newId(),
    partnershipId,
    surveyId,
    findingKind,
    findingKey,
    action,
    owner,
    dueOn,
    createdOn: day,
    updatedOn: day,
  };
  const held = db.select({ n: count() }).from(agreements).where(eq(agreements.surveyId, agreement.surveyId));
  const columns = Object.keys(row) as (keyof Agreement)[];
  const names = sql.join(
    columns.map((key) => sql.identifier(agreements[key].name)),
    sql`, `,
  );
  const values = sql.join(
    columns.map((key) => sql`${row[key]}`),
    sql`, `,
  );
  const inserted = await db.run(sql`INSERT INTO ${agreements} (${names}) SELECT ${values} WHERE (${held}) < ${limit}`);
  return inserted.meta.changes === 1 ? agreementView(row) : undefined;
}

/** The agreement with this id if it belongs to the partnership. */
export async function findAgreement(db: Database, partnershipId: string, id: string): Promise<Agreement | undefined> {
  return db.query.agreements.findFirst({ where: and(eq(agreements.id, id), eq(agreements.partnershipId, partnershipId)) });
}

export async function updateAgreement(
  db: Database,
  id: string,
  change: Partial<Pick<Agreement, 'action' | 'owner' | 'dueOn'>>,
): Promise<AgreementView> {
  const [updated] = await db
    .update(agreements)
    .set({ ...change, updatedOn: today() })
    .where(eq(agreements.id, id))
    .returning();
  return agreementView(updated!);
}

export async function deleteAgreement(db: Database, id: string): Promise<void> {
  await db.delete(agreements).where(eq(agreements.id, id));
}
