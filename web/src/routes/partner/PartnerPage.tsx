/**
 * The partner contact's page: how many colleagues of their own organisation have answered, the
 * organisation's links, and (from version 2) the facts the contact states for the organisation, not
 * anonymously. Nothing about other partners, and no answers.
 */
import type { InferResponseType } from 'hono/client';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Message } from '../../components/Message';
import { TopBar } from '../../components/TopBar';
import { type Api, apiClient, readError, secretFromLocation } from '../../lib/api';
import { useLatest } from '../../lib/hooks';
import { fill, useLanguage } from '../../lib/i18n';
import { scopeLabels } from '../../lib/labels';
import { wordsFor } from '../../lib/words';
import { FactsForm } from './FactsForm';
import '../../components/admin-pages.css';

type View = InferResponseType<Api['partner']['$get'], 200>;

const text = {
  loading: { nl: 'Laden…', en: 'Loading…' },
  unknown: { nl: 'Deze link werkt niet', en: 'This link does not work' },
  noSecret: { nl: 'Open de link die u van de organisator kreeg.', en: 'Open the link you received from the organiser.' },
  intro: {
    nl: 'U volgt hier de respons van {partner}. U ziet alleen aantallen van uw eigen organisatie, nooit antwoorden.',
    en: 'Here you follow the response of {partner}. You see only counts for your own organisation, never answers.',
  },
  open: { nl: 'open', en: 'open' },
  closed: { nl: 'gesloten', en: 'closed' },
  closes: { nl: 'sluit na {day}', en: 'closes after {day}' },
  figures: { nl: 'Respons van {partner}', en: 'Response of {partner}' },
  invited: { nl: 'Uitgenodigd', en: 'Invited' },
  started: { nl: 'Begonnen', en: 'Started' },
  completed: { nl: 'Voltooid', en: 'Completed' },
  rate: { nl: 'Respons', en: 'Response rate' },
  unknownCount: { nl: 'onbekend', en: 'unknown' },
  perDay: { nl: 'Voltooid per dag', en: 'Completed per day' },
  day: { nl: 'Dag', en: 'Day' },
  threshold: {
    nl: 'Het rapport toont pas iets over uw organisatie vanaf {k} antwoorden.',
    en: 'The report shows anything about your organisation only from {k} answers.',
  },
  links: { nl: 'Links van uw organisatie', en: "Your organisation's links" },
  linksHelp: {
    nl: 'Welke links er zijn en hoe vaak ze gebruikt zijn. De links zelf heeft de organisator; vraag hem of haar om een nieuwe als er een kwijt is.',
    en: 'Which links exist and how often they were used. The organiser has the links themselves; ask them for a new one if one is lost.',
  },
  kind: { nl: 'Soort', en: 'Kind' },
  label: { nl: 'Omschrijving', en: 'Label' },
  uses: { nl: 'Gebruikt / maximum', en: 'Used / maximum' },
  state: { nl: 'Status', en: 'Status' },
  live: { nl: 'Werkt', en: 'Works' },
  revoked: { nl: 'Ingetrokken', en: 'Revoked' },
  none: { nl: 'Nog geen links.', en: 'No links yet.' },
};

export default function PartnerPage() {
  const { language, t } = useLanguage();
  const words = wordsFor(language);
  const secret = useMemo(secretFromLocation, []);
  const languageRef = useLatest(language);
  const [view, setView] = useState<View | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const api = useMemo(() => apiClient(secret, language), [secret, language]);

  useEffect(() => {
    if (!secret) return;
    // Loaded once per link: the counts are the same in every language; the language only picks the error's.
    void (async () => {
      try {
        const res = await apiClient(secret, languageRef.current).partner.$get();
        if (!res.ok) return setFailed((await readError(res)).message);
        setView(await res.json());
      } catch (error) {
        console.error('loading the partner page failed', error);
        setFailed(error instanceof Error ? error.message : String(error));
      }
    })();
  }, [secret, languageRef]);

  if (failed || !secret)
    return (
      <>
        <TopBar />
        <main class="page">
          <Message title={t(text.unknown)} tone="error">
            <p>{failed ?? t(text.noSecret)}</p>
          </Message>
        </main>
      </>
    );
  if (!view)
    return (
      <>
        <TopBar />
        <main class="page">
          <p aria-busy="true">{t(text.loading)}</p>
        </main>
      </>
    );
  const rate = (value: number | null) => (value === null ? t(text.unknownCount) : words.percent(value));

  return (
    <>
      <TopBar title={view.partner.name} />
      <main class="page organise">
        <h1>{view.partnership.name}</h1>
        <p>{fill(t(text.intro), { partner: view.partner.name })}</p>
        {view.surveys.map((survey) => (
          <section key={survey.id} aria-labelledby={`survey-${survey.id}`}>
            <h2 id={`survey-${survey.id}`}>
              {survey.title}{' '}
              <span class="muted small">
                ({survey.isOpen ? t(text.open) : t(text.closed)}
                {survey.closesOn ? `, ${fill(t(text.closes), { day: words.date(survey.closesOn) })}` : ''})
              </span>
            </h2>
            <dl class="figures" aria-label={fill(t(text.figures), { partner: view.partner.name })}>
              <div>
                <dt>{t(text.invited)}</dt>
                <dd>{survey.progress.invited ?? t(text.unknownCount)}</dd>
              </div>
              <div>
                <dt>{t(text.started)}</dt>
                <dd>{survey.progress.started}</dd>
              </div>
              <div>
                <dt>{t(text.completed)}</dt>
                <dd>{survey.progress.completed}</dd>
              </div>
              <div>
                <dt>{t(text.rate)}</dt>
                <dd>{rate(survey.progress.responseRate)}</dd>
              </div>
            </dl>
            <p class="muted small">{fill(t(text.threshold), { k: survey.minGroupSize })}</p>
            {survey.facts ? (
              <FactsForm api={api} surveyId={survey.id} version={survey.instrumentVersion} stated={survey.facts.stated} />
            ) : null}
            {survey.progress.completedPerDay.length > 0 ? (
              <table>
                <caption>{t(text.perDay)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(text.day)}</th>
                    <th scope="col" class="number">
                      {t(text.completed)}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {survey.progress.completedPerDay.map((d) => (
                    <tr key={d.day}>
                      <th scope="row">{words.date(d.day)}</th>
                      <td class="number">{d.completed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </section>
        ))}
        <section aria-labelledby="own-links">
          <h2 id="own-links">{t(text.links)}</h2>
          <p class="muted">{t(text.linksHelp)}</p>
          {view.links.length === 0 ? (
            <p>{t(text.none)}</p>
          ) : (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways on a phone must be reachable by keyboard (WCAG 2.1.1).
            <section class="table-scroll" tabIndex={0} aria-label={t(text.links)}>
              <table>
                <caption class="visually-hidden">{t(text.links)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(text.kind)}</th>
                    <th scope="col">{t(text.label)}</th>
                    <th scope="col">{t(text.uses)}</th>
                    <th scope="col">{t(text.state)}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.links.map((l) => (
                    <tr key={l.id}>
                      <td>{t(scopeLabels[l.scope])}</td>
                      <td>{l.label ?? ''}</td>
                      <td>{`${l.uses} / ${l.maxUses ?? '–'}`}</td>
                      <td>{l.revoked ? t(text.revoked) : t(text.live)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </section>
      </main>
    </>
  );
}
