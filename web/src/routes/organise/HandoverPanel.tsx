/**
 * Hand-over and recovery: the organiser links (a backup for a colleague, labelled with whose it is,
 * revoked or re-issued by another organiser link), how each kind of lost link comes back, and the
 * audit list of who did what to the links and surveys, by day.
 */
import { useEffect, useState } from 'preact/hooks';
import { NewLinksSchema } from '../../../../core/schemas/links';
import { fill, useLanguage } from '../../lib/i18n';
import { linkUrl } from '../../lib/labels';
import { useFormCheck } from '../../lib/validation';
import { wordsFor } from '../../lib/words';
import { AuditList } from './AuditList';
import { CopyField } from './CopyField';
import { LinkActions } from './LinkActions';
import type { AuditEvent, OverviewLink } from './types';
import type { Organiser } from './useOrganiser';

const text = {
  title: { nl: 'Organisatorlinks', en: 'Organiser links' },
  help: {
    nl: 'Elke organisatorlink kan alles op deze pagina. Geef een collega een eigen organisatorlink als reserve of bij een overdracht: elke link heeft een omschrijving, zodat het logboek laat zien wie wat deed. Een andere organisatorlink kan de uwe intrekken of vervangen, nooit u zelf.',
    en: 'Every organiser link can do everything on this page. Give a colleague an organiser link of their own as a backup or for a hand-over: each link has a label, so the audit list shows who did what. Another organiser link can revoke or replace yours, never you yourself.',
  },
  caption: { nl: 'Organisatorlinks van deze samenwerking', en: 'Organiser links of this partnership' },
  label: { nl: 'Omschrijving', en: 'Label' },
  created: { nl: 'Gemaakt', en: 'Created' },
  state: { nl: 'Status', en: 'Status' },
  actions: { nl: 'Acties', en: 'Actions' },
  first: { nl: 'Eerste organisatorlink', en: 'First organiser link' },
  yours: { nl: 'Uw link', en: 'Your link' },
  live: { nl: 'Werkt', en: 'Works' },
  revoked: { nl: 'Ingetrokken', en: 'Revoked' },
  reissue: { nl: 'Vervangen', en: 'Replace' },
  confirmRevoke: {
    nl: 'Deze organisatorlink intrekken? Wie hem heeft, kan daarna niets meer met deze samenwerking.',
    en: 'Revoke this organiser link? Whoever has it can then do nothing more with this partnership.',
  },
  confirmReissue: {
    nl: 'Deze organisatorlink vervangen? De oude werkt daarna niet meer; de nieuwe wordt één keer getoond.',
    en: 'Replace this organiser link? The old one stops working; the new one is shown once.',
  },
  revokedDone: { nl: 'De organisatorlink is ingetrokken.', en: 'The organiser link has been revoked.' },
  newLabel: { nl: 'Voor wie is de nieuwe organisatorlink?', en: 'Who is the new organiser link for?' },
  newLabelHelp: { nl: 'Bijvoorbeeld: Fatima Yilmaz (HR, reserve).', en: 'For example: Fatima Yilmaz (HR, backup).' },
  make: { nl: 'Organisatorlink maken', en: 'Create organiser link' },
  made: { nl: 'Organisatorlink voor {label}', en: 'Organiser link for {label}' },
  onceNote: {
    nl: 'Deze link wordt alleen nu getoond: organisatorlinks bewaren wij nergens, ook niet versleuteld. Geef hem veilig door (bijvoorbeeld via een wachtwoordbeheerder) en deel hem verder met niemand.',
    en: 'This link is shown only now: we keep organiser links nowhere, not even encrypted. Pass it on safely (for example through a password manager) and share it with no one else.',
  },
  recovery: { nl: 'Een link kwijt?', en: 'Lost a link?' },
  recoverySteps: {
    nl: [
      'Een open link, rapportlink of contactpersoonlink: staat op deze pagina en kan altijd opnieuw gekopieerd worden. Is hij in verkeerde handen, geef hem dan opnieuw uit onder Links › Alle links.',
      'Persoonlijke links: download ze opnieuw bij de partner (Links), of maak met de bewaarde mail-merge-lijst opnieuw het bestand of de herinneringslijst.',
      'Uw organisatorlink: vraag een collega met een andere organisatorlink om hem te vervangen. Zonder een tweede organisatorlink kan niemand hem terughalen, wij ook niet.',
      'Alle organisatorlinks kwijt: dan is deze samenwerking niet meer te beheren. Zo is het bedoeld: er is geen sleutel die alleen wij hebben. Maak daarom nu een reserve voor een collega.',
    ],
    en: [
      'An open link, report link or contact-person link: it is on this page and can always be copied again. If it is in the wrong hands, re-issue it under Links › All links.',
      'Personal links: download them again with the partner (Links), or use the kept mail-merge list to make the file or the reminder list again.',
      'Your organiser link: ask a colleague with another organiser link to replace it. Without a second organiser link nobody can bring it back, not even us.',
      'Every organiser link lost: then this partnership can no longer be managed. That is by design: there is no key that only we hold. So make a backup for a colleague now.',
    ],
  },
};

export function HandoverPanel({ org }: { org: Organiser }) {
  const { language, t } = useLanguage();
  const words = wordsFor(language);
  const { overview } = org;
  const [label, setLabel] = useState('');
  const [made, setMade] = useState<{ label: string; url: string } | null>(null);
  const [events, setEvents] = useState<readonly AuditEvent[] | null>(null);
  const form = useFormCheck();
  const organisers = overview.links.filter((l) => l.scope === 'organiser');
  const nameOf = (link: Pick<OverviewLink, 'label'>) => link.label ?? t(text.first);

  const { api, send } = org;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `overview` is not read here, it is the trigger: every action reloads it, and the audit list is read again so the action shows up at once.
  useEffect(() => {
    void (async () => {
      const res = await send(() => api.organiser.audit.$get());
      if (res) setEvents(((await res.json()) as { events: AuditEvent[] }).events);
    })();
  }, [api, send, overview]);

  async function replace(link: OverviewLink) {
    if (!confirm(t(text.confirmReissue))) return;
    const renewed = await org.reissue(link.id);
    if (renewed) setMade({ label: nameOf(link), url: linkUrl('organiser', renewed.secret) });
  }

  return (
    <>
      <section aria-labelledby="organisers-title">
        <h2 id="organisers-title">{t(text.title)}</h2>
        <p class="muted">{t(text.help)}</p>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t(text.caption)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(text.label)}</th>
                <th scope="col">{t(text.created)}</th>
                <th scope="col">{t(text.state)}</th>
                <th scope="col">{t(text.actions)}</th>
              </tr>
            </thead>
            <tbody>
              {organisers.map((link) => {
                const own = link.id === overview.ownLinkId;
                return (
                  <tr key={link.id} class={link.revoked ? 'revoked' : undefined}>
                    <th scope="row">{nameOf(link)}</th>
                    <td>{words.date(link.createdOn)}</td>
                    <td>{own ? t(text.yours) : t(link.revoked ? text.revoked : text.live)}</td>
                    {!own && !link.revoked ? (
                      <LinkActions
                        what={nameOf(link)}
                        confirmRevoke={t(text.confirmRevoke)}
                        revoke={() => void org.revoke(link.id, t(text.revokedDone))}
                        reissue={{ label: text.reissue, run: () => void replace(link) }}
                      />
                    ) : (
                      <td />
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <form
          class="inline-form"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const request = { scope: 'organiser' as const, label };
            if (!form.check(NewLinksSchema, request)) return;
            const links = await org.issue(request);
            if (links?.[0]) {
              setMade({ label: label.trim(), url: linkUrl('organiser', links[0].secret) });
              setLabel('');
            }
          }}
        >
          <div>
            <label for="organiser-label">{t(text.newLabel)}</label>
            <input
              id="organiser-label"
              type="text"
              maxLength={120}
              value={label}
              {...form.field('label', 'organiser-label', 'organiser-label-help')}
              onInput={(e) => setLabel(e.currentTarget.value)}
            />
            <p class="muted small" id="organiser-label-help">
              {t(text.newLabelHelp)}
            </p>
            {form.error('label', 'organiser-label')}
          </div>
          <button type="submit">{t(text.make)}</button>
        </form>
        {made ? (
          <div class="issued">
            <p class="muted small">{t(text.onceNote)}</p>
            <CopyField label={fill(t(text.made), { label: made.label })} value={made.url} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="recovery-title">
        <h2 id="recovery-title">{t(text.recovery)}</h2>
        <ul>
          {text.recoverySteps[language].map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </section>

      <AuditList overview={overview} events={events} firstLabel={t(text.first)} />
    </>
  );
}
