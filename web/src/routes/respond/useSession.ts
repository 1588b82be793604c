/**
 * What a respondent link opens: the survey's context and instrument (from the server, or offline
 * from what this device kept of them), and where this respondent left off (useDraftSync.ts). The language
 * of every request is the page's language at the time of the request.
 */
import type { InferResponseType } from 'hono/client';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Instrument, Language, Section } from '../../../../core/instrument/types';
import { type Api, apiClient } from '../../lib/api';
import { useLatest } from '../../lib/hooks';
import { useLanguage } from '../../lib/i18n';
import { fetchInstrument } from '../../lib/instrument';
import { memoryStore, type PreviewTarget } from './preview';
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
  readonly instrument: Instrument;
  /** The sections this survey asks, in instrument order. */
  readonly sections: readonly Section[];
  readonly store: DeviceStore;
  /** Where this respondent left off: this device's state, or a personal link's draft from the server. */
  readonly start: LocalRespondent;
  /** True when `start` came from the server's draft (the link was begun on another device). */
  readonly restored: boolean;
  /** The organiser's preview: nothing is saved or sent. */
  readonly preview: boolean;
}

export type Session = { readonly kind: 'loading' | 'unknown_link' | 'failed' } | ({ readonly kind: 'ready' } & OpenedSurvey);

/** The survey context and instrument as this device keeps them, so a reload on a dead connection still shows the questions. */
interface KeptSurvey {
  readonly context: SurveyContext;
  readonly instrument: Instrument;
}

/** The survey context: the respondent link's own, or the organiser's preview of a partner's. */
async function fetchContext(api: Api, preview: PreviewTarget | undefined) {
  return preview
    ? api.organiser.surveys[':surveyId'].preview.$get({ param: { surveyId: preview.surveyId }, query: { partnerId: preview.partnerId } })
    : api.respond.$get();
}

export function useSession(secret: string | undefined, preview?: PreviewTarget) {
  const { language } = useLanguage();
  const languageRef = useLatest(language);
  const [session, setSession] = useState<Session>({ kind: 'loading' });

  const connect = useCallback((): Connection => {
    const current = languageRef.current;
    return { api: apiClient(secret, current), language: current };
  }, [secret, languageRef]);

  useEffect(() => {
    if (!secret) return setSession({ kind: 'unknown_link' });
    void (async () => {
      const store = preview ? memoryStore() : await deviceStore(secret);
      const { api } = connect();
      let survey: KeptSurvey | undefined;
      try {
        const res = await fetchContext(api, preview);
        if (res.status === 404) return setSession({ kind: 'unknown_link' });
        if (!res.ok) throw new Error(`survey context: HTTP ${res.status}`);
        const context = await res.json();
        survey = { context, instrument: await fetchInstrument(api, context.survey.instrumentVersion) };
        store.saveContext(survey);
      } catch (error) {
        console.warn('loading the survey from the server failed; trying this device', error);
        survey = store.loadContext<KeptSurvey>();
        if (!survey) return setSession({ kind: 'failed' });
      }
      const { context, instrument } = survey;
      const sections = instrument.sections.filter((s) => context.survey.sections.includes(s.id));
      const { start, restored } = await restoreRespondent(store, api, context, sections);
      setSession({ kind: 'ready', context, instrument, sections, store, start, restored, preview: preview !== undefined });
    })();
  }, [secret, connect, preview]);

  /** The server refused the link for good while answering: used, closed or full. */
  const setLinkState = useCallback((state: LinkState) => {
    setSession((current) => (current.kind === 'ready' ? { ...current, context: { ...current.context, state } } : current));
  }, []);
  /** The server no longer knows the link (withdrawn while answering). */
  const linkUnknown = useCallback(() => setSession({ kind: 'unknown_link' }), []);

  return { session, connect, setLinkState, linkUnknown };
}
