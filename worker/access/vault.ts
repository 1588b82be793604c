/**
 * Link secrets the organiser must be able to see again, kept so that only an organiser link opens
 * them (docs/design.md §3, SECURITY.md). Envelope encryption with Web Crypto:
 *
 * - each partnership has one random **data key** (AES-GCM, 256 bits) that seals its link secrets;
 * - each organiser link holds its own copy of that data key, **wrapped** under a key derived from
 *   that link's secret (HKDF-SHA-256 with a random salt per organiser link → AES-GCM 256);
 * - every ciphertext carries authenticated data naming its partnership and row, so a sealed value
 *   copied onto another row (or another partnership) does not open.
 *
 * The database holds only the SHA-256 of each secret, the salts and the ciphertexts. The hash does
 * not give the HKDF output (that needs the secret itself), so a copy of the database opens nothing.
 */

import { base64url } from './secrets';

const AES = { name: 'AES-GCM', length: 256 } as const;
const IV_BYTES = 12;
const SALT_BYTES = 16;
const encoder = new TextEncoder();

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

const random = (bytes: number) => crypto.getRandomValues(new Uint8Array(bytes));

/** What a sealed link secret is bound to: its partnership and its own row. */
const secretContext = (partnershipId: string, linkId: string) => encoder.encode(`samenwaarde/link-secret/v1/${partnershipId}/${linkId}`);
/** What a wrapped data key is bound to: its partnership and the organiser link that holds it. */
const wrapContext = (partnershipId: string, organiserLinkId: string) =>
  encoder.encode(`samenwaarde/data-key/v1/${partnershipId}/${organiserLinkId}`);

async function encrypt(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, context: Uint8Array<ArrayBuffer>): Promise<string> {
  const iv = random(IV_BYTES);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: context }, key, plain));
  const out = new Uint8Array(IV_BYTES + sealed.length);
  out.set(iv);
  out.set(sealed, IV_BYTES);
  return base64url(out);
}

/** The plain bytes, or undefined when the key, the context or the ciphertext is not the right one. */
async function decrypt(key: CryptoKey, text: string, context: Uint8Array<ArrayBuffer>): Promise<Uint8Array | undefined> {
  try {
    const bytes = fromBase64url(text);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.slice(0, IV_BYTES), additionalData: context },
      key,
      bytes.slice(IV_BYTES),
    );
    return new Uint8Array(plain);
  } catch {
    // AES-GCM refuses anything but the exact key, context and ciphertext: the answer is "does not open".
    return undefined;
  }
}

/** The key an organiser link's secret and salt unlock its copy of the data key with. */
async function wrappingKey(organiserSecret: string, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(organiserSecret), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode('samenwaarde/organiser-wrapping-key/v1') },
    material,
    AES,
    false,
    ['encrypt', 'decrypt'],
  );
}

/** A partnership's data key: raw bytes, held only in memory while a request runs. */
export type DataKey = Uint8Array<ArrayBuffer>;

/** A fresh random data key for a partnership. */
export const newDataKey = (): DataKey => random(32);

/** One organiser link's copy of the data key, as stored. */
export interface WrappedKey {
  readonly salt: string;
  readonly wrappedKey: string;
}

/** Wraps the data key for one organiser link under a key derived from that link's secret. */
export async function wrapDataKey(
  dataKey: DataKey,
  organiser: { readonly partnershipId: string; readonly linkId: string; readonly secret: string },
): Promise<WrappedKey> {
  const salt = random(SALT_BYTES);
  const key = await wrappingKey(organiser.secret, salt);
  return { salt: base64url(salt), wrappedKey: await encrypt(key, dataKey, wrapContext(organiser.partnershipId, organiser.linkId)) };
}

/** The data key from an organiser link's copy, or undefined when this secret does not open it. */
export async function unwrapDataKey(
  wrapped: WrappedKey,
  organiser: { readonly partnershipId: string; readonly linkId: string; readonly secret: string },
): Promise<DataKey | undefined> {
  const key = await wrappingKey(organiser.secret, fromBase64url(wrapped.salt));
  const plain = await decrypt(key, wrapped.wrappedKey, wrapContext(organiser.partnershipId, organiser.linkId));
  return plain ? new Uint8Array(plain) : undefined;
}

const sealingKey = (dataKey: DataKey) => crypto.subtle.importKey('raw', dataKey, AES, false, ['encrypt', 'decrypt']);

/** A sealer for one partnership's link secrets (imports the data key once for many links). */
export async function secretSealer(dataKey: DataKey, partnershipId: string) {
  const key = await sealingKey(dataKey);
  return {
    seal: (linkId: string, secret: string) => encrypt(key, encoder.encode(secret), secretContext(partnershipId, linkId)),
    /** The secret, or undefined when the sealed value does not belong to this row or partnership. */
    async open(linkId: string, sealed: string): Promise<string | undefined> {
      const plain = await decrypt(key, sealed, secretContext(partnershipId, linkId));
      return plain ? new TextDecoder().decode(plain) : undefined;
    },
  };
}
export type SecretSealer = Awaited<ReturnType<typeof secretSealer>>;
