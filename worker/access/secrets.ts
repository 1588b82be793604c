/**
 * Link secrets: 144 random bits from the platform's CSPRNG, sent by the holder and stored only as
 * a SHA-256 hash, so a copy of the database grants nothing.
 */

const SECRET_BYTES = 18;

/** Bytes as URL-safe base64 without padding. */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** A new link secret (24 URL-safe characters). */
export function newSecret(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

/** The hex SHA-256 of a secret: what the database stores and looks links up by. */
export async function hashSecret(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
