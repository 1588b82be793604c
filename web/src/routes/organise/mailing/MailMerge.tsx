/**
 * The mail merge for one partner, in the browser: the organiser pastes or drops names and e-mail
 * addresses, the page asks the server for as many personal links (nothing else is sent: no name,
 * no address) and joins them to the rows here. The list stays on this device, so weeks later the
 * organiser gets the reminder list: the people whose link has not been used yet. The letters go out
 * from Samenwaarde itself (SendMail: each address only inside its own message, never kept) or
 * through the organiser's own Word, Outlook or Excel (the files).
 */
import { useState } from 'preact/hooks';
import { type InvitationFacts, invitationText, type Letter, mergeField } from '../../../../../core/invitation';
import { MAX_LINKS_PER_REQUEST } from '../../../../../core/schemas/links';
import { fill, useLanguage } from '../../../lib/i18n';
import { languageLabels, linkUrl } from '../../../lib/labels';
import { wordsFor } from '../../../lib/words';
import type { OverviewPartner, OverviewSurvey } from '../types';
import type { Organiser } from '../useOrganiser';
import { forgetList, type ListedPerson, loadList, type MailingList, type MailRecord, saveList } from './device-list';
import { fileBase, mergeColumns, readListFile, saveLetter, saveTable, type TableFormat } from './files';
import { MailMergeHelp } from './MailMergeHelp';
import { type PeopleList, peopleFromRows, peopleFromText } from './people';
import { SendMail } from './SendMail';

const text = {
  title: { nl: 'Mail merge: een persoonlijke link per persoon', en: 'Mail merge: a personal link per person' },
  help: {
    nl: 'Plak namen en e-mailadressen (uit Excel of Outlook), of sleep een bestand hierheen (.xlsx, .csv of .txt). De lijst blijft in deze browser: namen gaan nooit naar onze server, een adres alleen in het bericht dat Samenwaarde op uw verzoek ernaartoe stuurt, en het wordt niet bewaard. U krijgt per persoon een link die één keer antwoorden toelaat.',
    en: 'Paste names and e-mail addresses (from Excel or Outlook), or drop a file here (.xlsx, .csv or .txt). The list stays in this browser: names never go to our server, an address only in the message Samenwaarde sends to it when you ask, and it is not kept. You get a link per person that allows one answer.',
  },
  paste: { nl: 'Namen en e-mailadressen van {partner}', en: 'Names and e-mail addresses of {partner}' },
  file: { nl: 'Of kies een bestand', en: 'Or choose a file' },
  found: { nl: '{n} mensen gevonden.', en: '{n} people found.' },
  noAddress: { nl: 'Regel {line}: geen e-mailadres gevonden.', en: 'Line {line}: no e-mail address found.' },
  duplicate: { nl: 'Regel {line}: dit adres staat er al in.', en: 'Line {line}: this address is already in the list.' },
  unreadable: { nl: 'Dit bestand kon niet gelezen worden: {reason}', en: 'This file could not be read: {reason}' },
  make: { nl: 'Maak {n} persoonlijke links', en: 'Create {n} personal links' },
  device: {
    nl: 'Op dit apparaat, in deze browser, bewaard: de namen, e-mailadressen, welke link bij wie hoort (niet de links zelf) en wat Samenwaarde aan wie verstuurde. Zo kunt u later een herinnering sturen. Niets hiervan staat op onze server. Werkt u op een gedeelde computer, vergeet de lijst dan als u klaar bent.',
    en: 'Kept on this device, in this browser: the names, e-mail addresses, which link belongs to whom (not the links themselves) and what Samenwaarde sent to whom. That lets you send a reminder later. None of it is on our server. On a shared computer, forget the list when you are done.',
  },
  notKept: {
    nl: 'Deze browser kon de lijst niet bewaren (privévenster?). Download de bestanden nu: later is er geen herinneringslijst.',
    en: 'This browser could not keep the list (private window?). Download the files now: later there will be no reminder list.',
  },
  kept: {
    nl: 'Lijst van {n} mensen, gemaakt op {day}: {used} hebben hun link gebruikt, {open} nog niet.',
    en: 'List of {n} people, made on {day}: {used} have used their link, {open} not yet.',
  },
  files: { nl: 'Bestanden', en: 'Files' },
  invitationsFile: { nl: 'uitnodigingen', en: 'invitations' },
  remindersFile: { nl: 'herinneringen', en: 'reminders' },
  all: { nl: 'Iedereen met link', en: 'Everyone with their link' },
  reminders: { nl: 'Herinneringslijst: alleen wie nog niet antwoordde ({n})', en: 'Reminder list: only those who have not answered ({n})' },
  xlsx: { nl: 'Excel (.xlsx)', en: 'Excel (.xlsx)' },
  csv: { nl: 'CSV voor Excel', en: 'CSV for Excel' },
  download: { nl: '{what}: {format}', en: '{what}: {format}' },
  letters: { nl: 'Brieven voor Word en Outlook', en: 'Letters for Word and Outlook' },
  letter: { nl: '{letter} ({language}), Word met samenvoegvelden', en: '{letter} ({language}), Word with merge fields' },
  invitation: { nl: 'Uitnodiging', en: 'Invitation' },
  reminder: { nl: 'Herinnering', en: 'Reminder' },
  forget: { nl: 'Deze lijst vergeten', en: 'Forget this list' },
  forgetConfirm: {
    nl: 'De namen en adressen van deze lijst van dit apparaat wissen? De links blijven werken; zonder lijst kunt u geen herinneringslijst meer maken.',
    en: 'Erase the names and addresses of this list from this device? The links keep working; without the list you can no longer make a reminder list.',
  },
  forgotten: { nl: 'De lijst is van dit apparaat gewist.', en: 'The list has been erased from this device.' },
  nobodyLeft: { nl: 'Iedereen op de lijst heeft zijn link gebruikt.', en: 'Everyone on the list has used their link.' },
  noSending: {
    nl: 'Deze installatie van Samenwaarde verstuurt zelf geen e-mail: verstuur de links met de bestanden hieronder.',
    en: 'This installation of Samenwaarde does not send e-mail itself: send the links with the files below.',
  },
};

const letters: readonly Letter[] = ['invitation', 'reminder'];
const languages = ['nl', 'en'] as const;

export function MailMerge(props: {
  org: Organiser;
  survey: OverviewSurvey;
  partner: OverviewPartner;
  facts: (link: string) => InvitationFacts;
}) {
  const { language, t } = useLanguage();
  const words = wordsFor(language);
  const { org, survey, partner } = props;
  const [list, setList] = useState<MailingList | undefined>(() => loadList(survey.id, partner.id));
  const [pasted, setPasted] = useState('');
  const [parsed, setParsed] = useState<PeopleList | null>(null);
  const [status, setStatus] = useState('');
  const [keptHere, setKeptHere] = useState(true);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const key = partner.id.slice(0, 8);
  const columns = mergeColumns(language);

  async function readFile(file: File) {
    try {
      const read = await readListFile(file);
      if ('rows' in read) return setParsed(peopleFromRows(read.rows));
      setPasted(read.text);
      setParsed(peopleFromText(read.text));
    } catch (error) {
      console.warn('reading a dropped list failed', error);
      setStatus(fill(t(text.unreadable), { reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  /** Asks for one personal link per person (in requests the server accepts) and keeps the list here. */
  async function makeLinks(people: PeopleList['people']) {
    setBusy(true);
    try {
      const ids: string[] = [];
      for (let from = 0; from < people.length; from += MAX_LINKS_PER_REQUEST) {
        const count = Math.min(MAX_LINKS_PER_REQUEST, people.length - from);
        const links = await org.issue({ scope: 'respondent_single', surveyId: survey.id, partnerId: partner.id, count });
        if (!links) break;
        ids.push(...links.map((l) => l.id));
      }
      const made: MailingList = {
        createdOn: new Date().toISOString().slice(0, 10),
        people: people.slice(0, ids.length).map((p, i) => ({ ...p, linkId: ids[i]! })),
      };
      if (made.people.length === 0) return;
      setKeptHere(saveList(survey.id, partner.id, made));
      setList(made);
      setParsed(null);
      setPasted('');
    } finally {
      setBusy(false);
    }
  }

  const linkOf = (id: string, links = org.overview.links) => links.find((l) => l.id === id);
  /** Who has a live link that no one has answered with yet. */
  const waiting = (people: readonly ListedPerson[], links = org.overview.links) =>
    people.filter((p) => {
      const link = linkOf(p.linkId, links);
      return link && !link.revoked && link.uses === 0;
    });

  /** The file for these people: their secrets come from the server (to an organiser link only), joined here. */
  async function saveFor(people: readonly ListedPerson[], format: TableFormat, what: string) {
    setBusy(true);
    try {
      const secrets: Record<string, string> = {};
      for (let from = 0; from < people.length; from += MAX_LINKS_PER_REQUEST) {
        const shown = await org.show(people.slice(from, from + MAX_LINKS_PER_REQUEST).map((p) => p.linkId));
        if (!shown) return;
        for (const link of shown) secrets[link.id] = link.secret;
      }
      const rows = people.filter((p) => secrets[p.linkId]).map((p) => [p.name, p.email, linkUrl('respondent_single', secrets[p.linkId]!)]);
      await saveTable(format, fileBase(what, partner.name), [columns.name, columns.email, columns.link], rows);
    } finally {
      setBusy(false);
    }
  }

  /** Keeps what became of each person's message with the list on this device. */
  const keepRecords = (records: ReadonlyMap<string, MailRecord>) =>
    setList((current) => {
      if (!current) return current;
      const people = current.people.map((p) => {
        const mail = records.get(p.linkId);
        return mail ? { ...p, mail } : p;
      });
      const next = { ...current, people };
      saveList(survey.id, partner.id, next);
      return next;
    });

  const letterFacts = props.facts(mergeField(columns.link));
  const letterText = (letter: Letter, lang: 'nl' | 'en') =>
    invitationText({ ...letterFacts, name: mergeField(columns.name) }, lang, letter);

  if (list) {
    const open = waiting(list.people);
    const used = list.people.filter((p) => (linkOf(p.linkId)?.uses ?? 0) > 0).length;
    const tableButtons = (reminders: boolean, label: string) =>
      (['xlsx', 'csv'] as const).map((format) => (
        <button
          key={format}
          type="button"
          class="secondary"
          disabled={busy || (reminders && open.length === 0)}
          onClick={async () => {
            const what = t(reminders ? text.remindersFile : text.invitationsFile);
            if (!reminders) return saveFor(list.people, format, what);
            // Who answered since the page loaded is left out: the uses are read again first.
            const latest = await org.load();
            if (latest) await saveFor(waiting(list.people, latest.links), format, what);
          }}
        >
          {fill(t(text.download), { what: label, format: t(text[format]) })}
        </button>
      ));
    return (
      <section class="mail-merge" aria-labelledby={`merge-${key}`}>
        <h5 id={`merge-${key}`}>{t(text.title)}</h5>
        <p>{fill(t(text.kept), { n: list.people.length, day: words.date(list.createdOn), used, open: open.length })}</p>
        <p class="muted small">{t(keptHere ? text.device : text.notKept)}</p>
        {org.overview.mail.sending ? (
          <SendMail org={org} survey={survey} partner={partner} people={list.people} onRecords={keepRecords} />
        ) : (
          <p class="muted small">{t(text.noSending)}</p>
        )}
        <h6>{t(text.files)}</h6>
        <div class="actions">{tableButtons(false, t(text.all))}</div>
        <div class="actions">{tableButtons(true, fill(t(text.reminders), { n: open.length }))}</div>
        {open.length === 0 ? <p class="muted small">{t(text.nobodyLeft)}</p> : null}
        <h6>{t(text.letters)}</h6>
        <div class="actions">
          {letters.flatMap((letter) =>
            languages.map((lang) => (
              <button
                key={`${letter}-${lang}`}
                type="button"
                class="secondary"
                onClick={() => void saveLetter(fileBase(`${letter}-${lang}`, partner.name), letterText(letter, lang))}
              >
                {fill(t(text.letter), { letter: t(text[letter]), language: t(languageLabels[lang]) })}
              </button>
            )),
          )}
        </div>
        <MailMergeHelp columns={columns} letterText={letterText} partner={partner.name} />
        <button
          type="button"
          class="secondary"
          onClick={() => {
            if (!confirm(t(text.forgetConfirm))) return;
            forgetList(survey.id, partner.id);
            setList(undefined);
            setStatus(t(text.forgotten));
          }}
        >
          {t(text.forget)}
        </button>
        <p role="status" class="muted small">
          {status}
        </p>
      </section>
    );
  }

  const problems = parsed?.problems ?? [];
  return (
    <section class="mail-merge" aria-labelledby={`merge-${key}`}>
      <h5 id={`merge-${key}`}>{t(text.title)}</h5>
      <p class="muted small" id={`merge-help-${key}`}>
        {t(text.help)}
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a pointer shortcut; the file field inside does the same from the keyboard. */}
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer?.files[0];
          if (file) void readFile(file);
        }}
      >
        <label for={`merge-list-${key}`}>{fill(t(text.paste), { partner: partner.name })}</label>
        <textarea
          id={`merge-list-${key}`}
          rows={6}
          value={pasted}
          aria-describedby={`merge-help-${key}`}
          onInput={(e) => {
            setPasted(e.currentTarget.value);
            setParsed(e.currentTarget.value.trim() ? peopleFromText(e.currentTarget.value) : null);
          }}
        />
        <label for={`merge-file-${key}`}>{t(text.file)}</label>
        <input
          id={`merge-file-${key}`}
          type="file"
          accept=".xlsx,.csv,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void readFile(file);
          }}
        />
      </div>
      <div role="status">
        {parsed ? <p>{fill(t(text.found), { n: parsed.people.length })}</p> : null}
        {problems.length > 0 ? (
          <ul class="small">
            {problems.slice(0, 20).map((p) => (
              <li key={p.line}>{fill(t(p.reason === 'duplicate' ? text.duplicate : text.noAddress), { line: p.line })}</li>
            ))}
          </ul>
        ) : null}
        {status ? <p class="error-text">{status}</p> : null}
      </div>
      <p class="muted small">{t(text.device)}</p>
      <button
        type="button"
        disabled={busy || !parsed || parsed.people.length === 0}
        onClick={() => parsed && void makeLinks(parsed.people)}
      >
        {fill(t(text.make), { n: parsed?.people.length ?? 0 })}
      </button>
    </section>
  );
}
