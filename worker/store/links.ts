/**
 * Capability links in D1: issued with a fresh secret, found by the secret's hash, revoked by id.
 */
import { and, eq } from 'drizzle-orm';
import { capabilityLinks, type LinkScope } from '../../db/schema';
import { hashesEqual, hashSecret, newSecret } from '../access/secrets';
import { type Database, newId, today } from './db';

export type CapabilityLink = typeof capabilityLinks.$inferSelect;

export interface LinkRequest {
  readonly scope: LinkScope;
  readonly partnershipId: string;
  readonly surveyId?: string | null;
  readonly partnerId?: string | null;
  readonly label?: string | null;
  readonly maxUses?: number | null;
}

/** A newly issued link: the secret is returned once and never stored. */
export interface IssuedLink {
  readonly id: string;
  readonly secret: string;
  readonly row: typeof capabilityLinks.$inferInsert;
}

/** Prepares a link (secret + row) without writing it, so callers can batch the insert. */
export async function prepareLink(request: LinkRequest): Promise<IssuedLink> {
  const secret = newSecret();
  const id = newId();
  return {
    id,
    secret,
    row: {
      id,
      tokenHash: await hashSecret(secret),
      scope: request.scope,
      partnershipId: request.partnershipId,
      surveyId: request.surveyId ?? null,
      partnerId: request.partnerId ?? null,
      label: request.label ?? null,
      maxUses: request.scope === 'respondent_single' ? 1 : (request.maxUses ?? null),
      createdOn: today(),
    },
  };
}

/** The live link a secret opens, or undefined when it is unknown or revoked (callers can't tell which). */
export async function findLink(db: Database, secret: string): Promise<CapabilityLink | undefined> {
  const hash = await hashSecret(secret);
  const link = await db.query.capabilityLinks.findFirst({ where: eq(capabilityLinks.tokenHash, hash) });
  if (!link || link.revoked || !hashesEqual(link.tokenHash, hash)) return undefined;
  return link;
}

export async function revokeLink(db: Database, partnershipId: string, linkId: string): Promise<boolean> {
  const result = await db
    .update(capabilityLinks)
    .set({ revoked: true })
    .where(and(eq(capabilityLinks.id, linkId), eq(capabilityLinks.partnershipId, partnershipId)))
    .returning({ id: capabilityLinks.id });
  return result.length === 1;
}
