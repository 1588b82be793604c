/**
 * The alignment report for partnership leads (report or organiser link): the answer first (who took
 * part and the headline findings as cards), a discussion agenda, the ranked findings with their
 * detail on demand, and an appendix with every figure; in Dutch and English, printable as an
 * executive report, an agenda or the full report on A4, and downloadable as JSON or as figures. It
 * says which release of the figures it shows.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Message } from '../../components/Message';
import { TopBar } from '../../components/TopBar';
import { apiClient, readError, secretFromLocation } from '../../lib/api';
import { saveFile, today } from '../../lib/download';
import { useDocumentTitle, useLatest } from '../../lib/hooks';
import { inLanguage, useLanguage } from '../../lib/i18n';
import { fetchInstrument } from '../../lib/instrument';
import { useWaves } from './change/useWaves';
import { detailParts, isRead, type ReportDetail, useReportDetail } from './detail';
import { ReportContext } from './ReportContext';
import { FiguresDownloads, ReleaseLine } from './release';
import { useOpenOnWideScreen } from './screen';
import { ReportSections, SECTIONS } from './sections';
import { JumpLink } from './sections/parts';
import { text } from './text';
import type { Instrument, ReportResponse } from './types';
import { makeView, type ReportView } from './view';
import { OtherWaves, waveFromLocation } from './waves';
import './report.css';

interface Loaded {
  readonly response: ReportResponse;
  readonly instrument: Instrument;
}

/**
 * Reads the report's overview of the wave in the page's address (the newest this link may read
 * when none is named) and the instrument's texts: what the page shows first. The rest (the
 * figures behind each detail, the comments, the breakdowns) is read when the reader opens it
 * (detail.tsx).
 */
async function loadReport(secret: string | undefined, language: 'nl' | 'en'): Promise<Loaded> {
  const api = apiClient(secret, language);
  const wave = waveFromLocation();
  const res = await api.report.$get({ query: wave ? { surveyId: wave } : {} });
  if (!res.ok) throw new Error((await readError(res)).message);
  const response = await res.json();
  return { response, instrument: await fetchInstrument(api, response.survey.instrumentVersion) };
}

/** What the reader chose to print: the executive report (the default), the agenda alone, or everything. */
type PrintMode = 'executive' | 'agenda' | 'full';

/**
 * Print follows the reader's choice (an attribute on <html> the print styles read), opens every
 * collapsed detail for the full printout (and for every printout those a phone shows collapsed:
 * screen.ts), and keeps the link's secret out of the browser's printed
 * header and footer, which show the page address: the fragment is taken off the address for the
 * time of printing and put back afterwards. The full printout holds every detail: the choice is
 * applied once they are read (`ready`), which choosing it starts.
 */
function usePrintPreparation(mode: PrintMode, ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    document.documentElement.dataset.print = mode;
    let reopen: HTMLDetailsElement[] = [];
    let hash = '';
    const before = () => {
      reopen = Array.from(
        document.querySelectorAll(mode === 'full' ? 'main details:not([open])' : 'main details.phone-collapsed:not([open])'),
      );
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
      delete document.documentElement.dataset.print;
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, [mode, ready]);
}

/**
 * Saves the report model as a JSON file: the overview as fetched with the rest of its figures (read
 * first if the reader opened none), which together are the whole model.
 */
async function downloadJson(response: ReportResponse, detail: ReportDetail) {
  await detail.load('figures');
  const whole = { ...response, report: { ...response.report, ...detail.figures } };
  saveFile(`samenwaarde-report-${today()}.json`, JSON.stringify(whole, null, 2), 'application/json');
}

/** When the survey ran, in the reader's words: "open van 3 november 2026 tot en met 24 november 2026". */
function surveyPeriod(view: ReportView, { survey, release }: ReportResponse): string {
  const days = { opens: view.date(survey.opensOn), closes: survey.closesOn ? view.date(survey.closesOn) : '' };
  if (release.surveyOpen) return view.fill(view.t(survey.closesOn ? text.surveyOpenUntil : text.surveyOpen), days);
  return view.fill(view.t(survey.closesOn ? text.surveyClosedOn : text.surveyClosed), days);
}

export default function ReportPage() {
  const { language, t } = useLanguage();
  const secret = useMemo(secretFromLocation, []);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [printMode, setPrintMode] = useState<PrintMode>('executive');
  const [printing, setPrinting] = useState(false);
  const aboutOpen = useOpenOnWideScreen();
  const [downloadFailed, setDownloadFailed] = useState<string | null>(null);
  const languageRef = useLatest(language);
  const detail = useReportDetail(secret, language, loaded?.response ?? null);
  const detailRef = useLatest(detail);
  // The full printout holds every detail: choosing it reads them all (a part that failed prints as its
  // error, which is logged and shown there). Once per choice: a failed part is not read again and again.
  const printReady =
    printMode !== 'full' || (detail !== null && detailParts.every((part) => isRead(detail, part) || part in detail.failed));
  const hasDetail = detail !== null;
  useEffect(() => {
    if (printMode === 'full' && hasDetail) detailRef.current?.load(...detailParts).catch(() => undefined);
  }, [printMode, hasDetail, detailRef]);
  usePrintPreparation(printMode, printReady);
  // Print once the choice is applied to the page (after the render that drew what it needs).
  useEffect(() => {
    if (!printing || !printReady) return;
    setPrinting(false);
    print();
  }, [printing, printReady]);
  useEffect(() => {
    // Loaded once per link: the model is the same in every language (the view puts it into words), so a
    // language switch does not load it again; the language at load time only picks the error's language.
    loadReport(secret, languageRef.current).then(setLoaded, (error: unknown) => {
      console.error('loading the report failed', error);
      setFailed(error instanceof Error ? error.message : String(error));
    });
  }, [secret, languageRef]);
  const view = useMemo(() => (loaded ? makeView(loaded.response.report, loaded.instrument, language) : null), [loaded, language]);
  const waves = useWaves(secret, language, loaded?.response ?? null);
  useDocumentTitle(loaded ? `${t(text.kicker)}: ${inLanguage(loaded.response.partnership.name, language).text}` : undefined);

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
  if (!loaded || !view || !detail) {
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
  // The organiser's texts in the reader's language if they gave it, else in Dutch (and marked so).
  const name = inLanguage(partnership.name, language);
  const challenge = inLanguage(partnership.challenge, language);
  const loadPair = async (a: string, b: string) => {
    const res = await apiClient(secret, language).report.pair.$get({ query: { surveyId: survey.id, a, b } });
    if (!res.ok) throw new Error((await readError(res)).message);
    return (await res.json()).pair;
  };
  const loadCard = async (partnerId: string) => {
    const res = await apiClient(secret, language).report.partner.$get({ query: { surveyId: survey.id, partnerId } });
    if (!res.ok) throw new Error((await readError(res)).message);
    return (await res.json()).card;
  };
  const download = () => {
    setDownloadFailed(null);
    downloadJson(loaded.response, detail).catch((error: unknown) => {
      console.error('downloading the report failed', error);
      setDownloadFailed(error instanceof Error ? error.message : String(error));
    });
  };
  return (
    <>
      <TopBar />
      <main class="page page-wide report">
        <header class="report-header">
          <p class="kicker">{t(text.kicker)}</p>
          <h1 lang={name.lang}>{name.text}</h1>
          <div class="release-row">
            <ReleaseLine view={view} release={release} />
            <OtherWaves view={view} waves={loaded.response.waves} current={survey.id} />
            <details class="contents no-print">
              <summary>{t(text.contents)}</summary>
              <nav aria-label={t(text.contents)}>
                <ol>
                  {SECTIONS.map(({ id, heading }) => (
                    <li key={id}>
                      <JumpLink target={id}>{t(heading)}</JumpLink>
                    </li>
                  ))}
                </ol>
              </nav>
            </details>
          </div>
          <details class="report-about phone-collapsed" open={aboutOpen}>
            <summary>{t(text.aboutReport)}</summary>
            <p class="report-meta">
              <strong>{t(text.challengeLabel)}:</strong> <span lang={challenge.lang}>{challenge.text}</span>
              <br />
              {view.fill(t(text.surveyLine), { title: survey.title })} · {surveyPeriod(view, loaded.response)}
            </p>
            <ReportContext partnership={partnership} />
            <div class="report-actions no-print">
              <label class="print-choice">
                {t(text.printChoice)}{' '}
                <select value={printMode} onChange={(event) => setPrintMode((event.currentTarget as HTMLSelectElement).value as PrintMode)}>
                  {(['executive', 'agenda', 'full'] as const).map((mode) => (
                    <option key={mode} value={mode}>
                      {t(mode === 'executive' ? text.printExecutive : mode === 'agenda' ? text.printAgenda : text.printFull)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" onClick={() => setPrinting(true)} aria-busy={printing}>
                {t(text.print)}
              </button>
              <button type="button" class="secondary" onClick={download}>
                {t(text.downloadJson)}
              </button>
            </div>
          </details>
          {downloadFailed ? (
            <p class="error-text no-print" role="alert">
              {downloadFailed}
            </p>
          ) : null}
        </header>
        <ReportSections view={view} detail={detail} loadPair={loadPair} loadCard={loadCard} waves={waves} />
        <section aria-labelledby="downloads-heading" class="report-section no-print">
          <h2 id="downloads-heading">{t(text.downloads)}</h2>
          <p>{t(text.downloadJsonHelp)}</p>
          <p>
            <button type="button" class="secondary" onClick={download}>
              {t(text.downloadJson)}
            </button>
          </p>

          <FiguresDownloads secret={secret} surveyId={survey.id} />
        </section>
      </main>
    </>
  );
}
