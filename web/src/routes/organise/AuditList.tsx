/**
 * The audit list: per day (never a time), which organiser link did what to which link or survey,
 * and how many invitations and reminders it sent. Nothing about any respondent is in it.
 */
import type { AuditAction } from '../../../../core/audit';
import { DataTable } from '../../components/DataTable';
import { fill, type Localized, useLanguage } from '../../lib/i18n';
import { scopeLabels } from '../../lib/labels';
import { type Plural, wordsFor } from '../../lib/words';
import type { AuditEvent, Overview } from './types';

const text = {
  title: { nl: 'Logboek', en: 'Audit list' },
  everyWave: { nl: 'alle metingen', en: 'every wave' },
  help: {
    nl: 'Wat er met links en vragenlijsten gebeurde, per dag en door welke organisatorlink (de nieuwste eerst). Alleen de dag wordt bewaard, geen tijdstip, en niets over respondenten.',
    en: 'What happened to links and surveys, by day and by which organiser link (newest first). Only the day is kept, no time, and nothing about respondents.',
  },
  caption: { nl: 'Logboek van deze samenwerking', en: 'Audit list of this partnership' },
  day: { nl: 'Dag', en: 'Day' },
  who: { nl: 'Door', en: 'By' },
  what: { nl: 'Wat', en: 'What' },
  loading: { nl: 'Het logboek wordt geladen…', en: 'Loading the audit list…' },
  gone: { nl: 'een ingetrokken link', en: 'a revoked link' },
  links: { nl: '{n} links', en: '{n} links' },
} as const;

const actions: Record<AuditAction, Localized> = {
  issued: { nl: 'Gemaakt', en: 'Issued' },
  revoked: { nl: 'Ingetrokken', en: 'Revoked' },
  reissued: { nl: 'Opnieuw uitgegeven', en: 'Re-issued' },
  exported: { nl: 'Geëxporteerd', en: 'Exported' },
  survey_created: { nl: 'Vragenlijst aangemaakt', en: 'Survey created' },
  settings_changed: { nl: 'Data of drempel gewijzigd', en: 'Dates or threshold changed' },
  closed: { nl: 'Vragenlijst gesloten', en: 'Survey closed' },
  reopened: { nl: 'Vragenlijst heropend', en: 'Survey reopened' },
  responses_deleted: { nl: 'Antwoorden verwijderd', en: 'Responses deleted' },
  invitations_sent: { nl: 'Uitnodigingen verstuurd', en: 'Invitations sent' },
  reminders_sent: { nl: 'Herinneringen verstuurd', en: 'Reminders sent' },
};

/** Sends are counted in messages (never who they went to); a day's sends of one kind add up in one row. */
const messages: Plural = { nl: { one: 'bericht', other: 'berichten' }, en: { one: 'message', other: 'messages' } };
const isSend = (e: AuditEvent) => e.action === 'invitations_sent' || e.action === 'reminders_sent';

const exportedResponses: Localized = { nl: 'antwoorden', en: 'responses' };

export function AuditList(props: { overview: Overview; events: readonly AuditEvent[] | null; firstLabel: string }) {
  const { language, t } = useLanguage();
  const words = wordsFor(language);
  const { overview } = props;
  const partner = (id: string | null) => overview.partners.find((p) => p.id === id)?.name;
  const survey = (id: string | null) => overview.surveys.find((s) => s.id === id)?.title;
  const who = (e: AuditEvent) => (e.actorLinkId === null ? t(text.gone) : (e.actorLabel ?? props.firstLabel));
  const what = (e: AuditEvent) => {
    const object =
      e.scope === 'organiser'
        ? [t(scopeLabels.organiser), e.linkLabel ?? (e.linkId !== null && e.linkId === e.actorLinkId ? props.firstLabel : null)]
        : [
            e.scope ? t(scopeLabels[e.scope]) : e.action === 'exported' ? t(exportedResponses) : null,
            e.linkLabel,
            partner(e.partnerId),
            // A report or lead link made for the partnership reads every wave.
            (e.scope === 'report' || e.scope === 'lead') && e.surveyId === null ? t(text.everyWave) : survey(e.surveyId),
            e.count && isSend(e) ? words.count(e.count, messages) : e.count && e.count > 1 ? fill(t(text.links), { n: e.count }) : null,
          ];
    return [t(actions[e.action]), object.filter(Boolean).join(', ')].filter(Boolean).join(': ');
  };
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t(text.title)}</h2>
      <p class="muted">{t(text.help)}</p>
      {props.events === null ? (
        <p aria-busy="true">{t(text.loading)}</p>
      ) : (
        <DataTable caption={t(text.caption)} columns={[t(text.day), t(text.who), t(text.what)]}>
          {props.events.map((e) => (
            <tr key={e.seq}>
              <td>{words.date(e.day)}</td>
              <td>{who(e)}</td>
              <td>{what(e)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
