/**
 * What sending invitations and reminders keeps in D1: one row per message sent for a personal link
 * (its link, survey and day; never an address), which bounds sending per link and per survey per
 * day, and the count in the organiser's audit list. Reservations are made before sending and given
 * back for messages that did not go, so only messages that went count.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { MAIL_PER_STAFF_PER_DAY, MAIL_SENDS_PER_LINK } from '../../core/schemas/mail';
import { capabilityLinks, mailSends, partners } from '../../db/schema';
import { type Actor, countedAuditRows } from './audit';
import { type Database, today } from './db';

/** How many messages a survey sent today, and the most it may send today. */
export async function mailToday(db: Database, survey: { id: string; partnershipId: string }): Promise<{ sent: number; limit: number }> {
  const day = today();
  const personalLinks = db
    .select({ n: sql<number>`count(*)` })
    .from(capabilityLinks)
    .where(
      and(
        eq(capabilityLinks.surveyId, survey.id),
        eq(capabilityLinks.partnerId, partners.id),
        eq(capabilityLinks.scope, 'respondent_single'),
      ),
    );
  const [sent, staff] = await db.batch([
    db
      .select({ n: sql<number>`count(*)` })
      .from(mailSends)
      .where(and(eq(mailSends.surveyId, survey.id), eq(mailSends.day, day))),
    db
      .select({ n: sql<number>`coalesce(sum(coalesce(${partners.expectedStaff}, (${personalLinks}))), 0)` })
      .from(partners)
      .where(eq(partners.partnershipId, survey.partnershipId)),
  ]);
  return { sent: sent[0]?.n ?? 0, limit: MAIL_PER_STAFF_PER_DAY * (staff[0]?.n ?? 0) };
}

/** A personal link as sending needs it: whether it can still be answered, and its sealed secret. */
export interface MailableLink {
  readonly id: string;
  readonly partnerId: string;
  readonly revoked: boolean;
  readonly uses: number;
  readonly sealedSecret: string | null;
  /** How many messages were sent for it so far. */
  readonly sends: number;
}

/**
 * The survey's personal links among `ids`, with their sends so far; undefined when any id is not a
 * personal link of this survey (the caller answers as for an unknown id).
 */
export async function mailableLinks(db: Database, surveyId: string, ids: readonly string[]): Promise<MailableLink[] | undefined> {
  const rows = await db
    .select({
      id: capabilityLinks.id,
      partnerId: capabilityLinks.partnerId,
      revoked: capabilityLinks.revoked,
      uses: capabilityLinks.uses,
      sealedSecret: capabilityLinks.sealedSecret,
      sends: sql<number>`(SELECT count(*) FROM ${mailSends} WHERE ${mailSends.linkId} = ${capabilityLinks.id})`,
    })
    .from(capabilityLinks)
    .where(
      and(
        eq(capabilityLinks.surveyId, surveyId),
        eq(capabilityLinks.scope, 'respondent_single'),
        // One bound parameter for the whole batch.
        sql`${capabilityLinks.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
      ),
    );
  if (rows.length !== new Set(ids).size) return undefined;
  return rows.map((r) => ({ ...r, partnerId: r.partnerId! }));
}

/**
 * Reserves one send for each of `linkIds` that has fewer than MAIL_SENDS_PER_LINK, in one
 * statement (so two requests at once cannot both pass a check), and only if all of them fit in
 * today's `limit`. Returns each reserved link's row number, to give back if its message does not go.
 */
export async function reserveSends(
  db: Database,
  surveyId: string,
  linkIds: readonly string[],
  limit: number,
): Promise<Map<string, number>> {
  if (linkIds.length === 0) return new Map();
  const day = today();
  const ids = JSON.stringify(linkIds);
  const rows = await db
    .insert(mailSends)
    .select(
      sql`SELECT NULL, j.value, ${surveyId}, ${day} FROM json_each(${ids}) AS j
          WHERE (SELECT count(*) FROM ${mailSends} WHERE ${mailSends.linkId} = j.value) < ${MAIL_SENDS_PER_LINK}
            AND (SELECT count(*) FROM ${mailSends} WHERE ${mailSends.surveyId} = ${surveyId} AND ${mailSends.day} = ${day}) + ${linkIds.length} <= ${limit}`,
    )
    .returning({ seq: mailSends.seq, linkId: mailSends.linkId });
  return new Map(rows.map((r) => [r.linkId, r.seq]));
}

/**
 * After a batch: gives back the reservations of messages that did not go, and adds what did go to
 * the audit list as counts per partner (one row per day, organiser link, kind of letter, survey and
 * partner), in one atomic batch.
 */
export async function settleSends(
  db: Database,
  actor: Actor,
  sent: {
    readonly action: 'invitations_sent' | 'reminders_sent';
    readonly surveyId: string;
    readonly perPartner: ReadonlyMap<string, number>;
  },
  unsent: readonly number[],
): Promise<void> {
  const counts = [...sent.perPartner].flatMap(([partnerId, n]) =>
    countedAuditRows(db, actor, { action: sent.action, surveyId: sent.surveyId, partnerId }, n),
  );
  const giveBack = unsent.length > 0 ? [db.delete(mailSends).where(inArray(mailSends.seq, [...unsent]))] : [];
  const statements = [...giveBack, ...counts];
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}
