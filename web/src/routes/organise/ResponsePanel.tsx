/**
 * The response to one survey, kept fresh by itself: per partner invited, started, completed, the
 * response rate against the staff it expected, and whether it has reached k (so the report shows
 * it). Counts only, never an answer. Completions per day, dated in the reader's language.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import { effectiveMinGroupSize, partnerVisibility } from '../../../../core/confidentiality';
import { DataTable } from '../../components/DataTable';
import { fill, useLanguage } from '../../lib/i18n';
import { usePolling } from '../../lib/usePolling';
import { wordsFor } from '../../lib/words';
import type { OverviewSurvey, Progress } from './types';
import type { Organiser } from './useOrganiser';

const text = {
  title: { nl: 'Respons', en: 'Response' },
  help: {
    nl: 'Alleen aantallen, nooit antwoorden. De tabel ververst vanzelf zolang deze pagina open staat.',
    en: 'Counts only, never answers. The table refreshes by itself while this page is open.',
  },
  caption: { nl: 'Respons per partner', en: 'Response per partner' },
  partner: { nl: 'Partner', en: 'Partner' },
  invited: { nl: 'Uitgenodigd', en: 'Invited' },
  started: { nl: 'Begonnen', en: 'Started' },
  completed: { nl: 'Voltooid', en: 'Completed' },
  rate: { nl: 'Respons', en: 'Response rate' },
  report: { nl: 'In het rapport (k = {k})', en: 'In the report (k = {k})' },
  reached: { nl: 'Ja: k bereikt', en: 'Yes: k reached' },
  asOrganisation: { nl: 'Ja: als standpunt van de organisatie', en: "Yes: as the organisation's position" },
  needed: { nl: 'Nog niet: nog {n} nodig', en: 'Not yet: {n} more needed' },
  unknown: { nl: 'onbekend', en: 'unknown' },
  perDay: { nl: 'Voltooid per dag', en: 'Completed per day' },
  day: { nl: 'Dag', en: 'Day' },
  noneYet: { nl: 'Nog geen antwoorden.', en: 'No answers yet.' },
  updated: { nl: 'Bijgewerkt om {time}.', en: 'Updated at {time}.' },
  refresh: { nl: 'Nu verversen', en: 'Refresh now' },
};

/** Polls every 20 s while the response moves, slowing to every 5 minutes while it does not. */
const TIMING = { shortest: 20_000, longest: 300_000 } as const;

export function ResponsePanel({ org, survey }: { org: Organiser; survey: OverviewSurvey }) {
  const { language, t } = useLanguage();
  const words = wordsFor(language);
  const [progress, setProgress] = useState<Progress | null>(null);
  /** The last answer as JSON: a poll that brings the same counts slows the next one down. */
  const latest = useRef('');
  const { api, send, overview } = org;
  const surveyId = survey.id;
  const poll = useCallback(async () => {
    const res = await send(() => api.organiser.surveys[':surveyId'].progress.$get({ param: { surveyId } }));
    if (!res) return false;
    const next = (await res.json()) as Progress;
    const seen = JSON.stringify(next);
    if (seen === latest.current) return false;
    latest.current = seen;
    setProgress(next);
    return true;
  }, [api, send, surveyId]);
  const { lastPolled, pollNow } = usePolling(poll, TIMING);

  const k = effectiveMinGroupSize(survey.minGroupSize);
  const inReport = (partnerId: string, completed: number) => {
    const partner = overview.partners.find((p) => p.id === partnerId);
    const visibility = partnerVisibility({ shownAsOrganisation: partner?.shownAsOrganisation ?? false, respondents: completed }, k);
    if (visibility.status === 'not_enough_responses') return fill(t(text.needed), { n: k - completed });
    return t(visibility.basis === 'anonymous_group' ? text.reached : text.asOrganisation);
  };
  const days = [...new Set(progress?.partners.flatMap((p) => p.completedPerDay.map((d) => d.day)) ?? [])].sort().reverse();

  return (
    <section aria-labelledby="response-title">
      <h2 id="response-title">{t(text.title)}</h2>
      <p class="muted">{t(text.help)}</p>
      {progress ? (
        <>
          <DataTable
            caption={t(text.caption)}
            columns={[
              t(text.partner),
              { label: t(text.invited), number: true },
              { label: t(text.started), number: true },
              { label: t(text.completed), number: true },
              { label: t(text.rate), number: true },
              fill(t(text.report), { k }),
            ]}
          >
            {progress.partners.map((p) => (
              <tr key={p.partnerId}>
                <th scope="row">{p.name}</th>
                <td class="number">{p.invited ?? t(text.unknown)}</td>
                <td class="number">{p.started}</td>
                <td class="number">{p.completed}</td>
                <td class="number">
                  {p.responseRate === null ? (
                    t(text.unknown)
                  ) : (
                    <span class="rate">
                      {words.percent(p.responseRate)}
                      <meter min={0} max={1} value={Math.min(1, p.responseRate)} aria-hidden="true" />
                    </span>
                  )}
                </td>
                <td>{inReport(p.partnerId, p.completed)}</td>
              </tr>
            ))}
          </DataTable>
          <h3>{t(text.perDay)}</h3>
          {days.length === 0 ? (
            <p class="muted">{t(text.noneYet)}</p>
          ) : (
            <DataTable
              caption={t(text.perDay)}
              columns={[t(text.day), ...progress.partners.map((p) => ({ label: p.name, number: true, key: p.partnerId }))]}
            >
              {days.map((d) => (
                <tr key={d}>
                  <th scope="row">{words.date(d)}</th>
                  {progress.partners.map((p) => (
                    <td class="number" key={p.partnerId}>
                      {p.completedPerDay.find((x) => x.day === d)?.completed ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </DataTable>
          )}
        </>
      ) : null}
      <div class="inline-form">
        <p class="muted small">{lastPolled ? fill(t(text.updated), { time: words.time(lastPolled) }) : ''}</p>
        <button type="button" class="secondary" onClick={() => void pollNow()}>
          {t(text.refresh)}
        </button>
      </div>
    </section>
  );
}
