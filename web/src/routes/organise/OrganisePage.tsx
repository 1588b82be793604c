/**
 * The organiser's page: partners, their respondent links, and the report link.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Message } from '../../components/Message';
import { TopBar } from '../../components/TopBar';
import { apiClient, readError, secretFromLocation } from '../../lib/api';
import { useLanguage } from '../../lib/i18n';

const text = {
  loading: { nl: 'Laden…', en: 'Loading…' },
  unknown: { nl: 'Deze link werkt niet', en: 'This link does not work' },
  partners: { nl: 'Partners en hun links', en: 'Partners and their links' },
  openLink: { nl: 'Open link maken', en: 'Create open link' },
  reportLink: { nl: 'Rapportlink maken', en: 'Create report link' },
  report: { nl: 'Rapport bekijken', en: 'View report' },
  respondentLink: { nl: 'Link voor respondenten van {partner}', en: 'Respondent link for {partner}' },
};

type View = Awaited<ReturnType<Awaited<ReturnType<ReturnType<typeof apiClient>['organiser']['$get']>>['json']>>;

export default function OrganisePage() {
  const { language, t } = useLanguage();
  const secret = useMemo(secretFromLocation, []);
  const api = apiClient(secret, language);
  const [view, setView] = useState<View | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [issued, setIssued] = useState<Record<string, string>>({});

  useEffect(() => {
    void (async () => {
      const res = await api.organiser.$get();
      if (!res.ok) return setFailed((await readError(res)).message);
      setView(await res.json());
    })();
  }, []);

  async function issue(key: string, body: Parameters<typeof api.organiser.links.$post>[0]['json'], path: string) {
    const res = await api.organiser.links.$post({ json: body });
    if (res.status !== 201) return setFailed((await readError(res)).message);
    const { links } = await res.json();
    setIssued({ ...issued, [key]: `${location.origin}${path}#${links[0]!.secret}` });
  }

  if (failed) return <><TopBar /><main class="page"><Message title={t(text.unknown)} tone="error"><p>{failed}</p></Message></main></>;
  if (!view) return <><TopBar /><main class="page"><p aria-busy="true">{t(text.loading)}</p></main></>;
  const survey = view.surveys.at(-1);
  return (
    <>
      <TopBar />
      <main class="page">
        <h1>{view.partnership.name}</h1>
        <p>{view.partnership.challenge}</p>
        <h2>{t(text.partners)}</h2>
        <ul class="plain-list">
          {view.partners.map((partner) => (
            <li key={partner.id}>
              <strong>{partner.name}</strong>{' '}
              {survey ? (
                <button type="button" class="secondary" onClick={() => issue(partner.id, { scope: 'respondent_open', surveyId: survey.id, partnerId: partner.id }, '/respond')}>
                  {t(text.openLink)}
                </button>
              ) : null}
              {issued[partner.id] ? <p><span class="visually-hidden">{t(text.respondentLink).replace('{partner}', partner.name)}: </span><code class="link-text">{issued[partner.id]}</code></p> : null}
            </li>
          ))}
        </ul>
        <div class="actions">
          <button type="button" onClick={() => issue('report', { scope: 'report' }, '/report')}>{t(text.reportLink)}</button>
          <a class="button secondary" href={`/report#${secret}`}>{t(text.report)}</a>
        </div>
        {issued['report'] ? <p><code class="link-text">{issued['report']}</code></p> : null}
      </main>
    </>
  );
}
