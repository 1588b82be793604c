/**
 * The organiser's page (laptop): one partnership, its surveys, the links per partner, the response,
 * exports and deletion. Everything the organiser link can do, in Dutch and English.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { LinkScope } from '../../../../core/links';
import { NewLinksSchema } from '../../../../core/schemas/links';
import { NewSurveySchema } from '../../../../core/schemas/organiser';
import { Message } from '../../components/Message';
import { TopBar } from '../../components/TopBar';
import { apiClient, readError, secretFromLocation } from '../../lib/api';
import { fill, useLanguage } from '../../lib/i18n';
import { type CollaborationFunction, functionLabels, linkUrl, type Sector, sectorLabels } from '../../lib/labels';
import { useFormCheck } from '../../lib/validation';
import { CopyField } from './CopyField';
import { EnglishTextsForm } from './EnglishTexts';
import { LinksTable } from './LinksTable';
import { PartnerLinks } from './PartnerLinks';
import { newSurveyDraft, SurveyFields, surveyBody } from './SurveyFields';
import { SurveyPanel } from './SurveyPanel';
import type { NewLinkRequest, Overview } from './types';
import '../../components/admin-pages.css';

const text = {
  loading: { nl: 'Laden…', en: 'Loading…' },
  unknown: { nl: 'Deze link werkt niet', en: 'This link does not work' },
  noSecret: {
    nl: 'Open de organisatorlink die u kreeg toen u de samenwerking aanmaakte.',
    en: 'Open the organiser link you received when you created the partnership.',
  },
  about: { nl: '{fn} · horizon: {horizon}', en: '{fn} · horizon: {horizon}' },
  partners: { nl: 'Partners', en: 'Partners' },
  staff: { nl: '{n} uit te nodigen', en: '{n} to invite' },
  shownAs: { nl: 'getoond als standpunt van de organisatie', en: "shown as the organisation's position" },
  survey: { nl: 'Vragenlijst', en: 'Survey' },
  chooseSurvey: { nl: 'Kies de vragenlijst', en: 'Choose the survey' },
  noSurvey: {
    nl: 'Deze samenwerking heeft nog geen vragenlijst. Maak er hieronder een.',
    en: 'This partnership has no survey yet. Create one below.',
  },
  links: { nl: 'Links per partner', en: 'Links per partner' },
  linksHelp: {
    nl: 'Links zijn de enige toegang: er zijn geen accounts. Wij bewaren alleen een vingerafdruk van elke link, dus een link wordt maar één keer getoond. Kwijt? Geef hem opnieuw uit in "Alle links".',
    en: 'Links are the only access: there are no accounts. We keep only a fingerprint of each link, so a link is shown only once. Lost one? Re-issue it under "All links".',
  },
  report: { nl: 'Links voor het rapport', en: 'Links for the report' },
  reportHelp: {
    nl: 'Voor de leiding van de samenwerking: deze link opent het rapport en kan niets aan de vragenlijst wijzigen.',
    en: 'For the leads of the partnership: this link opens the report and cannot change anything in the survey.',
  },
  reportWaves: { nl: 'Welke metingen kan de link lezen?', en: 'Which waves can the link read?' },
  thisWave: { nl: 'Alleen deze meting', en: 'Only this wave' },
  everyWave: {
    nl: 'Alle metingen van de samenwerking, ook latere (met wat er veranderde)',
    en: 'Every wave of the partnership, later ones too (with what changed)',
  },
  leadScope: {
    nl: 'De link mag ook afspraken vastleggen bij de bevindingen (voor de voorzitter of secretaris)',
    en: 'The link may also record agreements on the findings (for the chair or secretary)',
  },
  reportLabel: { nl: 'Omschrijving (bijvoorbeeld: stuurgroep)', en: 'Label (for example: steering group)' },
  makeReport: { nl: 'Rapportlink maken', en: 'Create report link' },
  reportLink: { nl: 'Rapportlink', en: 'Report link' },
  onceNote: { nl: 'Deze link wordt alleen nu getoond.', en: 'This link is shown only now.' },
  another: { nl: 'Nog een vragenlijst', en: 'Another survey' },
  anotherHelp: {
    nl: 'Bijvoorbeeld een vervolgmeting na een jaar, met dezelfde partners.',
    en: 'For example a follow-up measurement after a year, with the same partners.',
  },
  anotherTitle: { nl: 'Vervolgmeting', en: 'Follow-up measurement' },
  create: { nl: 'Vragenlijst aanmaken', en: 'Create survey' },
  createdSurvey: { nl: 'De vragenlijst is aangemaakt.', en: 'The survey has been created.' },
  revoked: { nl: 'De link is ingetrokken.', en: 'The link has been revoked.' },
};

export default function OrganisePage() {
  const { language, t } = useLanguage();
  const secret = useMemo(secretFromLocation, []);
  // One client per secret and language: what the page loads depends on it, so it must not change on every render.
  const api = useMemo(() => apiClient(secret, language), [secret, language]);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [failed, setFailed] = useState<string | null>(secret ? null : t(text.noSecret));
  const [surveyId, setSurveyId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** What the Worker warns about a link just made (an open link that can take more answers than expected). */
  const [warning, setWarning] = useState<string | null>(null);
  const [reportLabel, setReportLabel] = useState('');
  const [reportWaves, setReportWaves] = useState<'this' | 'every'>('every');
  const [reportLead, setReportLead] = useState(false);
  const [reportUrl, setReportUrl] = useState<string | null>(null);
  const [draft, setDraft] = useState(() => newSurveyDraft(t(text.anotherTitle)));
  const reportForm = useFormCheck();
  const surveyForm = useFormCheck();

  // Loads again when the language changes, so messages from the API come in the page's language.
  const load = useCallback(async () => {
    const res = await api.organiser.$get();
    if (!res.ok) return setFailed((await readError(res)).message);
    const view = await res.json();
    setOverview(view);
    setSurveyId((current) => (current && view.surveys.some((s) => s.id === current) ? current : (view.surveys.at(-1)?.id ?? null)));
  }, [api]);
  useEffect(() => {
    if (secret) void load();
  }, [secret, load]);

  /** Reports success politely and refreshes the overview. */
  async function changed(message: string) {
    setError(null);
    setNotice(message);
    await load();
  }

  async function issue(request: NewLinkRequest) {
    setError(null);
    setWarning(null);
    const res = await api.organiser.links.$post({ json: request });
    if (res.status !== 201) {
      setError((await readError(res)).message);
      return null;
    }
    const body = await res.json();
    if ('warning' in body && body.warning) setWarning(body.warning);
    await load();
    return body.links;
  }

  async function revoke(id: string) {
    const res = await api.organiser.links[':id'].revoke.$post({ param: { id } });
    if (!res.ok) {
      setError((await readError(res)).message);
      return false;
    }
    await changed(t(text.revoked));
    return true;
  }

  async function reissue(id: string): Promise<{ secret: string; scope: LinkScope } | null> {
    const res = await api.organiser.links[':id'].reissue.$post({ param: { id } });
    if (res.status !== 201) {
      setError((await readError(res)).message);
      return null;
    }
    const { link } = await res.json();
    await load();
    return link;
  }

  if (failed)
    return (
      <>
        <TopBar />
        <main class="page">
          <Message title={t(text.unknown)} tone="error">
            <p>{failed}</p>
          </Message>
        </main>
      </>
    );
  if (!overview)
    return (
      <>
        <TopBar />
        <main class="page">
          <p aria-busy="true">{t(text.loading)}</p>
        </main>
      </>
    );
  const survey = overview.surveys.find((s) => s.id === surveyId);
  // Report links (each for the survey in view) and the list of every link: inside the survey's
  // panel (before the deletion), or only the list without a survey.
  const reportAndLinks = (
    <>
      {survey ? (
        <section aria-labelledby="report-links">
          <h2 id="report-links">{t(text.report)}</h2>
          <p class="muted">{t(text.reportHelp)}</p>
          <div class="inline-form">
            <div>
              <label for="report-label">{t(text.reportLabel)}</label>
              <input
                id="report-label"
                type="text"
                maxLength={120}
                value={reportLabel}
                {...reportForm.field('label', 'report-label')}
                onInput={(e) => setReportLabel(e.currentTarget.value)}
              />
              {reportForm.error('label', 'report-label')}
            </div>
          </div>
          <fieldset>
            <legend>{t(text.reportWaves)}</legend>
            <ul class="check-list">
              {(['every', 'this'] as const).map((choice) => (
                <li key={choice}>
                  <label>
                    <input type="radio" name="report-waves" checked={reportWaves === choice} onChange={() => setReportWaves(choice)} />
                    {t(choice === 'this' ? text.thisWave : text.everyWave)}
                  </label>
                </li>
              ))}
            </ul>
            <ul class="check-list">
              <li>
                <label>
                  <input type="checkbox" checked={reportLead} onChange={(e) => setReportLead(e.currentTarget.checked)} />
                  {t(text.leadScope)}
                </label>
              </li>
            </ul>
          </fieldset>
          <div class="actions">
            <button
              type="button"
              onClick={async () => {
                const request = {
                  scope: reportLead ? ('lead' as const) : ('report' as const),
                  ...(reportWaves === 'this' ? { surveyId: survey.id } : {}),
                  ...(reportLabel.trim() ? { label: reportLabel } : {}),
                };
                if (!reportForm.check(NewLinksSchema, request)) return;
                const links = await issue(request);
                if (links) setReportUrl(linkUrl('report', links[0]!.secret));
              }}
            >
              {t(text.makeReport)}
            </button>
          </div>
          {reportUrl ? (
            <div class="issued">
              <p class="muted small">{t(text.onceNote)}</p>
              <CopyField label={t(text.reportLink)} value={reportUrl} />
            </div>
          ) : null}
        </section>
      ) : null}

      <LinksTable overview={overview} revoke={revoke} reissue={reissue} />
    </>
  );

  return (
    <>
      <TopBar />
      <main class="page page-wide organise">
        <h1>{overview.partnership.name}</h1>
        <p>{overview.partnership.challenge}</p>
        <p class="muted">
          {fill(t(text.about), {
            fn: t(functionLabels[overview.partnership.collaborationFunction as CollaborationFunction]),
            horizon: overview.partnership.horizon,
          })}
        </p>

        <EnglishTextsForm
          key={`${overview.partnership.nameEn}|${overview.partnership.challengeEn}`}
          api={api}
          stored={overview.partnership}
          onSaved={changed}
          onError={setError}
        />

        <p class="notice" role="status">
          {notice}
        </p>
        {error ? (
          <p class="error-text" role="alert">
            {error}
          </p>
        ) : null}
        {warning ? (
          <p class="warning-text" role="alert">
            {warning}
          </p>
        ) : null}

        <h2>{t(text.partners)}</h2>
        <ul class="plain-list">
          {overview.partners.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong>{' '}
              <span class="muted">
                — {t(sectorLabels[p.sector as Sector])}
                {p.expectedStaff ? `, ${fill(t(text.staff), { n: p.expectedStaff })}` : ''}
                {p.shownAsOrganisation ? `, ${t(text.shownAs)}` : ''}
              </span>
            </li>
          ))}
        </ul>

        <h2>{t(text.survey)}</h2>
        {overview.surveys.length > 1 ? (
          <div class="inline-form">
            <div>
              <label for="survey-choice">{t(text.chooseSurvey)}</label>
              <select id="survey-choice" value={surveyId ?? ''} onChange={(e) => setSurveyId(e.currentTarget.value)}>
                {overview.surveys.map((s) => (
                  <option key={s.id} value={s.id}>{`${s.title} (${s.opensOn})`}</option>
                ))}
              </select>
            </div>
          </div>
        ) : null}
        {survey ? (
          <p class="survey-title">
            <strong>{survey.title}</strong>
          </p>
        ) : (
          <p>{t(text.noSurvey)}</p>
        )}

        {survey ? (
          <SurveyPanel api={api} survey={survey} secret={secret!} onChanged={changed} onError={setError}>
            <section aria-labelledby="links-per-partner">
              <h2 id="links-per-partner">{t(text.links)}</h2>
              <p class="muted">{t(text.linksHelp)}</p>
              <div class="partner-grid">
                {overview.partners.map((p) => (
                  <PartnerLinks key={`${survey.id}:${p.id}`} overview={overview} survey={survey} partner={p} issue={issue} />
                ))}
              </div>
            </section>
            {reportAndLinks}
          </SurveyPanel>
        ) : (
          reportAndLinks
        )}

        <section aria-labelledby="another-survey">
          <h2 id="another-survey">{t(text.another)}</h2>
          <details>
            <summary>{t(text.anotherHelp)}</summary>
            <form
              class="form"
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                const json = surveyBody(draft);
                if (!surveyForm.check(NewSurveySchema, json)) return;
                const res = await api.organiser.surveys.$post({ json });
                if (res.status !== 201) return setError((await readError(res)).message);
                const { survey: created } = await res.json();
                setSurveyId(created.id);
                await changed(t(text.createdSurvey));
              }}
            >
              <SurveyFields draft={draft} onChange={setDraft} idPrefix="another" form={surveyForm} />
              {surveyForm.summary}
              <div class="actions">
                <button type="submit">{t(text.create)}</button>
              </div>
            </form>
          </details>
        </section>
      </main>
    </>
  );
}
