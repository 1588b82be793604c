/**
 * What the report says about the release it shows: which one ("stand van 12 november, 48
 * reacties"), what is not in it yet and why, and the figures export, for every reader; and the
 * words of the section on how the responses came in (sections/Channels.tsx).
 */
import { useState } from 'preact/hooks';
import { apiClient, readError } from '../../lib/api';
import { saveFile } from '../../lib/download';
import { type Localized, useLanguage } from '../../lib/i18n';
import type { ReportResponse, ShownPartner } from './types';
import type { ReportView } from './view';

export const releaseText = {
  noRelease: {
    nl: 'Nog geen cijfers: een partner verschijnt pas als minstens {k} mensen hebben gereageerd.',
    en: 'No figures yet: a partner appears once at least {k} people have responded.',
  },
  deleted: {
    nl: 'De antwoorden van deze vragenlijst zijn op {date} verwijderd.',
    en: 'The responses to this survey were deleted on {date}.',
  },
  asOf: { nl: 'Stand van {date}, {responses}.', en: 'As of {date}, {responses}.' },
  response: { nl: { one: 'reactie', other: 'reacties' }, en: { one: 'response', other: 'responses' } },
  pending: {
    nl: '{responses} zitten nog niet in de cijfers. De cijfers van een partner veranderen pas als er minstens {k} nieuwe reacties zijn: zo kan niemand één persoon herkennen door twee versies van dit rapport te vergelijken.',
    en: '{responses} are not in the figures yet. A partner’s figures change only when at least {k} new responses have come in: that way nobody can single out one person by comparing two versions of this report.',
  },
  pendingClosed: {
    nl: 'De vragenlijst is gesloten. {responses} komen niet meer in de cijfers: na de laatste stand kwamen er bij hun partner minder dan {k} bij, en zo weinig nieuwe reacties zouden te herkennen zijn door twee versies van dit rapport te vergelijken.',
    en: 'The survey is closed. {responses} will not be added to the figures: fewer than {k} came in for their partner after the last update, and so few new responses could be singled out by comparing two versions of this report.',
  },
  channels: { nl: 'Hoe de reacties binnenkwamen', en: 'How the responses came in' },
  channelsLead: {
    nl: 'Via een persoonlijke link kan één persoon één keer antwoorden. Een open link kan iedereen gebruiken die hem heeft, ook iemand die antwoorden verzint om die van anderen te herleiden. Let daarom op meer reacties dan medewerkers en op open links zonder maximum.',
    en: 'A personal link lets one person answer once. Anyone who has an open link can use it, including someone who makes answers up to work out other people’s. So look out for more responses than staff, and for open links without a maximum.',
  },
  partner: { nl: 'Partner', en: 'Partner' },
  personal: { nl: 'Via persoonlijke links', en: 'Through personal links' },
  open: { nl: 'Via open links', en: 'Through open links' },
  staff: { nl: 'Uit te nodigen medewerkers', en: 'Staff to invite' },
  notes: { nl: 'Let op', en: 'Look out' },
  unknown: { nl: 'onbekend', en: 'unknown' },
  none: { nl: 'niets', en: 'nothing' },
  overStaff: { nl: 'meer reacties dan medewerkers', en: 'more responses than staff' },
  uncapped: {
    nl: { one: 'open link zonder maximum', other: 'open links zonder maximum' },
    en: { one: 'open link without a maximum', other: 'open links without a maximum' },
  },
  hidden: {
    nl: 'Zonder cijfer, omdat minder dan {k} mensen de vraag beantwoordden ("weet niet" en overslaan tellen niet mee): {list}.',
    en: 'No figure, because fewer than {k} people answered the question ("don’t know" and skipping do not count): {list}.',
  },
  question: { nl: { one: 'vraag', other: 'vragen' }, en: { one: 'question', other: 'questions' } },
  noneHidden: {
    nl: 'Elk cijfer in dit rapport rust op minstens {k} antwoorden.',
    en: 'Every figure in this report rests on at least {k} answers.',
  },
  figures: { nl: 'De cijfers downloaden', en: 'Download the figures' },
  figuresHelp: {
    nl: 'Alle cijfers van deze stand om zelf na te rekenen: per partner en per getoonde groep het aantal antwoorden, gemiddelde, spreiding, overeenstemming en hoeveel mensen elk antwoord gaven. Niets over één persoon. De CSV opent in Excel; in het Nederlands met ; en decimale komma.',
    en: 'Every figure of this version, to redo the analysis yourself: per partner and per group shown, the number of answers, mean, spread, agreement and how many people gave each answer. Nothing about one person. The CSV opens in Excel; in Dutch with ; and decimal commas.',
  },
  figuresCsv: { nl: 'Cijfers downloaden (CSV)', en: 'Download the figures (CSV)' },
  figuresJson: { nl: 'Cijfers downloaden (JSON)', en: 'Download the figures (JSON)' },
  failed: { nl: 'Het downloaden lukte niet: {message}', en: 'The download failed: {message}' },
} as const;

export const shownPartners = (view: ReportView) => view.report.partners.filter((p): p is ShownPartner => p.status === 'shown');

/** Which release the page shows, and what is not in it yet, in plain words. */
export function ReleaseLine({ view, release }: { view: ReportView; release: ReportResponse['release'] }) {
  const { t, fill, report } = view;
  const k = report.minGroupSize;
  if (release.deleted && release.releasedOn)
    return <p class="release-line">{fill(t(releaseText.deleted), { date: view.date(release.releasedOn) })}</p>;
  if (release.sequence === 0 || !release.releasedOn) return <p class="release-line">{fill(t(releaseText.noRelease), { k })}</p>;
  const responses = shownPartners(view).reduce((sum, p) => sum + p.respondents, 0);
  const pending = view.count(release.notYetIncluded, releaseText.response);
  return (
    <>
      <p class="release-line">
        <strong>
          {fill(t(releaseText.asOf), {
            date: view.date(release.releasedOn),
            responses: view.count(responses, releaseText.response),
          })}
        </strong>
      </p>
      {release.notYetIncluded > 0 ? (
        <p class="muted">{fill(t(release.surveyOpen ? releaseText.pending : releaseText.pendingClosed), { responses: pending, k })}</p>
      ) : null}
    </>
  );
}

/** The figures export of the release (CSV for a spreadsheet in the reader's language, or JSON). */
export function FiguresDownloads({ secret, surveyId }: { secret: string | undefined; surveyId: string }) {
  const { language, t } = useLanguage();
  const [failed, setFailed] = useState<string | null>(null);
  const download = async (format: 'csv' | 'json') => {
    setFailed(null);
    try {
      const res = await apiClient(secret, language).report.export.$get({ query: { surveyId, format, lang: language } });
      if (!res.ok) throw new Error((await readError(res)).message);
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `samenwaarde.${format}`;
      saveFile(name, await res.blob(), format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
    } catch (error) {
      console.error('downloading the figures failed', error);
      setFailed(error instanceof Error ? error.message : String(error));
    }
  };
  const button = (format: 'csv' | 'json', label: Localized) => (
    <button type="button" class="secondary" onClick={() => void download(format)}>
      {t(label)}
    </button>
  );
  return (
    <>
      <h3>{t(releaseText.figures)}</h3>
      <p>{t(releaseText.figuresHelp)}</p>
      <p class="report-actions">
        {button('csv', releaseText.figuresCsv)}
        {button('json', releaseText.figuresJson)}
      </p>
      {failed ? (
        <p class="error-text" role="alert">
          {t(releaseText.failed).replace('{message}', failed)}
        </p>
      ) : null}
    </>
  );
}
