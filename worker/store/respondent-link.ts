/**
 * What every respondent request needs before it can act, in one statement: the live respondent
 * link its secret opens, with the link's survey and partnership joined. The survey (open or
 * closed, its dates, its k) and the link (its uses, revoked or not) change while a survey runs, so
 * they are read on every request; the partners of a partnership never change and come from a
 * per-isolate cache (`partnersOf`).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { oncePer } from '../../core/once';
import { capabilityLinks, partners, partnerships, surveys } from '../../db/schema';
import type { Database } from './db';
import type { CapabilityLink } from './links';
import type { Partnership, Survey } from './partnerships';

export interface RespondentLink {
  readonly link: CapabilityLink;
  readonly survey: Survey;
  readonly partnership: Partnership;
}

const lookup = (db: Database) =>
  db
    .select({ link: capabilityLinks, survey: surveys, partnership: partnerships })
    .from(capabilityLinks)
    .innerJoin(surveys, eq(surveys.id, capabilityLinks.surveyId))
    .innerJoin(partnerships, eq(partnerships.id, capabilityLinks.partnershipId))
    .where(
      and(
        eq(capabilityLinks.tokenHash, sql.placeholder('tokenHash')),
        eq(capabilityLinks.revoked, false),
        inArray(capabilityLinks.scope, ['respondent_open', 'respondent_single']),
      ),
    )
    .prepare();

/** The lookup built once per database handle: it runs on every respondent request. */
const lookupOf = oncePer(lookup);

/** The live respondent link with this secret hash, or undefined (unknown, revoked or another scope alike). */
export async function findRespondentLink(db: Database, tokenHash: string): Promise<RespondentLink | undefined> {
  return lookupOf(db).get({ tokenHash });
}

/** What a respondent route uses of a partner: never its expected staff or sector. */
export type RespondentPartner = Pick<typeof partners.$inferSelect, 'id' | 'name' | 'shownAsOrganisation'>;

/** Partnerships whose partners one isolate keeps at most; the oldest entry goes first. */
const MAX_CACHED_PARTNERSHIPS = 1_000;
const cached = new Map<string, Promise<readonly RespondentPartner[]>>();

/**
 * A partnership's partners in set-up order, read once per isolate. Correct without invalidation
 * because partner rows never change: they are inserted with their partnership, in its creating
 * batch, and only ever deleted with it (and its links with them, so no request reaches here for
 * it). db/schema.ts says so at `partners`; whoever makes partners editable must version this.
 */
export function partnersOf(db: Database, partnershipId: string): Promise<readonly RespondentPartner[]> {
  let found = cached.get(partnershipId);
  if (!found) {
    found = db
      .select({ id: partners.id, name: partners.name, shownAsOrganisation: partners.shownAsOrganisation })
      .from(partners)
      .where(eq(partners.partnershipId, partnershipId))
      .orderBy(partners.position)
      .all();
    // A failed read is not kept: the next request tries again.
    found.catch(() => cached.delete(partnershipId));
    cached.set(partnershipId, found);
    if (cached.size > MAX_CACHED_PARTNERSHIPS) cached.delete(cached.keys().next().value!);
  }
  return found;
}
