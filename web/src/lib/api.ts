/**
 * The typed API client: request and response types come from the Worker's routes (Hono RPC,
 * `AppType`), the requests from a few lines here. Hono's own client (`hc`) carries forms, cookies,
 * web sockets and URL builders the pages never use: 1 KB of the respondent's 20 KB budget. So the
 * pages take its type and send through this small stand-in, which does what they call: `$get`,
 * `$post`, `$put`, `$patch` and `$delete` with `param`, `query` and `json` (the type leaves out the
 * rest). The integration tests drive the same routes through `hc` itself.
 */
import type { hc } from 'hono/client';
import type { ErrorBody } from '../../../core/errors';
import { SECRET_PATTERN } from '../../../core/links';
import type { AppType } from '../../../worker/app';
import type { Language } from './i18n';

/** Hono's client without what this one does not do: URL builders and web sockets. */
type RequestsOnly<T> = T extends (...args: never[]) => unknown
  ? T
  : { readonly [K in keyof T as K extends '$url' | '$path' | '$ws' ? never : K]: RequestsOnly<T[K]> };

/** The API as the pages call it: `api.respond.draft.$put({ json })`, typed by the Worker's routes. */
export type Api = RequestsOnly<ReturnType<typeof hc<AppType>>['api']>;

/** What a call may carry, as Hono's client takes it. */
interface CallArgs {
  readonly param?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly json?: unknown;
}

/** A client that sends the link secret as `Authorization: Bearer` (never in a URL). */
export function apiClient(secret: string | undefined, language: Language): Api {
  const headers: Record<string, string> = { 'accept-language': language, ...(secret ? { authorization: `Bearer ${secret}` } : {}) };
  const send = (path: string, method: string, { param = {}, query = {}, json }: CallArgs = {}) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) for (const one of [value].flat()) if (one !== undefined) search.append(key, one);
    const url = `${path.replace(/\/:(\w+)/g, (_, name: string) => `/${param[name]}`)}?${search}`.replace(/\?$/, '');
    return json === undefined
      ? fetch(url, { method, headers })
      : fetch(url, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(json) });
  };
  // `api.a[':b'].$get(args)`: each property a step of the path, the call at the end the request.
  const at = (path: string): unknown =>
    new Proxy(() => {}, {
      // Not `then`: a step of the path must never look like a promise to `await`.
      get: (_, key) => (typeof key === 'string' && key !== 'then' ? at(`${path}/${key}`) : undefined),
      apply: (_, __, [args]: [CallArgs?]) => {
        const cut = path.lastIndexOf('/$');
        // Upper case: fetch leaves a lower-case `patch` as it is, and the Worker's router would not know it.
        return send(path.slice(0, cut), path.slice(cut + 2).toUpperCase(), args);
      },
    });
  return at('/api') as Api;
}

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
  const secret = decodeURIComponent(location.hash.slice(1));
  return SECRET_PATTERN.test(secret) ? secret : undefined;
}

/**
 * Loads the page again when another link is pasted into the same tab. Every page reads its link's
 * secret once, as it opens; a new fragment alone is not a new page to the browser, so without this
 * the page would go on showing the first link's partnership (or the first person's answers).
 */
export function reloadOnNewLink(): void {
  const opened = location.hash;
  addEventListener('hashchange', () => {
    if (location.hash !== opened) location.reload();
  });
}
