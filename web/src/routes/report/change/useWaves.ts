/**
 * What the report page knows about the other waves: the change since an earlier wave this link may
 * read (the one just before, or another the reader chooses), and the agreements made on this wave
 * and on the wave before it; recording, changing and removing agreements for a lead or organiser.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { apiClient, readError } from '../../../lib/api';
import { useLatest } from '../../../lib/hooks';
import type { Language } from '../../../lib/i18n';
import { fetchInstrument } from '../../../lib/instrument';
import type { AgreementsResponse, ChangeResponse, Instrument, PartnerChangeDetail, ReportResponse, Wave } from '../types';

/** An agreement as the lead's form sends it (the wave is the page's). */
export interface AgreementDraft {
  readonly finding: AgreementsResponse['agreements'][number]['finding'];
  readonly action: string;
  readonly owner: string;
  readonly dueOn: string;
}

export interface WavesState {
  /** The waves before this one that the link may read (oldest first): what the change can start from. */
  readonly earlier: readonly Wave[];
  /** The change since the wave chosen (`from`); null when there is no earlier wave, undefined while loading. */
  readonly change: { readonly from: Wave; readonly response: ChangeResponse; readonly earlierInstrument: Instrument } | null | undefined;
  readonly compareWith: (waveId: string) => void;
  readonly loadPartnerChange: (partnerId: string) => Promise<PartnerChangeDetail>;
  readonly agreements: AgreementsResponse | undefined;
  /** True for a lead or organiser link: the page offers to record agreements. */
  readonly recordsAgreements: boolean;
  /** Adds (no id) or changes an agreement; resolves with the API's error message, or null when saved. */
  readonly saveAgreement: (draft: AgreementDraft, id?: string) => Promise<string | null>;
  readonly removeAgreement: (id: string) => Promise<string | null>;
  /** Why loading the change or the agreements failed, if it did. */
  readonly failed: string | null;
}

async function json<T>(request: Promise<Response>): Promise<T> {
  const res = await request;
  if (!res.ok) throw new Error((await readError(res)).message);
  return (await res.json()) as T;
}

export function useWaves(secret: string | undefined, language: Language, response: ReportResponse | null): WavesState {
  const surveyId = response?.survey.id;
  const earlier = useMemo(() => {
    const waves = response?.waves ?? [];
    const index = waves.findIndex((w) => w.id === surveyId);
    return index > 0 ? waves.slice(0, index) : [];
  }, [response, surveyId]);
  const [fromId, setFromId] = useState<string | null>(null);
  const from = earlier.find((w) => w.id === fromId) ?? earlier.at(-1) ?? null;
  const [change, setChange] = useState<WavesState['change']>(undefined);
  const [agreements, setAgreements] = useState<AgreementsResponse | undefined>(undefined);
  const [failed, setFailed] = useState<string | null>(null);
  // Loads use the language of the moment for their error messages; a language switch loads nothing again.
  const languageRef = useLatest(language);
  const fail = useCallback((error: unknown) => {
    console.error('loading the waves failed', error);
    setFailed(error instanceof Error ? error.message : String(error));
  }, []);

  // The change: loaded again when the reader compares with another wave.
  useEffect(() => {
    if (!surveyId) return;
    if (!from) {
      setChange(null);
      return;
    }
    setChange(undefined);
    const client = apiClient(secret, languageRef.current);
    Promise.all([
      json<ChangeResponse>(client.report.change.$get({ query: { from: from.id, to: surveyId } })),
      fetchInstrument(client, from.instrumentVersion),
    ]).then(([loaded, earlierInstrument]) => setChange({ from, response: loaded, earlierInstrument }), fail);
  }, [secret, surveyId, from, languageRef, fail]);

  const loadAgreements = useCallback(async () => {
    if (!surveyId) return;
    setAgreements(await json<AgreementsResponse>(apiClient(secret, languageRef.current).agreements.$get({ query: { surveyId } })));
  }, [secret, surveyId, languageRef]);
  useEffect(() => {
    loadAgreements().catch(fail);
  }, [loadAgreements, fail]);

  const api = apiClient(secret, language);
  const saved = async (request: Promise<Response>) => {
    const res = await request;
    if (!res.ok) return (await readError(res)).message;
    // Read to the end: the list is read again below, and a body left unread is cut off when the page moves on.
    await res.arrayBuffer();
    await loadAgreements();
    return null;
  };

  return {
    earlier,
    change,
    compareWith: setFromId,
    loadPartnerChange: async (partnerId) =>
      (await json<{ detail: PartnerChangeDetail }>(api.report.change.partner.$get({ query: { from: from!.id, to: surveyId!, partnerId } })))
        .detail,
    agreements,
    recordsAgreements: response?.reader.recordsAgreements ?? false,
    saveAgreement: (draft, id) =>
      saved(
        id
          ? api.agreements[':id'].$patch({ param: { id }, json: { action: draft.action, owner: draft.owner, dueOn: draft.dueOn } })
          : api.agreements.$post({ json: { surveyId: surveyId!, ...draft } }),
      ),
    removeAgreement: (id) => saved(api.agreements[':id'].$delete({ param: { id } })),
    failed,
  };
}
