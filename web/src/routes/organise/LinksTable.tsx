/**
 * Every link of the partnership: what it opens, for whom, how often it was used, and whether it
 * still works; revoke or re-issue any link but the one in use. A re-issued link is shown once.
 */
import { useState } from 'preact/hooks';
import type { LinkScope } from '../../../../core/links';
import { fill, useLanguage } from '../../lib/i18n';
import { linkUrl, scopeLabels } from '../../lib/labels';
import { CopyField } from './CopyField';
import type { Overview, OverviewLink } from './types';

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
  yours: { nl: 'Uw link', en: 'Your link' },
  all: { nl: 'alle', en: 'all' },
  revoke: { nl: 'Intrekken', en: 'Revoke' },
  reissue: { nl: 'Opnieuw uitgeven', en: 'Re-issue' },
  revokeName: { nl: 'Intrekken: {what}', en: 'Revoke: {what}' },
  reissueName: { nl: 'Opnieuw uitgeven: {what}', en: 'Re-issue: {what}' },
  confirmRevoke: { nl: 'Deze link intrekken? Hij werkt daarna nooit meer.', en: 'Revoke this link? It will never work again.' },
  confirmReissue: {
    nl: 'De oude link werkt daarna niet meer; u krijgt één keer een nieuwe. Doorgaan?',
    en: 'The old link will stop working; you get a new one, shown once. Continue?',
  },
  reissued: { nl: 'Nieuwe link ({kind}{partner})', en: 'New link ({kind}{partner})' },
  reissuedNote: {
    nl: 'De oude link werkt niet meer. Deze nieuwe link wordt alleen nu getoond.',
    en: 'The old link no longer works. This new link is shown only now.',
  },
};

export function LinksTable(props: {
  overview: Overview;
  revoke: (id: string) => Promise<boolean>;
  reissue: (id: string) => Promise<{ secret: string; scope: LinkScope } | null>;
}) {
  const { t } = useLanguage();
  const { overview } = props;
  const [fresh, setFresh] = useState<{ url: string; label: string } | null>(null);
  const partnerName = (id: string | null) => overview.partners.find((p) => p.id === id)?.name ?? '';
  const surveyTitle = (id: string | null) => (id ? (overview.surveys.find((s) => s.id === id)?.title ?? '') : t(text.all));
  const describe = (link: OverviewLink) => [t(scopeLabels[link.scope]), partnerName(link.partnerId), link.label].filter(Boolean).join(', ');

  async function reissue(link: OverviewLink) {
    if (!confirm(t(text.confirmReissue))) return;
    const made = await props.reissue(link.id);
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
            <th scope="col">{t(text.state)}</th>
            <th scope="col">{t(text.actions)}</th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => {
            const own = link.id === overview.ownLinkId;
            return (
              <tr key={link.id} class={link.revoked ? 'revoked' : undefined}>
                <td>{t(scopeLabels[link.scope])}</td>
                <td>{partnerName(link.partnerId)}</td>
                <td>{link.scope === 'organiser' ? '' : surveyTitle(link.surveyId)}</td>
                <td>{link.label ?? ''}</td>
                <td>{link.scope.startsWith('respondent') ? `${link.uses} / ${link.maxUses ?? '–'}` : ''}</td>
                <td>{own ? t(text.yours) : link.revoked ? t(text.revoked) : t(text.live)}</td>
                <td class="row-actions">
                  {!own && !link.revoked ? (
                    <>
                      <button
                        type="button"
                        class="secondary small-button"
                        aria-label={fill(t(text.revokeName), { what: describe(link) })}
                        onClick={() => confirm(t(text.confirmRevoke)) && void props.revoke(link.id)}
                      >
                        {t(text.revoke)}
                      </button>
                      {!(link.scope === 'respondent_single' && link.uses > 0) ? (
                        <button
                          type="button"
                          class="secondary small-button"
                          aria-label={fill(t(text.reissueName), { what: describe(link) })}
                          onClick={() => void reissue(link)}
                        >
                          {t(text.reissue)}
                        </button>
                      ) : null}
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
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
        overview.links.filter((l) => l.scope !== 'respondent_single'),
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
