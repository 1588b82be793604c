/**
 * The partnership's data key as an organiser link reaches it: each organiser link keeps its own
 * wrapped copy (`organiser_keys`); the link's secret unwraps it for the length of one request.
 */
import { and, eq } from 'drizzle-orm';
import { organiserKeys } from '../../db/schema';
import { type DataKey, newDataKey, type SecretSealer, secretSealer, unwrapDataKey, wrapDataKey } from '../access/vault';
import type { Database } from './db';

/** An organiser link: its row and the secret it was presented with. */
export interface OrganiserCredential {
  readonly partnershipId: string;
  readonly linkId: string;
  readonly secret: string;
}

/** What an unlocked data key lets a request do: seal and open link secrets, and hand the key on. */
export interface Keyring {
  readonly partnershipId: string;
  readonly sealer: SecretSealer;
  /** The row that gives another organiser link its own copy of the key. */
  readonly wrapFor: (organiser: OrganiserCredential) => Promise<typeof organiserKeys.$inferInsert>;
}

async function keyring(partnershipId: string, dataKey: DataKey): Promise<Keyring> {
  return {
    partnershipId,
    sealer: await secretSealer(dataKey, partnershipId),
    wrapFor: async (organiser) => ({
      linkId: organiser.linkId,
      partnershipId: organiser.partnershipId,
      ...(await wrapDataKey(dataKey, organiser)),
    }),
  };
}

/** A new random data key for a partnership; its organiser links get their copies through `wrapFor`. */
export const newKeyring = (partnershipId: string) => keyring(partnershipId, newDataKey());

const copyOf = (db: Database, organiser: OrganiserCredential) =>
  db.query.organiserKeys.findFirst({
    where: and(eq(organiserKeys.linkId, organiser.linkId), eq(organiserKeys.partnershipId, organiser.partnershipId)),
  });

/**
 * The keyring this organiser link opens. A partnership made before links were kept has no data key
 * yet: its first organiser link to ask makes one. Undefined for an organiser link that has no copy
 * while others do (issued before links were kept): it can still do everything but show links again.
 */
export async function unlockKeyring(db: Database, organiser: OrganiserCredential): Promise<Keyring | undefined> {
  let copy = await copyOf(db, organiser);
  if (!copy) {
    const others = await db.query.organiserKeys.findFirst({ where: eq(organiserKeys.partnershipId, organiser.partnershipId) });
    if (others) return undefined;
    const made = await newKeyring(organiser.partnershipId);
    // Two first requests at once: one copy wins, and both use it.
    await db
      .insert(organiserKeys)
      .values(await made.wrapFor(organiser))
      .onConflictDoNothing();
    copy = await copyOf(db, organiser);
    if (!copy) throw new Error(`organiser link ${organiser.linkId}: its new key copy was not stored`);
  }
  const dataKey = await unwrapDataKey(copy, organiser);
  // The secret matched the link's hash, so its copy must open: anything else is a corrupted row.
  if (!dataKey) throw new Error(`organiser link ${organiser.linkId}: its key copy does not open with its secret`);
  return keyring(organiser.partnershipId, dataKey);
}
