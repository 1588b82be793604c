/**
 * Capability links in D1: issued with a fresh secret, found by the secret's hash, revoked by id.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { LinkScope } from '../../core/links';
import { capabilityLinks } from '../../db/schema';
import { hashSecret, newSecret } from '../access/secrets';
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

/**
 * The live link a secret opens, or undefined when it is unknown or revoked (callers can't tell which).
 * Looked up by the SHA-256 of the secret through a unique index. That lookup is not constant-time,
 * and need not be: a guesser controls the secret, not its hash, so even learning how near a
 * guess's hash came to a stored one would not bring them nearer a secret (144 random bits) that
 * hashes to it.
 */
export async function findLink(db: Database, secret: string): Promise<CapabilityLink | undefined> {
  const link = await db.query.capabilityLinks.findFirst({ where: eq(capabilityLinks.tokenHash, await hashSecret(secret)) });
  return link && !link.revoked ? link : undefined;
}

/** Revokes a link of the partnership; false when no such link belongs to it. */
export async function revokeLink(db: Database, partnershipId: string, linkId: string): Promise<boolean> {
  const result = await db
    .update(capabilityLinks)
    .set({ revoked: true })
    .where(and(eq(capabilityLinks.id, linkId), eq(capabilityLinks.partnershipId, partnershipId)))
    .returning({ id: capabilityLinks.id });
  return result.length === 1;
}

/** D1 binds at most 100 parameters per statement; a link row binds this many. */
const PARAMETERS_PER_LINK_ROW = 12;
const LINKS_PER_INSERT = Math.floor(100 / PARAMETERS_PER_LINK_ROW);

/**
 * Issues `count` links alike in one atomic batch (chunked inserts) and returns their secrets:
 * the only time they exist outside the holder's hands.
 */
export async function issueLinks(db: Database, request: LinkRequest, count: number): Promise<IssuedLink[]> {
  const issued = await Promise.all(Array.from({ length: count }, () => prepareLink(request)));
  const chunks = Array.from({ length: Math.ceil(issued.length / LINKS_PER_INSERT) }, (_, i) =>
    issued.slice(i * LINKS_PER_INSERT, (i + 1) * LINKS_PER_INSERT),
  );
  const [first, ...rest] = chunks.map((chunk) => db.insert(capabilityLinks).values(chunk.map((l) => l.row)));
  if (!first) return [];
  await db.batch([first, ...rest]);
  return issued;
}

/** What a links list shows about a link: never its hash, let alone a secret. */
export const linkSummaryColumns = {
  id: capabilityLinks.id,
  scope: capabilityLinks.scope,
  surveyId: capabilityLinks.surveyId,
  partnerId: capabilityLinks.partnerId,
  label: capabilityLinks.label,
  uses: capabilityLinks.uses,
  maxUses: capabilityLinks.maxUses,
  revoked: capabilityLinks.revoked,
  createdOn: capabilityLinks.createdOn,
};

/** Every link of a partnership, oldest first. */
export async function listLinks(db: Database, partnershipId: string) {
  return db
    .select(linkSummaryColumns)
    .from(capabilityLinks)
    .where(eq(capabilityLinks.partnershipId, partnershipId))
    .orderBy(asc(capabilityLinks.createdOn), asc(capabilityLinks.scope));
}

/** The respondent links of one partner: all a partner contact may see of the links. */
export async function listRespondentLinks(db: Database, partnershipId: string, partnerId: string) {
  return db
    .select(linkSummaryColumns)
    .from(capabilityLinks)
    .where(
      and(
        eq(capabilityLinks.partnershipId, partnershipId),
        eq(capabilityLinks.partnerId, partnerId),
        inArray(capabilityLinks.scope, ['respondent_open', 'respondent_single']),
      ),
    )
    .orderBy(asc(capabilityLinks.createdOn));
}

export type ReissueOutcome =
  | { readonly outcome: 'reissued'; readonly link: IssuedLink }
  | { readonly outcome: 'not_found' }
  | { readonly outcome: 'revoked' }
  | { readonly outcome: 'used' };

/**
 * Re-issues a link: revokes it and issues a new one with the same scope, survey, partner, label
 * and cap, in one atomic batch. A revoked link stays revoked (re-issuing it twice would double
 * it), and a used single-use link is not renewed: that would let one person answer twice.
 */
export async function reissueLink(db: Database, partnershipId: string, linkId: string): Promise<ReissueOutcome> {
  const old = await db.query.capabilityLinks.findFirst({
    where: and(eq(capabilityLinks.id, linkId), eq(capabilityLinks.partnershipId, partnershipId)),
  });
  if (!old) return { outcome: 'not_found' };
  if (old.revoked) return { outcome: 'revoked' };
  if (old.scope === 'respondent_single' && old.uses > 0) return { outcome: 'used' };
  const fresh = await prepareLink({
    scope: old.scope,
    partnershipId,
    surveyId: old.surveyId,
    partnerId: old.partnerId,
    label: old.label,
    maxUses: old.maxUses,
  });
  // The revoke only matches while the old link is live, so two concurrent re-issues cannot both win.
  const [revoked] = await db.batch([
    db
      .update(capabilityLinks)
      .set({ revoked: true })
      .where(and(eq(capabilityLinks.id, old.id), eq(capabilityLinks.revoked, false)))
      .returning({ id: capabilityLinks.id }),
    db.insert(capabilityLinks).values(fresh.row),
  ]);
  if (revoked.length === 0) {
    await db.delete(capabilityLinks).where(eq(capabilityLinks.id, fresh.id));
    return { outcome: 'revoked' };
  }
  return { outcome: 'reissued', link: fresh };
}
