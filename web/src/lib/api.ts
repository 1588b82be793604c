/**
 * The typed API client (Hono RPC): request and response types come from the Worker's routes.
 */
import { hc } from 'hono/client';
import type { ErrorBody } from '../../../core/errors';
import { SECRET_PATTERN } from '../../../core/links';
import type { AppType } from '../../../worker/app';
import type { Language } from './i18n';

/** A client that sends the link secret as `Authorization: Bearer` (never in a URL). */
export function apiClient(secret: string | undefined, language: Language) {
  return hc<AppType>(location.origin, {
    headers: () => ({ 'accept-language': language, ...(secret ? { authorization: `Bearer ${secret}` } : {}) }),
  }).api;
}
export type Api = ReturnType<typeof apiClient>;

const brokenReply = {
  nl: 'Er ging iets mis bij de server (fout {status}). Er is niets veranderd; probeer het over een minuut opnieuw.',
  en: 'Something went wrong on the server (error {status}). Nothing has changed; try again in a minute.',
};

/** The page's language, for a message the API did not word (the provider keeps `<html lang>` current). */
const pageLanguage = (): Language => (document.documentElement.lang === 'en' ? 'en' : 'nl');

/** Reads the API's error shape from a failed response (or makes one, in the page's language, for a broken reply). */
export async function readError(response: Response): Promise<ErrorBody['error']> {
  try {
    const body = (await response.json()) as Partial<ErrorBody>;
    if (body.error?.code) return body.error;
  } catch {
    // Not JSON: a proxy or the platform answered. Fall through to a generic error.
  }
  return { code: `http_${response.status}`, message: brokenReply[pageLanguage()].replace('{status}', String(response.status)) };
}

/** What to say when a request did not reach the server at all. */
export const noConnection = {
  nl: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw; er is niets veranderd.',
  en: 'The server cannot be reached. Check your connection and try again; nothing has changed.',
};

/** The secret a capability link carries in its fragment (`/respond#secret`): never sent to a server by the browser. */
export function secretFromLocation(): string | undefined {
  const secret = decodeURIComponent(location.hash.replace(/^#/, ''));
  return SECRET_PATTERN.test(secret) ? secret : undefined;
}
