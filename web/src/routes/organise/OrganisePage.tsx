/**
 * The organiser's page (laptop): one partnership, in parts — the response, the links, the survey,
 * the waves, and hand-over with the audit list — one at a time as tabs. Everything the organiser
 * link can do, in Dutch and English.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Message } from '../../components/Message';
import { rememberTab, Tabs, tabFromLocation } from '../../components/Tabs';
import { TopBar } from '../../components/TopBar';
import { secretFromLocation } from '../../lib/api';
import { useDocumentTitle } from '../../lib/hooks';
import { fill, useLanguage } from '../../lib/i18n';
import { functionLabels, sectorLabels } from '../../lib/labels';
import { locales } from '../../lib/words';
import { EnglishTextsForm } from './EnglishTexts';
import { HandoverPanel } from './HandoverPanel';
import { LinksPanel } from './LinksPanel';
import { ResponsePanel } from './ResponsePanel';
import { SurveyPanel } from './SurveyPanel';
import type { Overview } from './types';
import { type Organiser, useOrganiser } from './useOrganiser';
import { WavesPanel } from './WavesPanel';
import '../../components/admin-pages.css';

const text = {
  loading: { nl: 'Laden…', en: 'Loading…' },
  unknown: { nl: 'Deze link werkt niet', en: 'This link does not work' },
  notLoaded: { nl: 'De organisatorpagina kon niet laden', en: 'The organiser page could not load' },
  noSecret: {
    nl: 'Open de organisatorlink die u kreeg toen u de samenwerking aanmaakte, of die een collega-organisator u gaf.',
    en: 'Open the organiser link you received when you created the partnership, or that a fellow organiser gave you.',
  },
  lost: {
    nl: 'Deze organisatorlink is onbekend of ingetrokken. Heeft een collega een andere organisatorlink van deze samenwerking? Die kan op de pagina "Overdracht" uw link vervangen. Zonder enige organisatorlink is de samenwerking niet terug te halen, ook niet door ons: er is geen sleutel die alleen wij hebben.',
    en: 'This organiser link is unknown or has been revoked. Does a colleague have another organiser link of this partnership? They can replace yours on the "Hand-over" page. Without any organiser link the partnership cannot be recovered, not even by us: there is no key that only we hold.',
  },
  context: { nl: '{fn} · stip op de horizon: {horizon}', en: '{fn} · point on the horizon: {horizon}' },
  partners: { nl: 'Partners: {list}', en: 'Partners: {list}' },
  survey: { nl: 'Vragenlijst', en: 'Survey' },
  chooseSurvey: { nl: 'Meting waarmee u werkt', en: 'Wave you are working on' },
  noSurvey: {
    nl: 'Deze samenwerking heeft nog geen vragenlijst. Maak er een onder "Metingen".',
    en: 'This partnership has no survey yet. Create one under "Waves".',
  },
  parts: { nl: 'Onderdelen van de organisatorpagina', en: 'Parts of the organiser page' },
  tabs: {
    response: { nl: 'Respons', en: 'Response' },
    links: { nl: 'Links', en: 'Links' },
    survey: { nl: 'Vragenlijst', en: 'Survey' },
    waves: { nl: 'Metingen', en: 'Waves' },
    handover: { nl: 'Overdracht', en: 'Hand-over' },
  },
  backup: {
    nl: 'Alleen u heeft een organisatorlink. Raakt u hem kwijt, dan kan niemand deze samenwerking nog beheren. Maak een reserve-organisatorlink voor een collega.',
    en: 'Only you have an organiser link. If you lose it, nobody can manage this partnership any more. Create a backup organiser link for a colleague.',
  },
  toBackup: { nl: 'Naar Overdracht', en: 'Go to Hand-over' },
};

const tabIds = ['response', 'links', 'survey', 'waves', 'handover'] as const;
type TabId = (typeof tabIds)[number];

export default function OrganisePage() {
  const { language, t } = useLanguage();
  const secret = useMemo(secretFromLocation, []);
  const organiser = useOrganiser(secret, language);
  const { overview } = organiser;
  useDocumentTitle('kind' in overview ? undefined : overview.partnership.name);

  const failed = 'kind' in overview && overview.kind === 'failed' ? overview : null;
  if (!secret || failed) {
    // A lost organiser link is not a dead end while a colleague holds another one: say so.
    const message = !secret ? t(text.noSecret) : failed?.code === 'link_not_found' ? t(text.lost) : (failed?.message ?? '');
    return (
      <>
        <TopBar />
        <main class="page">
          <Message title={t(!secret || failed?.code === 'link_not_found' ? text.unknown : text.notLoaded)} tone="error">
            <p>{message}</p>
          </Message>
        </main>
      </>
    );
  }
  if ('kind' in overview)
    return (
      <>
        <TopBar />
        <main class="page">
          <p aria-busy="true">{t(text.loading)}</p>
        </main>
      </>
    );
  return <Loaded org={{ ...organiser, overview, secret }} />;
}

/** The first survey to work on: the newest. */
const newest = (overview: Overview) => overview.surveys.at(-1)?.id ?? null;

function Loaded({ org }: { org: Organiser }) {
  const { language, t } = useLanguage();
  const { overview } = org;
  const [tab, setTab] = useState<TabId>(() => tabFromLocation(tabIds));
  const [surveyId, setSurveyId] = useState<string | null>(() => newest(overview));
  // A survey that is gone (never, today) or none chosen yet: the newest.
  useEffect(() => {
    if (!overview.surveys.some((s) => s.id === surveyId)) setSurveyId(newest(overview));
  }, [overview, surveyId]);
  const survey = overview.surveys.find((s) => s.id === surveyId);
  const select = (id: TabId) => {
    setTab(id);
    rememberTab(id);
  };
  const liveOrganisers = overview.links.filter((l) => l.scope === 'organiser' && !l.revoked).length;
  const { partnership } = overview;

  const panel = () => {
    if (tab === 'waves') return <WavesPanel org={org} surveyId={surveyId} choose={setSurveyId} />;
    if (tab === 'handover') return <HandoverPanel org={org} />;
    if (!survey) return <p>{t(text.noSurvey)}</p>;
    if (tab === 'response') return <ResponsePanel key={survey.id} org={org} survey={survey} />;
    if (tab === 'links') return <LinksPanel org={org} survey={survey} />;
    return <SurveyPanel key={survey.id} org={org} survey={survey} />;
  };

  return (
    <>
      <TopBar />
      <main class="page page-wide organise">
        <h1>{partnership.name}</h1>
        <p>{partnership.challenge}</p>
        <p class="muted">
          {fill(t(text.context), { fn: t(functionLabels[partnership.collaborationFunction]), horizon: partnership.horizon })}
          <br />
          {fill(t(text.partners), {
            list: new Intl.ListFormat(locales[language]).format(
              overview.partners.map((p) => `${p.name} – ${t(sectorLabels[p.sector]).toLowerCase()}`),
            ),
          })}
        </p>
        <EnglishTextsForm
          key={`${partnership.nameEn}|${partnership.challengeEn}`}
          api={org.api}
          stored={partnership}
          onSaved={org.changed}
          onError={org.setError}
        />
        {liveOrganisers < 2 && tab !== 'handover' ? (
          <div class="backup-nudge">
            <p>{t(text.backup)}</p>
            <button type="button" class="secondary" onClick={() => select('handover')}>
              {t(text.toBackup)}
            </button>
          </div>
        ) : null}
        {overview.surveys.length > 1 && tab !== 'waves' && tab !== 'handover' ? (
          <div class="inline-form">
            <div>
              <label for="survey-choice">{t(text.chooseSurvey)}</label>
              <select id="survey-choice" value={surveyId ?? ''} onChange={(e) => setSurveyId(e.currentTarget.value)}>
                {overview.surveys.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : null}
        <p class="notice" role="status">
          {org.notice}
        </p>
        {org.error ? (
          <p class="error-text" role="alert">
            {org.error}
          </p>
        ) : null}
        {org.warning ? (
          <p class="warning-text" role="alert">
            {org.warning}
          </p>
        ) : null}
        <Tabs label={t(text.parts)} tabs={tabIds.map((id) => ({ id, label: t(text.tabs[id]) }))} selected={tab} onSelect={select}>
          {survey && tab !== 'waves' && tab !== 'handover' ? (
            <p class="survey-title">
              {t(text.survey)}: <strong>{survey.title}</strong>
            </p>
          ) : null}
          {panel()}
        </Tabs>
      </main>
    </>
  );
}
