/**
 * The organiser's audit list: one row per action, with the day and the organiser link that acted.
 * Callers put the row in the same atomic batch as the action, so no action goes unrecorded.
 */

import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { AuditAction } from '../../core/audit';
import { auditEvents, capabilityLinks } from '../../db/schema';
import { type Database, today } from './db';

/** The organiser link that acts, in its partnership. */
export interface Actor {
  readonly partnershipId: string;
  readonly linkId: string;
}

export type AuditEntry = Omit<typeof auditEvents.$inferInsert, 'seq' | 'day' | 'partnershipId' | 'actorLinkId'>;

/** The insert that records one action of `actor`, today: callers batch it with the action itself. */
export function auditRow(db: Database, actor: Actor, entry: AuditEntry) {
  return db.insert(auditEvents).values({ ...entry, partnershipId: actor.partnershipId, actorLinkId: actor.linkId, day: today() });
}

/**
 * The statements that add `n` to today's row of this kind (same organiser link, action, survey and
 * partner), or make that row: repeated actions of a day, such as batches of invitations, are one
 * row with their total. Batch both, in this order.
 */
export function countedAuditRows(
  db: Database,
  actor: Actor,
  entry: { readonly action: AuditAction; readonly surveyId: string; readonly partnerId: string | null },
  n: number,
) {
  const day = today();
  const same = and(
    eq(auditEvents.partnershipId, actor.partnershipId),
    eq(auditEvents.day, day),
    eq(auditEvents.action, entry.action),
    eq(auditEvents.actorLinkId, actor.linkId),
    eq(auditEvents.surveyId, entry.surveyId),
    entry.partnerId === null ? isNull(auditEvents.partnerId) : eq(auditEvents.partnerId, entry.partnerId),
  );
  return [
    db
      .update(auditEvents)
      .set({ count: sql`${auditEvents.count} + ${n}` })
      .where(same),
    db.insert(auditEvents).select(
      sql`SELECT NULL, ${actor.partnershipId}, ${day}, ${entry.action}, ${actor.linkId}, NULL, NULL, ${entry.surveyId}, ${entry.partnerId}, ${n}
            WHERE NOT EXISTS (SELECT 1 FROM ${auditEvents} WHERE ${same})`,
    ),
  ] as const;
}

/** How many rows the audit list shows at most, newest first. */
export const AUDIT_LIST_LIMIT = 500;

const actor = alias(capabilityLinks, 'actor');
const target = alias(capabilityLinks, 'target');

/** The partnership's audit list, newest first, with the labels of the acting and the affected link. */
export async function listAudit(db: Database, partnershipId: string) {
  return db
    .select({
      seq: auditEvents.seq,
      day: auditEvents.day,
      action: auditEvents.action,
      actorLinkId: auditEvents.actorLinkId,
      actorLabel: actor.label,
      actorCreatedOn: actor.createdOn,
      linkId: auditEvents.linkId,
      linkLabel: target.label,
      scope: auditEvents.scope,
      surveyId: auditEvents.surveyId,
      partnerId: auditEvents.partnerId,
      count: auditEvents.count,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorLinkId))
    .leftJoin(target, eq(target.id, auditEvents.linkId))
    .where(eq(auditEvents.partnershipId, partnershipId))
    .orderBy(desc(auditEvents.seq))
    .limit(AUDIT_LIST_LIMIT);
}
