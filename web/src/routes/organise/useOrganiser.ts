/**
 * The organiser page's data and actions: the overview, the links shown again (secrets held in
 * memory only, fetched when a part of the page needs them), and every change, each reporting
 * success or the API's own words (in the page's language) in one place.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { apiClient, noConnection, readError } from '../../lib/api';
import { useLatest } from '../../lib/hooks';
import type { Language } from '../../lib/i18n';
import { replaceLinkInLists } from './mailing/device-list';
import type { IssuedLink, NewLinkRequest, Overview } from './types';

export type LoadState = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly code: string; readonly message: string };

export function useOrganiser(secret: string | undefined, language: Language) {
  // One client per secret and language: what the page loads depends on it, so it must not change on every render.
  const api = useMemo(() => apiClient(secret, language), [secret, language]);
  const [overview, setOverview] = useState<Overview | LoadState>({ kind: 'loading' });
  const [shown, setShown] = useState<Readonly<Record<string, string>>>({});
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** What the Worker warns about a link just made (an open link that can take more answers than expected). */
  const [warning, setWarning] = useState<string | null>(null);
  const languageRef = useLatest(language);

  /**
   * Sends a request; on success returns the response, otherwise says why (the API's message, or
   * that the server could not be reached) and returns null.
   */
  const send = useCallback(
    async (request: () => Promise<Response>): Promise<Response | null> => {
      try {
        const res = await request();
        if (res.ok) return res;
        setError((await readError(res)).message);
      } catch (problem) {
        console.error('an organiser request did not reach the server', problem);
        setError(noConnection[languageRef.current]);
      }
      return null;
    },
    [languageRef],
  );

  // Loads again when the language changes, so messages from the API come in the page's language.
  /** A page that has loaded keeps showing what it has and says what went wrong; a first load fails whole. */
  const fail = useCallback((failed: LoadState & { kind: 'failed' }) => {
    setOverview((current) => ('kind' in current ? failed : current));
    setError(failed.message);
  }, []);

  /** Reads the overview again; returns it too, for an action that needs the latest counts at once. */
  const load = useCallback(async (): Promise<Overview | undefined> => {
    try {
      const res = await api.organiser.$get();
      if (!res.ok) {
        const { code, message } = await readError(res);
        fail({ kind: 'failed', code, message });
        return undefined;
      }
      const view = await res.json();
      setOverview(view);
      return view;
    } catch (problem) {
      console.error('loading the organiser overview failed', problem);
      fail({ kind: 'failed', code: 'no_connection', message: noConnection[languageRef.current] });
      return undefined;
    }
  }, [api, languageRef, fail]);
  useEffect(() => {
    if (secret) void load();
  }, [secret, load]);

  const remember = useCallback(
    (links: readonly { id: string; secret: string }[]) =>
      setShown((current) => ({ ...current, ...Object.fromEntries(links.map((l) => [l.id, l.secret])) })),
    [],
  );

  /** Reports success politely and refreshes the overview. */
  async function changed(message: string) {
    setError(null);
    setNotice(message);
    await load();
  }

  /** Fetches the secrets of these links (those not in memory yet), to show them again. */
  const show = useCallback(
    async (ids: readonly string[]) => {
      if (ids.length === 0) return [];
      const res = await send(() => api.organiser.links.show.$post({ json: { ids: [...ids] } }));
      if (!res) return null;
      const { links } = (await res.json()) as { links: { id: string; secret: string }[] };
      remember(links);
      return links;
    },
    [api, send, remember],
  );

  async function issue(request: NewLinkRequest): Promise<IssuedLink[] | null> {
    setError(null);
    setWarning(null);
    const res = await send(() => api.organiser.links.$post({ json: request }));
    if (!res) return null;
    const { links, warning: said } = (await res.json()) as { links: IssuedLink[]; warning?: string };
    if (said) setWarning(said);
    remember(links);
    await load();
    return links;
  }

  async function revoke(id: string, message: string) {
    if (await send(() => api.organiser.links[':id'].revoke.$post({ param: { id } }))) await changed(message);
  }

  async function reissue(id: string): Promise<IssuedLink | null> {
    const res = await send(() => api.organiser.links[':id'].reissue.$post({ param: { id } }));
    if (!res) return null;
    const { link } = (await res.json()) as { link: IssuedLink };
    remember([link]);
    // A person on a kept mail-merge list gets the new personal link there too.
    replaceLinkInLists(id, link.id);
    await load();
    return link;
  }

  return { api, overview, shown, notice, error, warning, setError, send, load, changed, show, issue, revoke, reissue };
}

export type Organiser = ReturnType<typeof useOrganiser> & { readonly overview: Overview; readonly secret: string };
