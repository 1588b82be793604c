/**
 * Every link of the partnership but the organiser links (those are on the hand-over part): what it
 * opens, for whom, how often it was used, and whether it still works; revoke or re-issue any of
 * them. A re-issued link is shown at once, and again whenever the organiser comes back.
 */
import { useState } from 'preact/hooks';
import { fill, useLanguage } from '../../lib/i18n';
import { linkUrl, scopeLabels } from '../../lib/labels';
import { wordsFor } from '../../lib/words';
import { CopyField } from './CopyField';
import { LinkActions } from './LinkActions';
import type { OverviewLink } from './types';
import type { Organiser } from './useOrganiser';

const text = {
  title: { nl: 'Alle links', en: 'All links' },
  caption: { nl: 'Links van deze samenwerking', en: 'Links of this partnership' },
  personal: { nl: 'Persoonlijke links ({n})', en: 'Personal links ({n})' },
  kind: { nl: 'Soort', en: 'Kind' },
  partner: { nl: 'Partner', en: 'Partner' },
  survey: { nl: 'Vragenlijst', en: 'Survey' },
  label: { nl: 'Omschrijving', en: 'Label' },
  uses: { nl: 'Gebruikt / maximum', en: 'Used / maximum' },
  state: { nl: 'Status', en: 'Status' },
  actions: { nl: 'Acties', en: 'Actions' },
  live: { nl: 'Werkt', en: 'Works' },
  revoked: { nl: 'Ingetrokken', en: 'Revoked' },
  all: { nl: 'alle', en: 'all' },
  reissue: { nl: 'Opnieuw uitgeven', en: 'Re-issue' },
  confirmRevoke: { nl: 'Deze link intrekken? Hij werkt daarna nooit meer.', en: 'Revoke this link? It will never work again.' },
  confirmReissue: {
    nl: 'De oude link werkt daarna niet meer; u krijgt een nieuwe. Doorgaan?',
    en: 'The old link will stop working; you get a new one. Continue?',
  },
  created: { nl: 'Gemaakt', en: 'Created' },
  confirmReissueOpen: {
    nl: 'De oude link werkt daarna niet meer, ook niet op posters en QR-codes die al hangen. U krijgt een nieuwe. Doorgaan?',
    en: 'The old link will stop working, also on posters and QR codes already up. You get a new one. Continue?',
  },
  revokedDone: { nl: 'De link is ingetrokken.', en: 'The link has been revoked.' },
  reissued: { nl: 'Nieuwe link ({kind}{partner})', en: 'New link ({kind}{partner})' },
  reissuedNote: {
    nl: 'De oude link werkt niet meer. De nieuwe staat hier en bij de partner, en blijft terug te vinden.',
    en: 'The old link no longer works. The new one is here and with the partner, and can be found again later.',
  },
};

export function LinksTable({ org }: { org: Organiser }) {
  const { language, t } = useLanguage();
  const words = wordsFor(language);
  const { overview } = org;
  const [fresh, setFresh] = useState<{ url: string; label: string } | null>(null);
  const partnerName = (id: string | null) => overview.partners.find((p) => p.id === id)?.name ?? '';
  const surveyTitle = (id: string | null) => (id ? (overview.surveys.find((s) => s.id === id)?.title ?? '') : t(text.all));
  const describe = (link: OverviewLink) => [t(scopeLabels[link.scope]), partnerName(link.partnerId), link.label].filter(Boolean).join(', ');

  async function reissue(link: OverviewLink) {
    if (!confirm(t(link.scope === 'respondent_open' ? text.confirmReissueOpen : text.confirmReissue))) return;
    const made = await org.reissue(link.id);
    if (made) {
      const partner = partnerName(link.partnerId);
      setFresh({
        url: linkUrl(made.scope, made.secret),
        label: fill(t(text.reissued), { kind: t(scopeLabels[made.scope]), partner: partner ? `, ${partner}` : '' }),
      });
    }
  }

  const table = (links: readonly OverviewLink[], caption: string) => (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(text.kind)}</th>
            <th scope="col">{t(text.partner)}</th>
            <th scope="col">{t(text.survey)}</th>
            <th scope="col">{t(text.label)}</th>
            <th scope="col">{t(text.uses)}</th>
            <th scope="col">{t(text.created)}</th>
            <th scope="col">{t(text.state)}</th>
            <th scope="col">{t(text.actions)}</th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <tr key={link.id} class={link.revoked ? 'revoked' : undefined}>
              <td>{t(scopeLabels[link.scope])}</td>
              <td>{partnerName(link.partnerId)}</td>
              <td>{surveyTitle(link.surveyId)}</td>
              <td>{link.label ?? ''}</td>
              <td>{link.scope.startsWith('respondent') ? `${link.uses} / ${link.maxUses ?? '–'}` : ''}</td>
              <td>{words.shortDate(link.createdOn)}</td>
              <td>{t(link.revoked ? text.revoked : text.live)}</td>
              {link.revoked ? (
                <td />
              ) : (
                <LinkActions
                  what={describe(link)}
                  confirmRevoke={t(text.confirmRevoke)}
                  revoke={() => void org.revoke(link.id, t(text.revokedDone))}
                  // A used personal link is never renewed: that would let one person answer twice.
                  reissue={
                    link.scope === 'respondent_single' && link.uses > 0 ? undefined : { label: text.reissue, run: () => void reissue(link) }
                  }
                />
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  const personal = overview.links.filter((l) => l.scope === 'respondent_single');
  return (
    <section aria-labelledby="links-title">
      <h2 id="links-title">{t(text.title)}</h2>
      {fresh ? (
        <div class="issued">
          <p class="muted small">{t(text.reissuedNote)}</p>
          <CopyField label={fresh.label} value={fresh.url} />
        </div>
      ) : null}
      {table(
        overview.links.filter((l) => l.scope !== 'respondent_single' && l.scope !== 'organiser'),
        t(text.caption),
      )}
      {personal.length > 0 ? (
        <details>
          <summary>{fill(t(text.personal), { n: personal.length })}</summary>
          {table(personal, fill(t(text.personal), { n: personal.length }))}
        </details>
      ) : null}
    </section>
  );
}
