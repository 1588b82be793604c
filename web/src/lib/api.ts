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

/** Reads the API's error shape from a failed response (or makes one for a broken reply). */
export async function readError(response: Response): Promise<ErrorBody['error']> {
  try {
    const body = (await response.json()) as Partial<ErrorBody>;
    if (body.error?.code) return body.error;
  } catch {
    // Not JSON: a proxy or the platform answered. Fall through to a generic error.
  }
  return { code: `http_${response.status}`, message: response.statusText || `HTTP ${response.status}` };
}

/** The secret a capability link carries in its fragment (`/respond#secret`): never sent to a server by the browser. */
export function secretFromLocation(): string | undefined {
  const secret = decodeURIComponent(location.hash.replace(/^#/, ''));
  return SECRET_PATTERN.test(secret) ? secret : undefined;
}
