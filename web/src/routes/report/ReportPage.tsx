/**
 * The alignment report for partnership leads (report or organiser link).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Message } from '../../components/Message';
import { TopBar } from '../../components/TopBar';
import { apiClient, readError, secretFromLocation } from '../../lib/api';
import { useLanguage } from '../../lib/i18n';

const text = {
  loading: { nl: 'Het rapport wordt geladen…', en: 'Loading the report…' },
  failed: { nl: 'Het rapport kon niet laden', en: 'The report could not load' },
  responses: { nl: 'Reacties per partner', en: 'Responses per partner' },
  partner: { nl: 'Partner', en: 'Partner' },
  n: { nl: 'Aantal reacties', en: 'Responses' },
  notEnough: { nl: 'Nog niet genoeg reacties (minder dan {k})', en: 'Not enough responses yet (fewer than {k})' },
};

type Model = Awaited<ReturnType<Awaited<ReturnType<ReturnType<typeof apiClient>['report']['$get']>>['json']>>;

export default function ReportPage() {
  const { language, t } = useLanguage();
  const secret = useMemo(secretFromLocation, []);
  const [model, setModel] = useState<Model | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      const res = await apiClient(secret, language).report.$get({ query: {} });
      if (!res.ok) return setFailed((await readError(res)).message);
      setModel(await res.json());
    })();
  }, []);
  if (failed) return <><TopBar /><main class="page"><Message title={t(text.failed)} tone="error"><p>{failed}</p></Message></main></>;
  if (!model) return <><TopBar /><main class="page"><p aria-busy="true">{t(text.loading)}</p></main></>;
  const k = model.report.minGroupSize;
  return (
    <>
      <TopBar />
      <main class="page page-wide">
        <h1>{model.partnership.name}</h1>
        <p>{model.partnership.challenge}</p>
        <h2>{t(text.responses)}</h2>
        <table>
          <thead><tr><th scope="col">{t(text.partner)}</th><th scope="col">{t(text.n)}</th></tr></thead>
          <tbody>
            {model.report.partners.map((p) => (
              <tr key={p.id}><th scope="row">{p.name}</th><td>{p.status === 'shown' ? p.respondents : t(text.notEnough).replace('{k}', String(k))}</td></tr>
            ))}
          </tbody>
        </table>
        {model.report.partners.flatMap((p) => (p.status === 'shown' ? [p] : [])).map((p) => (
          <section key={p.id}>
            <h2>{p.name}</h2>
            <ul>
              {model.report.sections.flatMap((s) => s.items).flatMap((i) => {
                const own = i.kind === 'scale' ? i.byPartner.find((x) => x.partnerId === p.id) : undefined;
                return own && own.mean !== null ? [<li key={i.itemId}>{i.itemId}: {own.mean.toFixed(2)} (n = {own.n})</li>] : [];
              })}
            </ul>
          </section>
        ))}
      </main>
    </>
  );
}
