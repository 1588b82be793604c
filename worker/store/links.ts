/**
 * Capability links in D1: issued with a fresh secret, found by the secret's hash, revoked by id.
 */
import { and, asc, count, eq, exists, inArray, isNull, sql } from 'drizzle-orm';
import type { LinkScope } from '../../core/links';
import { capabilityLinks, drafts } from '../../db/schema';
import { hashSecret, newSecret } from '../access/secrets';
import { type Database, newId, today } from './db';
import { draftsOfLink } from './responses';

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

/**
 * Revokes a link of the partnership, and deletes the drafts saved through it: nobody can submit
 * them any more, and a single-use link's draft is stored under the link. False when no such link
 * belongs to the partnership (then nothing is deleted).
 */
export async function revokeLink(db: Database, partnershipId: string, linkId: string): Promise<boolean> {
  const ours = and(eq(capabilityLinks.id, linkId), eq(capabilityLinks.partnershipId, partnershipId));
  const [result] = await db.batch([
    db.update(capabilityLinks).set({ revoked: true }).where(ours).returning({ id: capabilityLinks.id }),
    db.delete(drafts).where(and(draftsOfLink(linkId), exists(db.select({ id: capabilityLinks.id }).from(capabilityLinks).where(ours)))),
  ]);
  return result.length === 1;
}

/** How many links there are already: of one survey (respondent links), or of a partnership that open no survey. */
export async function countLinks(db: Database, partnershipId: string, surveyId: string | null): Promise<number> {
  const where = surveyId
    ? eq(capabilityLinks.surveyId, surveyId)
    : and(
        eq(capabilityLinks.partnershipId, partnershipId),
        inArray(capabilityLinks.scope, ['organiser', 'report', 'lead', 'partner_contact']),
      );
  const row = await db.select({ n: count() }).from(capabilityLinks).where(where).get();
  return row?.n ?? 0;
}

/**
 * How many answers one partner's respondent links of a survey can still take: each live personal
 * link one, each live open link its cap (none: no limit), each revoked link what it took. Compared
 * with the partner's expected staff, this is what bounds padding with made-up answers.
 */
export async function linkCapacity(db: Database, surveyId: string, partnerId: string): Promise<{ used: number; unlimited: boolean }> {
  const row = await db
    .select({
      used: sql<number>`coalesce(sum(CASE
        WHEN ${capabilityLinks.revoked} THEN ${capabilityLinks.uses}
        WHEN ${capabilityLinks.scope} = 'respondent_single' THEN 1
        ELSE coalesce(${capabilityLinks.maxUses}, 0) END), 0)`,
      unlimited: sql<number>`coalesce(max(${capabilityLinks.scope} = 'respondent_open' AND NOT ${capabilityLinks.revoked} AND ${capabilityLinks.maxUses} IS NULL), 0)`,
    })
    .from(capabilityLinks)
    .where(and(eq(capabilityLinks.surveyId, surveyId), eq(capabilityLinks.partnerId, partnerId)))
    .get();
  return { used: row?.used ?? 0, unlimited: Boolean(row?.unlimited) };
}

/** The uncapped open links of each partner of a survey (shown to every report reader). */
export async function uncappedOpenLinks(db: Database, surveyId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ partnerId: capabilityLinks.partnerId, n: count() })
    .from(capabilityLinks)
    .where(
      and(
        eq(capabilityLinks.surveyId, surveyId),
        eq(capabilityLinks.scope, 'respondent_open'),
        eq(capabilityLinks.revoked, false),
        isNull(capabilityLinks.maxUses),
      ),
    )
    .groupBy(capabilityLinks.partnerId);
  return new Map(rows.map((r) => [r.partnerId!, r.n]));
}

/**
 * The cap of a new open link. Asked for nothing: the partner's expected staff minus what its links
 * can take already; refused when that is nothing or unknown. A number or `null` (no cap) is the
 * organiser's explicit choice, answered with a warning when it lets the partner take more answers
 * than it has staff (or without any limit).
 */
export type OpenLinkCap =
  | { readonly outcome: 'cap'; readonly maxUses: number | null; readonly beyondStaff: boolean }
  | { readonly outcome: 'no_room' | 'no_staff_number' };

export function openLinkCap(
  requested: number | null | undefined,
  expectedStaff: number | null,
  capacity: { used: number; unlimited: boolean },
): OpenLinkCap {
  const room = expectedStaff === null ? null : expectedStaff - capacity.used;
  if (requested === undefined) {
    if (room === null) return { outcome: 'no_staff_number' };
    if (room <= 0 || capacity.unlimited) return { outcome: 'no_room' };
    return { outcome: 'cap', maxUses: room, beyondStaff: false };
  }
  return { outcome: 'cap', maxUses: requested, beyondStaff: requested === null || (room !== null && requested > room) };
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
