/**
 * One survey for the organiser: its status and settings, close and reopen, the preview as a
 * respondent of a chosen partner sees it, the exports, and last the deletion of its responses.
 */
import { useState } from 'preact/hooks';
import { effectiveMinGroupSize } from '../../../../core/confidentiality';
import { currentSections } from '../../../../core/instrument/sections';
import { DeleteResponsesSchema } from '../../../../core/schemas/organiser';
import { saveFile, today } from '../../lib/download';
import { fill, type Language, useLanguage } from '../../lib/i18n';
import { languageLabels } from '../../lib/labels';
import { useFormCheck } from '../../lib/validation';
import { wordsFor } from '../../lib/words';
import { SurveySettings, settingsKey } from './SurveySettings';
import type { OverviewSurvey } from './types';
import type { Organiser } from './useOrganiser';

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
  preview: { nl: 'Voorbeeld', en: 'Preview' },
  previewHelp: {
    nl: 'Loop de hele vragenlijst door zoals een respondent van de gekozen partner hem ziet. Er wordt niets opgeslagen: geen concept, geen antwoord, en de respons telt niet mee.',
    en: 'Walk through the whole survey as a respondent of the chosen partner sees it. Nothing is stored: no draft, no answer, and it does not count in the response.',
  },
  previewAs: { nl: 'Bekijken als respondent van', en: 'View as a respondent of' },
  openPreview: { nl: 'Voorbeeld openen (nieuw tabblad)', en: 'Open the preview (new tab)' },
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
};

export function SurveyPanel({ org, survey }: { org: Organiser; survey: OverviewSurvey }) {
  const { language, t } = useLanguage();
  const words = wordsFor(language);
  const { api, send } = org;
  const [exportLanguage, setExportLanguage] = useState<Language>(language);
  const [previewPartner, setPreviewPartner] = useState(org.overview.partners[0]?.id ?? '');
  const [confirmation, setConfirmation] = useState('');
  const deletion = useFormCheck();
  const routes = api.organiser.surveys[':surveyId'];
  const param = { surveyId: survey.id };

  async function act(request: () => Promise<Response>, success: string) {
    if (await send(request)) await org.changed(success);
  }

  async function download(request: () => Promise<Response>, fileName: string, type: string) {
    const res = await send(request);
    if (res) saveFile(fileName, await res.blob(), type);
  }

  const sectionNames = currentSections
    .filter((s) => survey.sections.includes(s.id))
    .map((s) => t(s.title))
    .join(', ');
  const day = today();
  const dayText = (value: string | null) => (value ? words.date(value) : t(text.noDate));
  const k = effectiveMinGroupSize(survey.minGroupSize);
  const exportRules = { k };
  /** Downloads the figures export of the survey's current release. */
  const exportButton = (format: 'csv' | 'json', type: string) => (
    <button
      type="button"
      class={format === 'csv' ? undefined : 'secondary'}
      onClick={() =>
        download(
          () => api.report.export.$get({ query: { surveyId: survey.id, format, lang: exportLanguage } }),
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
            opens: dayText(survey.opensOn),
            closes: dayText(survey.closesOn),
            k: survey.minGroupSize,
            retain: dayText(survey.retainUntil),
          })}
        </p>
        <p class="muted">{fill(t(text.sections), { list: sectionNames })}</p>
        <div class="actions">
          {survey.status === 'open' ? (
            <button type="button" class="secondary" onClick={() => act(() => routes.close.$post({ param }), t(text.closed))}>
              {t(text.close)}
            </button>
          ) : (
            <button type="button" class="secondary" onClick={() => act(() => routes.reopen.$post({ param }), t(text.reopened))}>
              {t(text.reopen)}
            </button>
          )}
        </div>
        <details>
          <summary>{t(text.settings)}</summary>
          <SurveySettings key={settingsKey(survey)} api={api} survey={survey} act={act} />
        </details>
      </section>

      <section aria-labelledby="preview-title">
        <h2 id="preview-title">{t(text.preview)}</h2>
        <p class="muted">{t(text.previewHelp)}</p>
        <div class="inline-form">
          <div>
            <label for="preview-partner">{t(text.previewAs)}</label>
            <select id="preview-partner" value={previewPartner} onChange={(e) => setPreviewPartner(e.currentTarget.value)}>
              {org.overview.partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <a
            class="button secondary"
            target="_blank"
            rel="noopener noreferrer"
            href={`/preview?${new URLSearchParams({ survey: survey.id, partner: previewPartner, lang: language })}#${org.secret}`}
          >
            {t(text.openPreview)}
          </a>
        </div>
      </section>

      <section aria-labelledby="export-title">
        <h2 id="export-title">{t(text.exports)}</h2>
        <p class="muted">{fill(t(text.exportHelp), exportRules)}</p>
        <div class="inline-form">
          <div>
            <label for="export-language">{t(text.exportLanguage)}</label>
            <select id="export-language" value={exportLanguage} onChange={(e) => setExportLanguage(e.currentTarget.value as Language)}>
              <option value="nl">{t(languageLabels.nl)}</option>
              <option value="en">{t(languageLabels.en)}</option>
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
              download(() => api.report.$get({ query: { surveyId: survey.id } }), `samenwaarde-report-${day}.json`, 'application/json')
            }
          >
            {t(text.exportReport)}
          </button>
          <a class="button secondary" href={`/report?wave=${survey.id}#${org.secret}`}>
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
            const res = await send(() => routes.responses.$delete({ param, json }));
            if (!res) return;
            const body = (await res.json()) as { responses: number };
            setConfirmation('');
            await org.changed(fill(t(text.deleted), { n: body.responses }));
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
