/**
 * The alignment report for partnership leads (report or organiser link): which release it shows,
 * a summary in plain words first, then every part of the model as charts, lists and tables, in
 * Dutch and English, printable as a clean A4 document and downloadable as JSON or as figures.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Message } from '../../components/Message';
import { TopBar } from '../../components/TopBar';
import { apiClient, readError, secretFromLocation } from '../../lib/api';
import { saveFile, today } from '../../lib/download';
import { useDocumentTitle, useLatest } from '../../lib/hooks';
import { useLanguage } from '../../lib/i18n';
import { fetchInstrument } from '../../lib/instrument';
import { FiguresDownloads, ReleaseLine } from './release';
import { ReportSections, SECTIONS } from './sections';
import { text } from './text';
import type { BreakdownsResponse, CommentsResponse, Instrument, ReportResponse } from './types';
import { makeView } from './view';
import './report.css';

interface Loaded {
  readonly response: ReportResponse;
  readonly instrument: Instrument;
  /** Null when the survey did not ask for comments (no open questions). */
  readonly comments: CommentsResponse['comments'] | null;
  /** Per shown partner; null when the survey did not ask about roles and involvement. */
  readonly breakdowns: readonly BreakdownsResponse['breakdowns'][] | null;
}

/** Reads the report and what it needs around it: the instrument's texts, the comments, the breakdowns. */
async function loadReport(secret: string | undefined, language: 'nl' | 'en'): Promise<Loaded> {
  const api = apiClient(secret, language);
  const res = await api.report.$get({ query: {} });
  if (!res.ok) throw new Error((await readError(res)).message);
  const response = await res.json();
  const { survey, report } = response;
  const instrument = await fetchInstrument(api, survey.instrumentVersion);

  let comments: Loaded['comments'] = null;
  if (survey.sections.includes('open')) {
    const commentsRes = await api.report.comments.$get({ query: { surveyId: survey.id } });
    if (!commentsRes.ok) throw new Error((await readError(commentsRes)).message);
    comments = (await commentsRes.json()).comments;
  }
  let breakdowns: BreakdownsResponse['breakdowns'][] | null = null;
  if (survey.sections.includes('about')) {
    breakdowns = [];
    // Served per partner (each reads every group row of that partner); only shown partners have any.
    const shown = report.partners.filter((p) => p.status === 'shown');
    const answers = await Promise.all(shown.map((p) => api.report.breakdowns.$get({ query: { surveyId: survey.id, partnerId: p.id } })));
    for (const answer of answers) {
      if (!answer.ok) throw new Error((await readError(answer)).message);
      breakdowns.push((await answer.json()).breakdowns);
    }
  }
  return { response, instrument, comments, breakdowns };
}

/**
 * Print shows the data tables (every <details> opened) and keeps the link's secret out of the
 * browser's printed header and footer, which show the page address: the fragment is taken off the
 * address for the time of printing and put back afterwards.
 */
function usePrintPreparation() {
  useEffect(() => {
    let reopen: HTMLDetailsElement[] = [];
    let hash = '';
    const before = () => {
      reopen = Array.from(document.querySelectorAll('details:not([open])'));
      for (const details of reopen) details.open = true;
      hash = location.hash;
      if (hash) history.replaceState(history.state, '', location.pathname + location.search);
    };
    const after = () => {
      for (const details of reopen) details.open = false;
      reopen = [];
      if (hash) history.replaceState(history.state, '', location.pathname + location.search + hash);
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
}

/** Saves the report model (as fetched) as a JSON file, without another request. */
function downloadJson(response: ReportResponse) {
  saveFile(`samenwaarde-report-${today()}.json`, JSON.stringify(response, null, 2), 'application/json');
}

export default function ReportPage() {
  const { language, t } = useLanguage();
  const secret = useMemo(secretFromLocation, []);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const languageRef = useLatest(language);
  usePrintPreparation();
  useEffect(() => {
    // Loaded once per link: the model is the same in every language (the view puts it into words), so a
    // language switch does not load it again; the language at load time only picks the error's language.
    loadReport(secret, languageRef.current).then(setLoaded, (error: unknown) => {
      console.error('loading the report failed', error);
      setFailed(error instanceof Error ? error.message : String(error));
    });
  }, [secret, languageRef]);
  const view = useMemo(() => (loaded ? makeView(loaded.response.report, loaded.instrument, language) : null), [loaded, language]);
  useDocumentTitle(loaded ? `${t(text.kicker)}: ${loaded.response.partnership.name}` : undefined);

  if (failed) {
    return (
      <>
        <TopBar />
        <main class="page">
          <Message title={t(text.failed)} tone="error">
            <p>{failed}</p>
          </Message>
        </main>
      </>
    );
  }
  if (!loaded || !view) {
    return (
      <>
        <TopBar />
        <main class="page">
          <p aria-busy="true">{t(text.loading)}</p>
        </main>
      </>
    );
  }
  const { partnership, survey, release } = loaded.response;
  const jumpTo = (event: Event, id: string) => {
    // The address's fragment holds the link's secret: jump without changing it.
    event.preventDefault();
    const heading = document.getElementById(`${id}-heading`);
    heading?.scrollIntoView();
    heading?.focus();
  };
  return (
    <>
      <TopBar />
      <main class="page page-wide report">
        <header class="report-header">
          <p class="kicker">{t(text.kicker)}</p>
          <h1>{partnership.name}</h1>
          <p>
            <strong>{t(text.challengeLabel)}:</strong> {partnership.challenge}
          </p>
          <p class="muted">{view.fill(t(text.surveyLine), { title: survey.title })}</p>
          <ReleaseLine view={view} release={release} />
          <div class="report-actions no-print">
            <button type="button" onClick={() => print()}>
              {t(text.print)}
            </button>
            <button type="button" class="secondary" onClick={() => downloadJson(loaded.response)}>
              {t(text.downloadJson)}
            </button>
          </div>
        </header>
        <nav class="contents no-print" aria-labelledby="contents-heading">
          <h2 id="contents-heading">{t(text.contents)}</h2>
          <ol>
            {SECTIONS.map(({ id, heading }) => (
              <li key={id}>
                <a href={`#${id}`} onClick={(event) => jumpTo(event, id)}>
                  {t(heading)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <ReportSections view={view} comments={loaded.comments} breakdowns={loaded.breakdowns} />
        <section aria-labelledby="downloads-heading" class="report-section no-print">
          <h2 id="downloads-heading">{t(text.downloads)}</h2>
          <p>{t(text.downloadJsonHelp)}</p>
          <p>
            <button type="button" class="secondary" onClick={() => downloadJson(loaded.response)}>
              {t(text.downloadJson)}
            </button>
          </p>
          <FiguresDownloads secret={secret} surveyId={survey.id} />
        </section>
      </main>
    </>
  );
}
