/**
 * Links for one partner and one survey: its open links (shown again with QR code and texts), the
 * mail merge and batches of personal single-use links (downloadable again), and its contact-person
 * links. Secrets are held in memory only, fetched from the server for an organiser link.
 */
import { useState } from 'preact/hooks';
import { invitationFacts } from '../../../../core/invitation';
import { MAX_LINKS_PER_REQUEST, NewLinksSchema } from '../../../../core/schemas/links';
import { fill, useLanguage } from '../../lib/i18n';
import { linkUrl } from '../../lib/labels';
import { useFormCheck } from '../../lib/validation';
import { CopyField } from './CopyField';
import { fileBase, saveTable } from './mailing/files';
import { MailMerge } from './mailing/MailMerge';
import { OpenLinks } from './OpenLinks';
import type { NewLinkRequest, OverviewPartner, OverviewSurvey } from './types';
import type { Organiser } from './useOrganiser';

const text = {
  single: { nl: 'Persoonlijke links (eenmalig)', en: 'Personal links (single use)' },
  singleHelp: {
    nl: 'Elke medewerker een eigen link die één keer antwoorden toelaat. Met de mail merge hieronder krijgt u ze met naam en adres; zonder namen als genummerde lijst (CSV voor Excel). U kunt ze hier altijd opnieuw downloaden.',
    en: 'Each member of staff gets their own link that allows one answer. With the mail merge below you get them with name and address; without names as a numbered list (CSV for Excel). You can download them here again at any time.',
  },
  batch: { nl: 'Persoonlijke links zonder namen', en: 'Personal links without names' },
  count: { nl: 'Aantal persoonlijke links voor {partner}', en: 'Number of personal links for {partner}' },
  makeSingle: { nl: 'Persoonlijke links maken en downloaden (CSV)', en: 'Create and download personal links (CSV)' },
  singleDone: { nl: '{n} persoonlijke links gemaakt en gedownload.', en: '{n} personal links created and downloaded.' },
  again: {
    nl: 'Alle {n} persoonlijke links van {partner} opnieuw downloaden (CSV)',
    en: 'Download all {n} personal links of {partner} again (CSV)',
  },
  number: { nl: 'nummer', en: 'number' },
  used: { nl: 'gebruikt', en: 'used' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  links: { nl: 'persoonlijke-links', en: 'personal-links' },
  contact: { nl: 'Link voor de contactpersoon', en: 'Link for the contact person' },
  contactHelp: {
    nl: 'Een contactpersoon van de partner ziet hiermee alleen de respons van de eigen organisatie en de eigen links, niets van andere partners en geen antwoorden.',
    en: "With this, a partner's contact person sees only their own organisation's response and links: nothing of other partners and no answers.",
  },
  makeContact: { nl: 'Contactpersoonlink maken', en: 'Create contact-person link' },
  contactLink: { nl: 'Contactpersoonlink voor {partner}', en: 'Contact-person link for {partner}' },
};

export function PartnerLinks({ org, survey, partner }: { org: Organiser; survey: OverviewSurvey; partner: OverviewPartner }) {
  const { t } = useLanguage();
  const { overview } = org;
  const [count, setCount] = useState(10);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useFormCheck();
  const key = partner.id.slice(0, 8);
  const live = overview.links.filter((l) => !l.revoked && l.partnerId === partner.id);
  const openLinks = live.filter((l) => l.scope === 'respondent_open' && l.surveyId === survey.id);
  const personal = live.filter((l) => l.scope === 'respondent_single' && l.surveyId === survey.id && l.canShowAgain);
  const contacts = live.filter((l) => l.scope === 'partner_contact');

  const facts = (link: string) => invitationFacts(overview.partnership, partner, survey, link);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  /** Issues the links the request asks for, once the links schema accepts it. */
  const issueChecked = (request: NewLinkRequest) => (form.check(NewLinksSchema, request) ? org.issue(request) : Promise.resolve(null));

  /** A numbered CSV of personal links (and whether each was used), for Dutch Excel. */
  const saveNumbered = (links: readonly { id: string; secret: string }[]) =>
    saveTable(
      'csv',
      fileBase(t(text.links), partner.name),
      [t(text.number), 'link', t(text.used)],
      links.map((l, i) => {
        const uses = overview.links.find((x) => x.id === l.id)?.uses ?? 0;
        return [String(i + 1), linkUrl('respondent_single', l.secret), t(uses > 0 ? text.yes : text.no)];
      }),
    );

  const makeSingle = () =>
    run(async () => {
      const links = await issueChecked({ scope: 'respondent_single', surveyId: survey.id, partnerId: partner.id, count });
      if (!links) return;
      await saveNumbered(links);
      setDone(fill(t(text.singleDone), { n: links.length }));
    });

  const downloadAgain = () =>
    run(async () => {
      const shown: { id: string; secret: string }[] = [];
      for (let from = 0; from < personal.length; from += MAX_LINKS_PER_REQUEST) {
        const part = await org.show(personal.slice(from, from + MAX_LINKS_PER_REQUEST).map((l) => l.id));
        if (!part) return;
        shown.push(...part);
      }
      await saveNumbered(shown);
    });

  return (
    <section class="partner-links" aria-labelledby={`partner-${key}`}>
      <h3 id={`partner-${key}`}>{partner.name}</h3>

      <OpenLinks org={org} survey={survey} partner={partner} links={openLinks} facts={facts} form={form} busy={busy} run={run} />

      <h4>{t(text.single)}</h4>
      <p class="muted small">{t(text.singleHelp)}</p>
      <MailMerge key={`${survey.id}:${partner.id}`} org={org} survey={survey} partner={partner} facts={facts} />
      <details>
        <summary>{t(text.batch)}</summary>
        <div class="inline-form">
          <div>
            <label for={`count-${key}`}>{fill(t(text.count), { partner: partner.name })}</label>
            <input
              id={`count-${key}`}
              type="number"
              min={1}
              max={MAX_LINKS_PER_REQUEST}
              class="narrow"
              value={count}
              {...form.field('count', `count-${key}`)}
              onInput={(e) => setCount(e.currentTarget.valueAsNumber)}
            />
            {form.error('count', `count-${key}`)}
          </div>
          <button type="button" disabled={busy} onClick={makeSingle}>
            {t(text.makeSingle)}
          </button>
        </div>
        <p role="status">{done}</p>
      </details>
      {personal.length > 0 ? (
        <button type="button" class="secondary" disabled={busy} onClick={downloadAgain}>
          {fill(t(text.again), { n: personal.length, partner: partner.name })}
        </button>
      ) : null}

      <h4>{t(text.contact)}</h4>
      <p class="muted small">{t(text.contactHelp)}</p>
      {contacts.map((l, i) =>
        org.shown[l.id] ? (
          <CopyField
            key={l.id}
            label={`${fill(t(text.contactLink), { partner: partner.name })}${contacts.length > 1 ? ` ${i + 1}` : ''}`}
            value={linkUrl('partner_contact', org.shown[l.id]!)}
          />
        ) : null,
      )}
      <button
        type="button"
        class="secondary"
        disabled={busy}
        onClick={() => run(() => issueChecked({ scope: 'partner_contact', partnerId: partner.id, label: t(text.contact) }))}
      >
        {t(text.makeContact)}
      </button>
    </section>
  );
}
