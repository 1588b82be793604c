/**
 * What a respondent link opens: the survey's context and instrument (from the server, or offline
 * from what this device kept of them), and where this respondent left off (useDraftSync.ts). The language
 * of every request is the page's language at the time of the request.
 *
 * The page asks for all of it at once, before its first render (`openSurvey`, called by the entry):
 * the survey, the instrument of the current version (nearly always the survey's; another version
 * is asked for once the survey names it) and this device's keys, side by side, never one after the
 * other.
 */
import type { InferResponseType } from 'hono/client';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { CURRENT_VERSION } from '../../../../core/instrument/current';
import type { Instrument, Language, Localized, Section } from '../../../../core/instrument/types';
import { type Api, apiClient } from '../../lib/api';
import { useLatest } from '../../lib/hooks';
import { useLanguage } from '../../lib/i18n';
import { fetchInstrument } from '../../lib/instrument';
import { type Page, surveyPages } from './progress';
import { type DeviceStore, deviceStore, type LocalRespondent } from './storage';
import { restoreRespondent } from './useDraftSync';

/** GET /api/respond: the partnership, the respondent's partner, the others, the survey and the link's state. */
export type SurveyContext = InferResponseType<Api['respond']['$get'], 200>;
export type LinkState = SurveyContext['state'];

/** A request's client and the language it speaks (a draft and a response record the language too). */
export interface Connection {
  readonly api: Api;
  readonly language: Language;
}

/** A survey opened by a working link. */
export interface OpenedSurvey {
  readonly context: SurveyContext;
  /** The sections this survey asks, in instrument order. */
  readonly sections: readonly Section[];
  /** The screens of questions, in order (a long section takes several). */
  readonly pages: readonly Page[];
  readonly store: DeviceStore;
  /** Where this respondent left off: this device's state, or a personal link's draft from the server. */
  readonly start: LocalRespondent;
  /** True when `start` came from the server's draft (the link was begun on another device). */
  readonly restored: boolean;
  /** On the organiser's preview (nothing is saved or sent), what its screens say; undefined for a respondent. */
  readonly preview: PreviewTexts | undefined;
}

/** The preview's own texts (preview.ts): a banner on every screen (`{partner}` filled in), and its last words. */
export interface PreviewTexts {
  readonly banner: Localized;
  readonly done: Localized;
}

/** How the organiser's preview opens a survey instead (preview.ts): its store, its request for the context, its texts. */
export interface PreviewOpening {
  readonly store: DeviceStore;
  readonly fetchContext: (api: Api) => ReturnType<Api['organiser']['surveys'][':surveyId']['preview']['$get']>;
  readonly texts: PreviewTexts;
}

export type Session = { readonly kind: 'loading' | 'unknown_link' | 'failed' } | ({ readonly kind: 'ready' } & OpenedSurvey);

/** The survey context and instrument as this device keeps them, so a reload on a dead connection still shows the questions. */
interface KeptSurvey {
  readonly context: SurveyContext;
  readonly instrument: Instrument;
}

/**
 * Opens the survey behind the link: everything the first screen needs, asked for in parallel. With
 * `preview` (the organiser's link in the address, preview.ts) the survey is the organiser's preview,
 * kept in this tab's memory only.
 */
export async function openSurvey(secret: string | undefined, language: Language, preview?: PreviewOpening): Promise<Session> {
  if (!secret) return { kind: 'unknown_link' };
  const api = apiClient(secret, language);
  // The instrument is public: asked for without the link's secret, so one cached copy serves every link.
  const current = fetchInstrument(apiClient(undefined, language), CURRENT_VERSION);
  // Awaited below only when the survey uses the current version (and its failure handled there):
  // said here too, so a failure is never unhandled, nor unheard when the survey uses another version.
  current.catch((error: unknown) => console.warn('the current instrument could not be loaded', error));
  const [store, survey] = await Promise.all([
    preview ? preview.store : deviceStore(secret),
    (async (): Promise<KeptSurvey | 'unknown_link' | undefined> => {
      try {
        const res = await (preview ? preview.fetchContext(api) : api.respond.$get());
        if (res.status === 404) return 'unknown_link';
        if (!res.ok) throw new Error(`survey context: HTTP ${res.status}`);
        const context = await res.json();
        const version = context.survey.instrumentVersion;
        return { context, instrument: await (version === CURRENT_VERSION ? current : fetchInstrument(api, version)) };
      } catch (error) {
        console.warn('loading the survey from the server failed; trying this device', error);
        return undefined;
      }
    })(),
  ]);
  if (survey === 'unknown_link') return { kind: 'unknown_link' };
  if (survey) store.saveContext(survey);
  const opened = survey ?? store.loadContext<KeptSurvey>();
  if (!opened) return { kind: 'failed' };
  const { context, instrument } = opened;
  const sections = instrument.sections.filter((s) => context.survey.sections.includes(s.id));
  const pages = surveyPages(sections, context.otherPartners.length);
  const { start, restored } = await restoreRespondent(store, api, context, pages);
  return { kind: 'ready', context, sections, pages, store, start, restored, preview: preview?.texts };
}

export function useSession(secret: string | undefined, opening: Promise<Session>) {
  const { language } = useLanguage();
  const languageRef = useLatest(language);
  const [session, setSession] = useState<Session>({ kind: 'loading' });

  const connect = useCallback((): Connection => {
    const current = languageRef.current;
    return { api: apiClient(secret, current), language: current };
  }, [secret, languageRef]);

  useEffect(() => {
    void opening.then(setSession, (error: unknown) => {
      console.error('opening the survey failed', error);
      setSession({ kind: 'failed' });
    });
  }, [opening]);

  /** The server refused the link for good while answering: used, closed or full. */
  const setLinkState = useCallback((state: LinkState) => {
    setSession((current) => (current.kind === 'ready' ? { ...current, context: { ...current.context, state } } : current));
  }, []);
  /** The server no longer knows the link (withdrawn while answering). */
  const linkUnknown = useCallback(() => setSession({ kind: 'unknown_link' }), []);

  return { session, connect, setLinkState, linkUnknown };
}
