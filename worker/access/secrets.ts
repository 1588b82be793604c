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

/** Two hex digits for each byte value. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const encoder = new TextEncoder();

/**
 * The hex SHA-256 of a secret: what the database stores and looks links up by. Every respondent
 * request hashes its link's secret, and a submit its submission key: the digits come from a table
 * in one loop rather than an array, a closure and a padded string per byte.
 */
export async function hashSecret(secret: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(secret)));
  let hex = '';
  for (let i = 0; i < digest.length; i++) hex += HEX[digest[i]!];
  return hex;
}
