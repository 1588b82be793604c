/**
 * What the report page reads beside the overview, only when the reader opens it: the rest of the
 * figures (GET /api/report/figures: every partner's figures per question, every pair, the closeness
 * tables, every perception, the resources table), the comments and each shown partner's breakdowns.
 * Each part is read once: at the first opening of a detail that shows it, or before the full report
 * is printed or the report downloaded, which need them all.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { type Api, apiClient, readError } from '../../lib/api';
import { useLatest } from '../../lib/hooks';
import { type Language, useLanguage } from '../../lib/i18n';
import type { BreakdownsResponse, CommentsResponse, Figures, ReportResponse } from './types';

export type DetailPart = 'figures' | 'comments' | 'breakdowns';
export const detailParts: readonly DetailPart[] = ['figures', 'comments', 'breakdowns'];

const fetching = { nl: 'De cijfers worden opgehaald…', en: 'Fetching the figures…' };

interface Read {
  readonly figures: Figures;
  readonly comments: CommentsResponse['comments'];
  readonly breakdowns: readonly BreakdownsResponse['breakdowns'][];
}

export interface ReportDetail {
  /** Each part once read; null until then. */
  readonly figures: Figures | null;
  readonly comments: Read['comments'] | null;
  readonly breakdowns: Read['breakdowns'] | null;
  /** The parts this survey has: comments need its open questions, breakdowns its questions about the respondent. */
  readonly asked: Readonly<Record<DetailPart, boolean>>;
  /** Why reading a part failed, in the words of the error the Worker sent. */
  readonly failed: Partial<Readonly<Record<DetailPart, string>>>;
  /** Reads these parts (each once; the parts the survey does not have are skipped); resolves when all are read. */
  load(...parts: DetailPart[]): Promise<void>;
}

/** Whether a part is there to show (read, or not in this survey). */
export const isRead = (detail: ReportDetail, part: DetailPart) => !detail.asked[part] || detail[part] !== null;

/** How each part is read (see the module comment). */
const readers: { readonly [P in DetailPart]: (api: Api, response: ReportResponse) => Promise<Read[P]> } = {
  figures: async (api, { survey }) => {
    const res = await api.report.figures.$get({ query: { surveyId: survey.id } });
    if (!res.ok) throw new Error((await readError(res)).message);
    return (await res.json()).figures;
  },
  comments: async (api, { survey }) => {
    const res = await api.report.comments.$get({ query: { surveyId: survey.id } });
    if (!res.ok) throw new Error((await readError(res)).message);
    return (await res.json()).comments;
  },
  breakdowns: async (api, { survey, report }) => {
    // Served per partner (each reads every group row of that partner); only shown partners have any.
    const shown = report.partners.filter((p) => p.status === 'shown');
    return Promise.all(
      shown.map(async (p) => {
        const res = await api.report.breakdowns.$get({ query: { surveyId: survey.id, partnerId: p.id } });
        if (!res.ok) throw new Error((await readError(res)).message);
        return (await res.json()).breakdowns;
      }),
    );
  },
};

/** The detail of the report in `response` (null while it is not loaded), read on demand. */
export function useReportDetail(secret: string | undefined, language: Language, response: ReportResponse | null): ReportDetail | null {
  const [read, setRead] = useState<Partial<Read>>({});
  const [failed, setFailed] = useState<ReportDetail['failed']>({});
  const reading = useRef(new Map<DetailPart, Promise<void>>());
  // The language only picks the words of an error: a switch does not read anything again.
  const languageRef = useLatest(language);
  return useMemo(() => {
    if (!response) return null;
    const { sections } = response.survey;
    const asked = { figures: true, comments: sections.includes('open'), breakdowns: sections.includes('about') };
    const readOnce = (part: DetailPart) => {
      let pending = reading.current.get(part);
      if (!pending) {
        pending = readers[part](apiClient(secret, languageRef.current), response).then(
          (value) => setRead((before) => ({ ...before, [part]: value })),
          (error: unknown) => {
            console.error(`loading the report's ${part} failed`, error);
            setFailed((before) => ({ ...before, [part]: error instanceof Error ? error.message : String(error) }));
            // A later opening tries again.
            reading.current.delete(part);
            throw error;
          },
        );
        reading.current.set(part, pending);
      }
      return pending;
    };
    return {
      figures: read.figures ?? null,
      comments: read.comments ?? null,
      breakdowns: read.breakdowns ?? null,
      asked,
      failed,
      load: async (...parts) => {
        await Promise.all(parts.filter((part) => asked[part]).map(readOnce));
      },
    };
  }, [secret, response, read, failed, languageRef]);
}

/**
 * The content of a detail that shows `parts`: drawn once they are read, else a line saying they are
 * being read (or why that failed). The <details> around it starts the reading when it opens.
 */
export function Needs({
  detail,
  parts,
  children,
}: {
  detail: ReportDetail;
  parts: readonly DetailPart[];
  children: () => ComponentChildren;
}) {
  const { t } = useLanguage();
  const failure = parts.map((part) => detail.failed[part]).find((message) => message !== undefined);
  const ready = parts.every((part) => isRead(detail, part));
  return (
    <div aria-live="polite">
      {ready ? (
        children()
      ) : failure ? (
        <p class="error-text" role="alert">
          {failure}
        </p>
      ) : (
        <p aria-busy="true">{t(fetching)}</p>
      )}
    </div>
  );
}

/**
 * An `onToggle` for a <details> that shows `parts`: reads them when it opens (once). A failure is
 * logged and shown in the detail (`Needs`), so the promise is not followed further here.
 */
export const loadOnOpen =
  (detail: ReportDetail, ...parts: DetailPart[]) =>
  (event: Event) => {
    if ((event.currentTarget as HTMLDetailsElement).open) detail.load(...parts).catch(() => undefined);
  };
