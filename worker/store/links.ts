/**
 * Capability links in D1: issued with a fresh secret, found by the secret's hash, revoked by id.
 */
import { and, asc, count, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { LinkScope } from '../../core/links';
import { auditEvents, capabilityLinks, drafts, organiserKeys } from '../../db/schema';
import { hashSecret, newSecret } from '../access/secrets';
import { type Actor, auditRow } from './audit';
import { type Database, newId, today } from './db';
import type { Keyring } from './keyring';
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

/** A newly issued link: the secret is returned once, and stored only sealed (see worker/access/vault.ts). */
export interface IssuedLink {
  readonly id: string;
  readonly secret: string;
  readonly row: typeof capabilityLinks.$inferInsert;
  /** An organiser link's own copy of the partnership's data key. */
  readonly keyRow?: typeof organiserKeys.$inferInsert;
}

/** The organiser link that acts, and the data key it opened (none for a legacy link without a copy). */
export interface LinkActor extends Actor {
  readonly keyring: Keyring | undefined;
}

/**
 * Prepares a link (secret + row) without writing it, so callers can batch the insert. With a
 * keyring the secret is sealed so an organiser can show it again; an organiser link instead gets
 * its own copy of the data key, and its secret is never sealed (each organiser link stays its
 * holder's alone, which is what lets the audit list say who did what).
 */
export async function prepareLink(request: LinkRequest, keyring: Keyring | undefined): Promise<IssuedLink> {
  const secret = newSecret();
  const id = newId();
  const organiser = request.scope === 'organiser';
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
      sealedSecret: keyring && !organiser ? await keyring.sealer.seal(id, secret) : null,
    },
    ...(keyring && organiser ? { keyRow: await keyring.wrapFor({ partnershipId: request.partnershipId, linkId: id, secret }) } : {}),
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

const linkInPartnership = (db: Database, partnershipId: string, linkId: string) =>
  db.query.capabilityLinks.findFirst({ where: and(eq(capabilityLinks.id, linkId), eq(capabilityLinks.partnershipId, partnershipId)) });

/** Retires a link for good: it stops working, its sealed secret and any key copy are wiped. */
const retire = (db: Database, linkId: string) =>
  [
    db
      .update(capabilityLinks)
      .set({ revoked: true, sealedSecret: null })
      .where(and(eq(capabilityLinks.id, linkId), eq(capabilityLinks.revoked, false)))
      .returning({ id: capabilityLinks.id }),
    db.delete(organiserKeys).where(eq(organiserKeys.linkId, linkId)),
  ] as const;

/** Revokes a link of the partnership (recorded in the audit list); false when no such link belongs to it. */
export async function revokeLink(db: Database, actor: Actor, linkId: string): Promise<boolean> {
  const link = await linkInPartnership(db, actor.partnershipId, linkId);
  if (!link) return false;
  // Revoking twice changes nothing and records nothing.
  if (link.revoked) return true;
  const [revoke, forget] = retire(db, linkId);
  // Its drafts go too: nobody can submit them any more, and a single-use link's draft is stored under the link.
  await db.batch([
    revoke,
    forget,
    db.delete(drafts).where(draftsOfLink(linkId)),
    auditRow(db, actor, {
      action: 'revoked',
      linkId,
      scope: link.scope,
      surveyId: link.surveyId,
      partnerId: link.partnerId,
    }),
  ]);
  return true;
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

/** D1 binds at most 100 parameters per statement; a link row binds one per column. */
const LINKS_PER_INSERT = Math.floor(100 / Object.keys(getTableColumns(capabilityLinks)).length);

/** Splits a list into runs of at most `size`. */
const chunked = <T>(list: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/**
 * Issues `count` links alike in one atomic batch (chunked inserts, an organiser link's key copy, the
 * audit row) and returns their secrets: the only time they leave the server unsealed unasked.
 */
export async function issueLinks(db: Database, request: LinkRequest, count: number, actor: LinkActor): Promise<IssuedLink[]> {
  const issued = await Promise.all(Array.from({ length: count }, () => prepareLink(request, actor.keyring)));
  const first = issued[0];
  if (!first) return [];
  const keyRows = issued.flatMap((l) => (l.keyRow ? [l.keyRow] : []));
  const [insert, ...more] = chunked(issued, LINKS_PER_INSERT).map((chunk) => db.insert(capabilityLinks).values(chunk.map((l) => l.row)));
  // The links go in before the rows that point at them (key copies, the audit row).
  await db.batch([
    insert!,
    ...more,
    ...(keyRows.length > 0 ? [db.insert(organiserKeys).values(keyRows)] : []),
    auditRow(db, actor, {
      action: 'issued',
      linkId: first.id,
      scope: request.scope,
      surveyId: request.surveyId ?? null,
      partnerId: request.partnerId ?? null,
      count,
    }),
  ]);
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

/** Every link of a partnership, oldest first, with whether an organiser can show it again. */
export async function listLinks(db: Database, partnershipId: string) {
  const rows = await db
    .select({ ...linkSummaryColumns, sealed: capabilityLinks.sealedSecret })
    .from(capabilityLinks)
    .where(eq(capabilityLinks.partnershipId, partnershipId))
    .orderBy(asc(capabilityLinks.createdOn), asc(capabilityLinks.scope));
  return rows.map(({ sealed, ...link }) => ({ ...link, canShowAgain: sealed !== null }));
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

/** A link shown again: its id, scope and secret. */
export interface ShownLink {
  readonly id: string;
  readonly scope: LinkScope;
  readonly secret: string;
}

/**
 * The secrets of the partnership's live links among `ids`, opened with the organiser's keyring;
 * undefined when an id is not a link of the partnership. Revoked links and links made before
 * secrets were kept are left out. Handing out personal links again is an export of many
 * capabilities at once, so it is recorded.
 */
export async function showLinks(db: Database, actor: Actor, keyring: Keyring, ids: readonly string[]): Promise<ShownLink[] | undefined> {
  const wanted = [...new Set(ids)];
  const rows = await db
    .select({
      id: capabilityLinks.id,
      scope: capabilityLinks.scope,
      revoked: capabilityLinks.revoked,
      sealed: capabilityLinks.sealedSecret,
      surveyId: capabilityLinks.surveyId,
      partnerId: capabilityLinks.partnerId,
    })
    .from(capabilityLinks)
    // One bound parameter for any number of ids (D1 binds at most 100 per statement).
    .where(
      and(
        eq(capabilityLinks.partnershipId, keyring.partnershipId),
        sql`${capabilityLinks.id} IN (SELECT value FROM json_each(${JSON.stringify(wanted)}))`,
      ),
    );
  if (rows.length !== wanted.length) return undefined;
  const shown: ShownLink[] = [];
  for (const row of rows) {
    if (row.revoked || !row.sealed) continue;
    const secret = await keyring.sealer.open(row.id, row.sealed);
    // A value that does not open was not sealed for this row: never shown, and worth a log line.
    if (!secret) console.error(`link ${row.id}: its sealed secret does not open with its partnership's key`);
    else shown.push({ id: row.id, scope: row.scope, secret });
  }
  const personal = rows.filter((r) => r.scope === 'respondent_single' && shown.some((l) => l.id === r.id));
  if (personal.length > 0) {
    const same = <K extends 'surveyId' | 'partnerId'>(key: K) =>
      personal.every((r) => r[key] === personal[0]![key]) ? personal[0]![key] : null;
    await auditRow(db, actor, {
      action: 'exported',
      scope: 'respondent_single',
      surveyId: same('surveyId'),
      partnerId: same('partnerId'),
      count: personal.length,
    });
  }
  return shown;
}

export type ReissueOutcome =
  | { readonly outcome: 'reissued'; readonly link: IssuedLink }
  | { readonly outcome: 'not_found' }
  | { readonly outcome: 'revoked' }
  | { readonly outcome: 'used' };

/**
 * Re-issues a link: retires it and issues a new one with the same scope, survey, partner, label
 * and cap, with the audit row, in one atomic batch. A revoked link stays revoked (re-issuing it
 * twice would double it), and a used single-use link is not renewed: that would let one person
 * answer twice.
 */
export async function reissueLink(db: Database, actor: LinkActor, linkId: string): Promise<ReissueOutcome> {
  const { partnershipId } = actor;
  const old = await linkInPartnership(db, partnershipId, linkId);
  if (!old) return { outcome: 'not_found' };
  if (old.revoked) return { outcome: 'revoked' };
  if (old.scope === 'respondent_single' && old.uses > 0) return { outcome: 'used' };
  const fresh = await prepareLink(
    { scope: old.scope, partnershipId, surveyId: old.surveyId, partnerId: old.partnerId, label: old.label, maxUses: old.maxUses },
    actor.keyring,
  );
  // The retirement only matches while the old link is live, so two concurrent re-issues cannot both win.
  const [revoke, forget] = retire(db, old.id);
  const [revoked] = await db.batch([
    revoke,
    forget,
    db.insert(capabilityLinks).values(fresh.row),
    ...(fresh.keyRow ? [db.insert(organiserKeys).values(fresh.keyRow)] : []),
    auditRow(db, actor, {
      action: 'reissued',
      linkId: fresh.id,
      scope: old.scope,
      surveyId: old.surveyId,
      partnerId: old.partnerId,
    }),
  ]);
  if (revoked.length === 0) {
    await db.batch([
      db.delete(auditEvents).where(eq(auditEvents.linkId, fresh.id)),
      db.delete(capabilityLinks).where(eq(capabilityLinks.id, fresh.id)),
    ]);
    return { outcome: 'revoked' };
  }
  return { outcome: 'reissued', link: fresh };
}
