/**
 * The organiser's audit list: one row per action, with the day and the organiser link that acted.
 * Callers put the row in the same atomic batch as the action, so no action goes unrecorded.
 */

import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
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
