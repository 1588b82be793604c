/**
 * One survey for the organiser: its status and settings, close and reopen, the response per
 * partner, then `children` (the links), the exports, and last the deletion of its responses.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { effectiveMinGroupSize } from '../../../../core/confidentiality';
import { currentSections } from '../../../../core/instrument/sections';
import { DeleteResponsesSchema } from '../../../../core/schemas/organiser';
import type { Api } from '../../lib/api';
import { readError } from '../../lib/api';
import { saveFile, today } from '../../lib/download';
import { fill, type Language, useLanguage } from '../../lib/i18n';
import { useFormCheck } from '../../lib/validation';
import { SurveySettings, settingsKey } from './SurveySettings';
import type { OverviewSurvey, Progress } from './types';

const text = {
  status: { nl: 'Status', en: 'Status' },
  open: { nl: 'Open: respondenten kunnen antwoorden.', en: 'Open: respondents can answer.' },
  closedByHand: { nl: 'Gesloten.', en: 'Closed.' },
  notOpen: { nl: 'Niet open (buiten de open- en sluitingsdatum).', en: 'Not open (outside the opening and closing dates).' },
  facts: {
    nl: 'Opent {opens} · sluit {closes} · k = {k} · bewaren tot {retain}',
    en: 'Opens {opens} · closes {closes} · k = {k} · keep until {retain}',
  },
  noDate: { nl: 'niet ingesteld', en: 'not set' },
  sections: { nl: 'Onderdelen: {list}', en: 'Sections: {list}' },
  close: { nl: 'Vragenlijst sluiten', en: 'Close the survey' },
  reopen: { nl: 'Vragenlijst heropenen', en: 'Reopen the survey' },
  closed: { nl: 'De vragenlijst is gesloten.', en: 'The survey is closed.' },
  reopened: { nl: 'De vragenlijst is heropend.', en: 'The survey has been reopened.' },
  settings: { nl: 'Data en drempel wijzigen', en: 'Change dates and threshold' },
  response: { nl: 'Respons', en: 'Response' },
  responseCaption: { nl: 'Respons per partner', en: 'Response per partner' },
  partner: { nl: 'Partner', en: 'Partner' },
  invited: { nl: 'Uitgenodigd', en: 'Invited' },
  started: { nl: 'Begonnen', en: 'Started' },
  completed: { nl: 'Voltooid', en: 'Completed' },
  rate: { nl: 'Respons', en: 'Response rate' },
  unknown: { nl: 'onbekend', en: 'unknown' },
  perDay: { nl: 'Voltooid per dag', en: 'Completed per day' },
  day: { nl: 'Dag', en: 'Day' },
  noneYet: { nl: 'Nog geen antwoorden.', en: 'No answers yet.' },
  refresh: { nl: 'Respons verversen', en: 'Refresh response' },
  exports: { nl: 'Exporteren', en: 'Export' },
  exportHelp: {
    nl: 'De cijfers van het rapport, zoals de lezers ze nu zien: per partner en per getoonde groep het aantal antwoorden, gemiddelde, spreiding, overeenstemming en hoeveel mensen elk antwoord gaven, de punten per drijfveer en de keuzes bij de waardepropositie. Niets over één persoon: er is geen regel per reactie, en geen cijfer op minder dan {k} antwoorden. De CSV opent in Excel in de gekozen taal (Nederlands: met ; en decimale komma).',
    en: 'The report’s figures as readers see them now: per partner and per group shown, the number of answers, mean, spread, agreement and how many people gave each answer, the points per drive and the value-case choices. Nothing about one person: there is no row per response, and no figure on fewer than {k} answers. The CSV opens in Excel in the chosen language (Dutch: with ; and decimal commas).',
  },
  exportLanguage: { nl: 'Taal van de CSV', en: 'Language of the CSV' },
  exportCsv: { nl: 'Cijfers downloaden (CSV)', en: 'Download figures (CSV)' },
  exportJson: { nl: 'Cijfers downloaden (JSON)', en: 'Download figures (JSON)' },
  exportReport: { nl: 'Rapport downloaden (JSON)', en: 'Download report (JSON)' },
  viewReport: { nl: 'Rapport bekijken', en: 'View report' },
  danger: { nl: 'Antwoorden definitief verwijderen', en: 'Delete responses for good' },
  dangerHelp: {
    nl: 'Verwijdert alle antwoorden, open antwoorden, tussenstanden en concepten van deze vragenlijst. Dit kan niet ongedaan worden gemaakt. Typ de titel van de vragenlijst ("{title}") om te bevestigen.',
    en: 'Deletes all responses, free text, running totals and drafts of this survey. This cannot be undone. Type the survey title ("{title}") to confirm.',
  },
  confirmLabel: { nl: 'Titel van de vragenlijst ter bevestiging', en: 'Survey title to confirm' },
  delete: { nl: 'Alle antwoorden verwijderen', en: 'Delete all responses' },
  deleted: { nl: '{n} antwoorden zijn definitief verwijderd.', en: '{n} responses have been deleted for good.' },
  languages: { nl: { nl: 'Nederlands', en: 'Dutch' }, en: { nl: 'Engels', en: 'English' } },
};

const percent = (rate: number | null, language: Language, unknown: string) =>
  rate === null
    ? unknown
    : new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(rate);

export function SurveyPanel(props: {
  /** Stable while the page's secret and language are: loading the progress depends on it. */
  api: Api;
  survey: OverviewSurvey;
  secret: string;
  onChanged: (message: string) => Promise<void>;
  /** Stable (a state setter): loading the progress depends on it. */
  onError: (message: string) => void;
  children?: ComponentChildren;
}) {
  const { language, t } = useLanguage();
  const { api, survey, onError } = props;
  const surveyId = survey.id;
  const [progress, setProgress] = useState<Progress | null>(null);
  const [exportLanguage, setExportLanguage] = useState<Language>(language);
  const [confirmation, setConfirmation] = useState('');
  const deletion = useFormCheck();
  const routes = api.organiser.surveys[':surveyId'];
  const param = { surveyId };

  const loadProgress = useCallback(async () => {
    const res = await api.organiser.surveys[':surveyId'].progress.$get({ param: { surveyId } });
    if (!res.ok) return onError((await readError(res)).message);
    setProgress(await res.json());
  }, [api, surveyId, onError]);
  useEffect(() => {
    void loadProgress();
  }, [loadProgress]);

  async function act(request: Promise<Response>, success: string) {
    const res = await request;
    if (!res.ok) return props.onError((await readError(res)).message);
    await props.onChanged(success);
  }

  async function download(request: Promise<Response>, fileName: string, type: string) {
    const res = await request;
    if (!res.ok) return props.onError((await readError(res)).message);
    saveFile(fileName, await res.blob(), type);
  }

  const sectionNames = currentSections
    .filter((s) => survey.sections.includes(s.id))
    .map((s) => t(s.title))
    .join(', ');
  const days = [...new Set(progress?.partners.flatMap((p) => p.completedPerDay.map((d) => d.day)) ?? [])].sort();
  const day = today();
  const k = effectiveMinGroupSize(survey.minGroupSize);
  const exportRules = { k };
  /** Downloads the figures export of the survey's current release. */
  const exportButton = (format: 'csv' | 'json', type: string) => (
    <button
      type="button"
      class={format === 'csv' ? undefined : 'secondary'}
      onClick={() =>
        download(
          api.report.export.$get({ query: { surveyId: survey.id, format, lang: exportLanguage } }),
          `samenwaarde-${exportLanguage === 'nl' ? 'cijfers' : 'figures'}-${day}.${format}`,
          type,
        )
      }
    >
      {t(format === 'csv' ? text.exportCsv : text.exportJson)}
    </button>
  );

  return (
    <>
      <section aria-labelledby="status-title">
        <h2 id="status-title">{t(text.status)}</h2>
        <p>
          <strong>{survey.isOpen ? t(text.open) : survey.status === 'closed' ? t(text.closedByHand) : t(text.notOpen)}</strong>
        </p>
        <p class="muted">
          {fill(t(text.facts), {
            opens: survey.opensOn,
            closes: survey.closesOn ?? t(text.noDate),
            k: survey.minGroupSize,
            retain: survey.retainUntil ?? t(text.noDate),
          })}
        </p>
        <p class="muted">{fill(t(text.sections), { list: sectionNames })}</p>
        <div class="actions">
          {survey.status === 'open' ? (
            <button type="button" class="secondary" onClick={() => act(routes.close.$post({ param }), t(text.closed))}>
              {t(text.close)}
            </button>
          ) : (
            <button type="button" class="secondary" onClick={() => act(routes.reopen.$post({ param }), t(text.reopened))}>
              {t(text.reopen)}
            </button>
          )}
        </div>
        <details>
          <summary>{t(text.settings)}</summary>
          <SurveySettings key={settingsKey(survey)} api={api} survey={survey} act={act} />
        </details>
      </section>

      <section aria-labelledby="response-title">
        <h2 id="response-title">{t(text.response)}</h2>
        {progress ? (
          <>
            <div class="table-scroll">
              <table>
                <caption class="visually-hidden">{t(text.responseCaption)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(text.partner)}</th>
                    <th scope="col" class="number">
                      {t(text.invited)}
                    </th>
                    <th scope="col" class="number">
                      {t(text.started)}
                    </th>
                    <th scope="col" class="number">
                      {t(text.completed)}
                    </th>
                    <th scope="col" class="number">
                      {t(text.rate)}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {progress.partners.map((p) => (
                    <tr key={p.partnerId}>
                      <th scope="row">{p.name}</th>
                      <td class="number">{p.invited ?? t(text.unknown)}</td>
                      <td class="number">{p.started}</td>
                      <td class="number">{p.completed}</td>
                      <td class="number">{percent(p.responseRate, language, t(text.unknown))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3>{t(text.perDay)}</h3>
            {days.length === 0 ? (
              <p class="muted">{t(text.noneYet)}</p>
            ) : (
              <div class="table-scroll">
                <table>
                  <caption class="visually-hidden">{t(text.perDay)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t(text.day)}</th>
                      {progress.partners.map((p) => (
                        <th scope="col" class="number" key={p.partnerId}>
                          {p.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {days.map((d) => (
                      <tr key={d}>
                        <th scope="row">{d}</th>
                        {progress.partners.map((p) => (
                          <td class="number" key={p.partnerId}>
                            {p.completedPerDay.find((x) => x.day === d)?.completed ?? 0}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        ) : null}
        <button type="button" class="secondary" onClick={() => void loadProgress()}>
          {t(text.refresh)}
        </button>
      </section>

      {props.children}

      <section aria-labelledby="export-title">
        <h2 id="export-title">{t(text.exports)}</h2>
        <p class="muted">{fill(t(text.exportHelp), exportRules)}</p>
        <div class="inline-form">
          <div>
            <label for="export-language">{t(text.exportLanguage)}</label>
            <select id="export-language" value={exportLanguage} onChange={(e) => setExportLanguage(e.currentTarget.value as Language)}>
              <option value="nl">{t(text.languages.nl)}</option>
              <option value="en">{t(text.languages.en)}</option>
            </select>
          </div>
          {exportButton('csv', 'text/csv;charset=utf-8')}
          {exportButton('json', 'application/json')}
        </div>
        <div class="actions">
          <button
            type="button"
            class="secondary"
            onClick={() =>
              download(api.report.$get({ query: { surveyId: survey.id } }), `samenwaarde-report-${day}.json`, 'application/json')
            }
          >
            {t(text.exportReport)}
          </button>
          <a class="button secondary" href={`/report?wave=${survey.id}#${props.secret}`}>
            {t(text.viewReport)}
          </a>
        </div>
      </section>

      <section aria-labelledby="danger-title" class="danger-zone">
        <h2 id="danger-title">{t(text.danger)}</h2>
        <p id="danger-help">{fill(t(text.dangerHelp), { title: survey.title })}</p>
        <form
          class="inline-form"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const json = { confirm: confirmation };
            if (!deletion.check(DeleteResponsesSchema, json)) return;
            const res = await routes.responses.$delete({ param, json });
            if (!res.ok) return props.onError((await readError(res)).message);
            const body = await res.json();
            setConfirmation('');
            await props.onChanged(fill(t(text.deleted), { n: body.responses }));
            await loadProgress();
          }}
        >
          <div>
            <label for="confirm-delete">{t(text.confirmLabel)}</label>
            <input
              id="confirm-delete"
              type="text"
              autocomplete="off"
              value={confirmation}
              {...deletion.field('confirm', 'confirm-delete', 'danger-help')}
              onInput={(e) => setConfirmation(e.currentTarget.value)}
            />
            {deletion.error('confirm', 'confirm-delete')}
          </div>
          <button type="submit" class="danger" disabled={confirmation.trim() !== survey.title.trim()}>
            {t(text.delete)}
          </button>
        </form>
      </section>
    </>
  );
}
