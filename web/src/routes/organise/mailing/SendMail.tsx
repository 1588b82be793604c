/**
 * Sending the invitation and the reminder from Samenwaarde itself, to the people of the kept list:
 * the organiser gives the address replies go to (kept in this browser), picks the language, and
 * sends; each person's address goes to the server only inside their own message, which the server
 * sends and forgets. Per person the page shows what happened, keeps it with the list on this device,
 * and offers a new try to those whose message failed for a reason that may pass.
 */
import { useState } from 'preact/hooks';
import type { Language } from '../../../../../core/instrument/types';
import type { Letter } from '../../../../../core/invitation';
import { EmailSchema, MAIL_SENDS_PER_LINK, type MailFailure } from '../../../../../core/schemas/mail';
import { fill, type Localized, useLanguage } from '../../../lib/i18n';
import { languageLabels } from '../../../lib/labels';
import { useFormCheck } from '../../../lib/validation';
import { wordsFor } from '../../../lib/words';
import type { OverviewPartner, OverviewSurvey } from '../types';
import type { Organiser } from '../useOrganiser';
import { type ListedPerson, loadReplyTo, type MailRecord, saveReplyTo } from './device-list';
import { type RunEnd, recipients, sendLetter } from './sending';

const text = {
  title: { nl: 'Versturen vanuit Samenwaarde', en: 'Send from Samenwaarde' },
  help: {
    nl: 'Samenwaarde stuurt iedereen op de lijst een eigen bericht met zijn of haar persoonlijke link. Elk adres gaat alleen mee met dat ene bericht: onze server bewaart geen adres en schrijft er geen op. Antwoorden op het bericht komen bij u.',
    en: 'Samenwaarde sends everyone on the list a message of their own with their personal link. Each address goes only with that one message: our server keeps no address and writes none down. Replies to the message come to you.',
  },
  replyTo: { nl: 'Antwoorden gaan naar (uw e-mailadres)', en: 'Replies go to (your e-mail address)' },
  replyToHelp: {
    nl: 'Bewaard in deze browser voor de volgende keer, niet op onze server.',
    en: 'Kept in this browser for next time, not on our server.',
  },
  language: { nl: 'Taal van het bericht', en: 'Language of the message' },
  perPerson: { nl: 'Per persoon, zoals in de lijst (anders {language})', en: 'Per person, as in the list (otherwise {language})' },
  invite: { nl: 'Uitnodiging versturen aan {n}', en: 'Send the invitation to {n}' },
  remind: { nl: 'Herinnering versturen aan de {n} die nog niet antwoordden', en: 'Send the reminder to the {n} who have not answered' },
  again: { nl: 'Opnieuw proberen bij wie het mislukte ({n})', en: 'Try again for those that failed ({n})' },
  confirm: {
    nl: '{letter} nu versturen aan {n}? Iedereen krijgt een eigen bericht met zijn of haar persoonlijke link.',
    en: 'Send the {letter} to {n} now? Everyone gets a message of their own with their personal link.',
  },
  people: { nl: { one: 'persoon', other: 'mensen' }, en: { one: 'person', other: 'people' } },
  sending: { nl: 'Bezig met versturen: {done} van {total}…', en: 'Sending: {done} of {total}…' },
  waiting: {
    nl: 'Even wachten ({s} seconden): er gingen veel berichten tegelijk weg.',
    en: 'Waiting a moment ({s} seconds): many messages went out at once.',
  },
  done: { nl: 'Klaar: {sent} verstuurd, {failed} niet verstuurd.', en: 'Done: {sent} sent, {failed} not sent.' },
  stopped: { nl: 'Gestopt na {sent} verstuurd: {reason}', en: 'Stopped after {sent} sent: {reason}' },
  today: {
    nl: 'Vandaag {sent} van de {limit} berichten voor deze vragenlijst verstuurd.',
    en: 'Today {sent} of the {limit} messages for this survey sent.',
  },
  outbox: {
    nl: 'Alleen op deze computer: bekijk wat verstuurd zou zijn (outbox)',
    en: 'On this computer only: see what would have been sent (outbox)',
  },
  caption: { nl: 'Per persoon: wat er verstuurd is', en: 'Per person: what was sent' },
  name: { nl: 'Naam', en: 'Name' },
  email: { nl: 'E-mailadres', en: 'E-mail address' },
  state: { nl: 'Stand', en: 'Status' },
  answered: { nl: 'Heeft geantwoord', en: 'Has answered' },
  revoked: { nl: 'Link ingetrokken', en: 'Link revoked' },
  notYet: { nl: 'Nog niets verstuurd', en: 'Nothing sent yet' },
  sent: { nl: '{letter} verstuurd op {day}', en: '{letter} sent on {day}' },
  failed: { nl: '{letter} niet verstuurd: {reason}', en: '{letter} not sent: {reason}' },
  invitation: { nl: 'Uitnodiging', en: 'Invitation' },
  reminder: { nl: 'Herinnering', en: 'Reminder' },
  unreachable: {
    nl: 'De server is niet bereikbaar. Wat al verstuurd is, staat hieronder; probeer de rest zo opnieuw.',
    en: 'The server cannot be reached. What was sent already is shown below; try the rest again shortly.',
  },
} as const;

/** Each reason a message did not go, in words the organiser can act on. */
const reasons: Record<MailFailure, Localized> = {
  already_answered: { nl: 'heeft al geantwoord.', en: 'has already answered.' },
  link_revoked: { nl: 'de link is ingetrokken.', en: 'the link has been revoked.' },
  link_not_kept: {
    nl: 'deze link kan niet opnieuw getoond worden; geef hem opnieuw uit onder "Alle links".',
    en: 'this link cannot be shown again; re-issue it under "All links".',
  },
  sent_too_often: {
    nl: `deze link is al ${MAIL_SENDS_PER_LINK} keer verstuurd; vaker kan niet.`,
    en: `this link has been sent ${MAIL_SENDS_PER_LINK} times already, the most there can be.`,
  },
  daily_limit: {
    nl: 'de grens van vandaag voor deze vragenlijst is bereikt; verstuur de rest morgen.',
    en: 'today’s limit for this survey has been reached; send the rest tomorrow.',
  },
  address_refused: { nl: 'het adres werd geweigerd; controleer het.', en: 'the address was refused; check it.' },
  address_suppressed: {
    nl: 'naar dit adres gaat niets meer, omdat eerdere berichten terugkwamen of als spam werden gemeld.',
    en: 'nothing goes to this address any more, because earlier messages bounced or were reported as spam.',
  },
  delivery_failed: { nl: 'de mailserver van de ontvanger weigerde het bericht.', en: 'the recipient’s mail server refused the message.' },
  not_set_up: {
    nl: 'het versturen is op dit platform niet goed ingesteld; neem contact op met de beheerder.',
    en: 'sending is not set up correctly on this platform; contact its administrator.',
  },
  service_busy: { nl: 'de maildienst is even te druk; probeer het later opnieuw.', en: 'the mail service is busy; try again later.' },
  service_error: { nl: 'de maildienst gaf een fout; probeer het later opnieuw.', en: 'the mail service gave an error; try again later.' },
};

type LanguageChoice = Language | 'list';

export function SendMail(props: {
  org: Organiser;
  survey: OverviewSurvey;
  partner: OverviewPartner;
  people: readonly ListedPerson[];
  /** Keeps each person's new record with the list on this device. */
  onRecords: (records: ReadonlyMap<string, MailRecord>) => void;
}) {
  const { language, t } = useLanguage();
  const words = wordsFor(language);
  const { org, survey, partner, people } = props;
  const form = useFormCheck();
  const offered = survey.languages;
  const [replyTo, setReplyTo] = useState(loadReplyTo);
  const [choice, setChoice] = useState<LanguageChoice>(() =>
    people.some((p) => p.language && offered.includes(p.language)) ? 'list' : offered[0]!,
  );
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [today, setToday] = useState<{ sent: number; limit: number } | null>(null);
  const key = partner.id.slice(0, 8);
  const links = org.overview.links;
  const to = recipients(people, links);
  const count = (n: number) => words.count(n, text.people);

  const languageOf = (p: ListedPerson): Language =>
    choice === 'list' ? (p.language && offered.includes(p.language) ? p.language : offered[0]!) : choice;

  /** Sends `letter` to the people `pick` chooses from the latest link states; reports progress and the end. */
  async function send(letter: Letter, pick: (latest: ReturnType<typeof recipients>) => readonly ListedPerson[], ask: boolean) {
    if (!form.check(EmailSchema, replyTo)) return;
    const address = replyTo.trim();
    setBusy(true);
    try {
      // Who answered or was re-issued since the page loaded is left out: the links are read again first.
      const latest = await org.load();
      if (!latest) return;
      const targets = pick(recipients(people, latest.links));
      if (targets.length === 0) return;
      if (ask && !confirm(fill(t(text.confirm), { letter: t(text[letter]).toLowerCase(), n: count(targets.length) }))) return;
      saveReplyTo(address);
      let sent = 0;
      let failed = 0;
      setStatus(fill(t(text.sending), { done: 0, total: targets.length }));
      const end: RunEnd = await sendLetter({
        api: org.api,
        surveyId: survey.id,
        letter,
        replyTo: address,
        people: targets,
        languageOf,
        onBatch: (records, day) => {
          for (const record of records.values()) record.outcome === 'sent' ? sent++ : failed++;
          props.onRecords(records);
          setToday(day);
          setStatus(fill(t(text.sending), { done: sent + failed, total: targets.length }));
        },
        onWait: (s) => setStatus(fill(t(text.waiting), { s })),
      });
      if (end.kind === 'refused') setStatus(end.message);
      else if (end.kind === 'stopped') setStatus(fill(t(text.stopped), { sent, reason: t(reasons[end.reason]) }));
      else setStatus(fill(t(text.done), { sent, failed }));
      await org.load();
    } catch (problem) {
      console.error('sending from the organiser page did not reach the server', problem);
      setStatus(t(text.unreachable));
    } finally {
      setBusy(false);
    }
  }

  const letterName = (letter: Letter) => t(text[letter]);
  const stateOf = (p: ListedPerson) => {
    const link = links.find((l) => l.id === p.linkId);
    if (link && link.uses > 0) return t(text.answered);
    if (!link || link.revoked) return t(text.revoked);
    if (!p.mail) return t(text.notYet);
    const values = { letter: letterName(p.mail.letter), day: words.date(p.mail.day) };
    return p.mail.outcome === 'sent' ? fill(t(text.sent), values) : fill(t(text.failed), { ...values, reason: t(reasons[p.mail.reason]) });
  };

  return (
    <section aria-labelledby={`send-${key}`}>
      <h6 id={`send-${key}`}>{t(text.title)}</h6>
      <p class="muted small">{t(text.help)}</p>
      <div class="inline-form">
        <div>
          <label for={`reply-${key}`}>{t(text.replyTo)}</label>
          <input
            id={`reply-${key}`}
            type="email"
            autocomplete="email"
            value={replyTo}
            {...form.field('', `reply-${key}`, `reply-help-${key}`)}
            onInput={(e) => setReplyTo(e.currentTarget.value)}
          />
          <p id={`reply-help-${key}`} class="muted small">
            {t(text.replyToHelp)}
          </p>
          {form.error('', `reply-${key}`)}
        </div>
        {offered.length > 1 || people.some((p) => p.language) ? (
          <div>
            <label for={`language-${key}`}>{t(text.language)}</label>
            <select id={`language-${key}`} value={choice} onChange={(e) => setChoice(e.currentTarget.value as LanguageChoice)}>
              {offered.map((l) => (
                <option key={l} value={l}>
                  {t(languageLabels[l])}
                </option>
              ))}
              <option value="list">{fill(t(text.perPerson), { language: t(languageLabels[offered[0]!]).toLowerCase() })}</option>
            </select>
          </div>
        ) : null}
      </div>
      <div class="actions">
        <button
          type="button"
          disabled={busy || to.invitation.length === 0}
          onClick={() => void send('invitation', (r) => r.invitation, true)}
        >
          {fill(t(text.invite), { n: count(to.invitation.length) })}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={busy || to.reminder.length === 0}
          onClick={() => void send('reminder', (r) => r.reminder, true)}
        >
          {fill(t(text.remind), { n: to.reminder.length })}
        </button>
        {to.again.length > 0 ? (
          <button
            type="button"
            class="secondary"
            disabled={busy}
            onClick={async () => {
              // Each failed message again as the letter it was.
              for (const letter of ['invitation', 'reminder'] as const) {
                await send(letter, (r) => r.again.filter((p) => p.mail?.letter === letter), false);
              }
            }}
          >
            {fill(t(text.again), { n: to.again.length })}
          </button>
        ) : null}
      </div>
      <p role="status">{status}</p>
      {today ? <p class="muted small">{fill(t(text.today), { sent: today.sent, limit: today.limit })}</p> : null}
      {org.overview.mail.outbox ? (
        <p class="small">
          <a href={org.overview.mail.outbox} target="_blank" rel="noreferrer">
            {t(text.outbox)}
          </a>
        </p>
      ) : null}
      <div class="table-scroll">
        <table>
          <caption>{t(text.caption)}</caption>
          <thead>
            <tr>
              <th scope="col">{t(text.name)}</th>
              <th scope="col">{t(text.email)}</th>
              <th scope="col">{t(text.state)}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.linkId}>
                <td>{p.name}</td>
                <td>{p.email}</td>
                <td class={p.mail?.outcome === 'failed' ? 'error-text' : undefined}>{stateOf(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
