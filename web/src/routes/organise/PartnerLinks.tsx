/**
 * Links for one partner and one survey: an open link with a QR code and an optional cap, a batch of
 * personal single-use links as CSV, a partner-contact link, and the ready invitation text. Every
 * secret is shown only here, right after it is made.
 */
import { useState } from 'preact/hooks';
import { toCsv } from '../../../../core/csv';
import { MAX_LINKS_PER_REQUEST, NewLinksSchema } from '../../../../core/schemas/links';
import { saveFile, today } from '../../lib/download';
import { fill, useLanguage } from '../../lib/i18n';
import { linkUrl } from '../../lib/labels';
import { useFormCheck } from '../../lib/validation';
import { CopyField } from './CopyField';
import { invitationText } from './invitation';
import { qrSvg } from './qr';
import type { NewLinkRequest, Overview, OverviewPartner, OverviewSurvey } from './types';

const text = {
  open: { nl: 'Open link', en: 'Open link' },
  openHelp: {
    nl: 'Eén link voor iedereen van deze partner, bijvoorbeeld op intranet of als QR-code op een poster. De link stopt na het maximum aantal antwoorden.',
    en: 'One link for everyone at this partner, for example on the intranet or as a QR code on a poster. The link stops after its maximum number of answers.',
  },
  cap: { nl: 'Maximum aantal antwoorden via deze link', en: 'Maximum number of answers through this link' },
  capDefault: {
    nl: 'Leeg: zoveel als {partner} medewerkers heeft ({n}), min wat de andere links van {partner} al kunnen ontvangen.',
    en: 'Empty: as many as {partner} has staff ({n}), minus what the other links of {partner} can already take.',
  },
  capNeeded: {
    nl: 'Het aantal medewerkers van {partner} is niet bekend: vul een maximum in.',
    en: 'The number of staff of {partner} is not known: fill in a maximum.',
  },
  uncapped: { nl: 'Geen maximum (niet aanbevolen)', en: 'No maximum (not recommended)' },
  uncappedWarning: {
    nl: 'Zonder maximum kan iedereen met de link onbeperkt antwoorden toevoegen. Wie zelf antwoorden verzint, kan zo de antwoorden van echte medewerkers herleiden. Iedereen die het rapport leest, ziet dat {partner} een open link zonder maximum heeft en hoeveel antwoorden via open links kwamen.',
    en: 'Without a maximum anyone with the link can add any number of answers. Someone who makes answers up could work out real staff members’ answers that way. Everyone who reads the report sees that {partner} has an open link without a maximum, and how many answers came through open links.',
  },
  makeOpen: { nl: 'Open link maken', en: 'Create open link' },
  openLink: { nl: 'Open link voor {partner}', en: 'Open link for {partner}' },
  qr: { nl: 'QR-code van de open link voor {partner}', en: 'QR code of the open link for {partner}' },
  qrDownload: { nl: 'QR-code downloaden (SVG)', en: 'Download QR code (SVG)' },
  single: { nl: 'Persoonlijke links (eenmalig)', en: 'Personal links (single use)' },
  singleHelp: {
    nl: 'Elke medewerker een eigen link die één keer antwoorden toelaat, als CSV-bestand voor een mail merge (kolommen partner en link). De links staan alleen in dit bestand: wij bewaren ze niet en kunnen ze niet opnieuw tonen. Bewaar het bestand zorgvuldig en verwijder het na het versturen.',
    en: 'Each member of staff gets their own link that allows one answer, as a CSV file for a mail merge (columns partner and link). The links exist only in this file: we do not keep them and cannot show them again. Keep the file carefully and delete it after sending.',
  },
  count: { nl: 'Aantal persoonlijke links voor {partner}', en: 'Number of personal links for {partner}' },
  makeSingle: { nl: 'Persoonlijke links maken en downloaden (CSV)', en: 'Create and download personal links (CSV)' },
  downloadAgain: {
    nl: 'De {n} links opnieuw downloaden (alleen zolang deze pagina open is)',
    en: 'Download the {n} links again (only while this page is open)',
  },
  singleDone: { nl: '{n} persoonlijke links gemaakt en gedownload.', en: '{n} personal links created and downloaded.' },
  contact: { nl: 'Link voor de contactpersoon', en: 'Link for the contact person' },
  contactHelp: {
    nl: 'Een contactpersoon van de partner ziet hiermee alleen de respons van de eigen organisatie en de eigen links, niets van andere partners en geen antwoorden.',
    en: "With this, a partner's contact person sees only their own organisation's response and links: nothing of other partners and no answers.",
  },
  makeContact: { nl: 'Contactpersoonlink maken', en: 'Create contact-person link' },
  contactLink: { nl: 'Contactpersoonlink voor {partner}', en: 'Contact-person link for {partner}' },
  onceNote: {
    nl: 'Deze link wordt alleen nu getoond. Kwijt? Geef hem opnieuw uit in de lijst met links.',
    en: 'This link is shown only now. Lost it? Re-issue it in the list of links.',
  },
  invitation: { nl: 'Uitnodiging ({language})', en: 'Invitation ({language})' },
  invitationPersonal: {
    nl: 'Uitnodiging voor de mail merge ({language}); {{link}} wordt de persoonlijke link',
    en: 'Invitation for the mail merge ({language}); {{link}} becomes the personal link',
  },
  dutch: { nl: 'Nederlands', en: 'Dutch' },
  english: { nl: 'Engels', en: 'English' },
  csvPartner: { nl: 'partner', en: 'partner' },
};

/** The mail-merge field the invitation for personal links refers to (the CSV's link column). */
const MERGE_FIELD = '{{link}}';

export function PartnerLinks(props: {
  overview: Overview;
  survey: OverviewSurvey;
  partner: OverviewPartner;
  issue: (request: NewLinkRequest) => Promise<{ secret: string }[] | null>;
}) {
  const { t } = useLanguage();
  const { overview, survey, partner } = props;
  const [cap, setCap] = useState('');
  const [uncapped, setUncapped] = useState(false);
  const [count, setCount] = useState(10);
  const [openUrl, setOpenUrl] = useState<string | null>(null);
  const [contactUrl, setContactUrl] = useState<string | null>(null);
  const [batch, setBatch] = useState<{ fileName: string; csv: string; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFormCheck();
  const key = partner.id.slice(0, 8);

  const facts = (link: string) => ({
    partnership: { nl: overview.partnership.name, en: overview.partnership.nameEn },
    challenge: { nl: overview.partnership.challenge, en: overview.partnership.challengeEn },
    partner: partner.name,
    minGroupSize: survey.minGroupSize,
    closesOn: survey.closesOn,
    shownAsOrganisation: partner.shownAsOrganisation,
    link,
  });

  async function run<T>(action: () => Promise<T>) {
    setBusy(true);
    try {
      return await action();
    } finally {
      setBusy(false);
    }
  }

  /** Issues the links the request asks for, once the links schema accepts it. */
  const issueChecked = (request: NewLinkRequest) => (form.check(NewLinksSchema, request) ? props.issue(request) : Promise.resolve(null));

  const makeOpen = () =>
    run(async () => {
      const links = await issueChecked({
        scope: 'respondent_open',
        surveyId: survey.id,
        partnerId: partner.id,
        // Left out, the Worker caps the link at what the partner's expected staff leaves room for.
        ...(uncapped ? { maxUses: null } : cap === '' ? {} : { maxUses: Number(cap) }),
        label: t(text.open),
      });
      if (links) setOpenUrl(linkUrl('respondent_open', links[0]!.secret));
    });

  const makeSingle = () =>
    run(async () => {
      const links = await issueChecked({ scope: 'respondent_single', surveyId: survey.id, partnerId: partner.id, count });
      if (!links) return;
      const csv = toCsv(
        [t(text.csvPartner), 'link'],
        links.map((l) => [partner.name, linkUrl('respondent_single', l.secret)]),
      );
      const safeName =
        partner.name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'partner';
      const fileName = `samenwaarde-links-${safeName}-${today()}.csv`;
      setBatch({ fileName, csv, n: links.length });
      saveFile(fileName, csv, 'text/csv;charset=utf-8');
    });

  const makeContact = () =>
    run(async () => {
      const links = await issueChecked({ scope: 'partner_contact', partnerId: partner.id, label: t(text.contact) });
      if (links) setContactUrl(linkUrl('partner_contact', links[0]!.secret));
    });

  const qrTitle = fill(t(text.qr), { partner: partner.name });
  return (
    <section class="partner-links" aria-labelledby={`partner-${key}`}>
      <h3 id={`partner-${key}`}>{partner.name}</h3>

      <h4>{t(text.open)}</h4>
      <p class="muted small">{t(text.openHelp)}</p>
      <div class="inline-form">
        <div>
          <label for={`cap-${key}`}>{t(text.cap)}</label>
          <input
            id={`cap-${key}`}
            type="number"
            min={1}
            max={100000}
            class="narrow"
            value={cap}
            disabled={uncapped}
            {...form.field('maxUses', `cap-${key}`, `cap-help-${key}`)}
            onInput={(e) => setCap(e.currentTarget.value)}
          />
          <p id={`cap-help-${key}`} class="muted small">
            {partner.expectedStaff === null
              ? fill(t(text.capNeeded), { partner: partner.name })
              : fill(t(text.capDefault), { partner: partner.name, n: partner.expectedStaff })}
          </p>
          {form.error('maxUses', `cap-${key}`)}
          <label>
            <input type="checkbox" checked={uncapped} onChange={(e) => setUncapped(e.currentTarget.checked)} /> {t(text.uncapped)}
          </label>
          {uncapped ? <p class="warning-text">{fill(t(text.uncappedWarning), { partner: partner.name })}</p> : null}
        </div>
        <button type="button" disabled={busy} onClick={makeOpen}>
          {t(text.makeOpen)}
        </button>
      </div>
      {openUrl ? (
        <div class="issued">
          <p class="muted small">{t(text.onceNote)}</p>
          <CopyField label={fill(t(text.openLink), { partner: partner.name })} value={openUrl} />
          {/* The SVG is made here from our own encoder output: no user markup reaches it unescaped. */}
          <div class="qr" dangerouslySetInnerHTML={{ __html: qrSvg(openUrl, qrTitle) }} />
          <button
            type="button"
            class="secondary"
            onClick={() => saveFile(`samenwaarde-qr-${key}.svg`, qrSvg(openUrl, qrTitle), 'image/svg+xml')}
          >
            {t(text.qrDownload)}
          </button>
          <CopyField label={fill(t(text.invitation), { language: t(text.dutch) })} value={invitationText(facts(openUrl), 'nl')} multiline />
          <CopyField
            label={fill(t(text.invitation), { language: t(text.english) })}
            value={invitationText(facts(openUrl), 'en')}
            multiline
          />
        </div>
      ) : null}

      <h4>{t(text.single)}</h4>
      <p class="muted small">{t(text.singleHelp)}</p>
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
      {batch ? (
        <div class="issued">
          <p role="status">{fill(t(text.singleDone), { n: batch.n })}</p>
          <button type="button" class="secondary" onClick={() => saveFile(batch.fileName, batch.csv, 'text/csv;charset=utf-8')}>
            {fill(t(text.downloadAgain), { n: batch.n })}
          </button>
          <CopyField
            label={fill(t(text.invitationPersonal), { language: t(text.dutch) })}
            value={invitationText(facts(MERGE_FIELD), 'nl')}
            multiline
          />
          <CopyField
            label={fill(t(text.invitationPersonal), { language: t(text.english) })}
            value={invitationText(facts(MERGE_FIELD), 'en')}
            multiline
          />
        </div>
      ) : null}

      <h4>{t(text.contact)}</h4>
      <p class="muted small">{t(text.contactHelp)}</p>
      <button type="button" class="secondary" disabled={busy} onClick={makeContact}>
        {t(text.makeContact)}
      </button>
      {contactUrl ? (
        <div class="issued">
          <p class="muted small">{t(text.onceNote)}</p>
          <CopyField label={fill(t(text.contactLink), { partner: partner.name })} value={contactUrl} />
        </div>
      ) : null}
    </section>
  );
}
