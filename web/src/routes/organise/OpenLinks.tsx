/**
 * A partner's open links for one survey: each shown again whenever the organiser comes back, with
 * its QR code and the ready invitation and reminder in Dutch and English; and a form for another.
 */
import { useState } from 'preact/hooks';
import { type InvitationFacts, invitationText } from '../../../../core/invitation';
import { NewLinksSchema } from '../../../../core/schemas/links';
import { saveFile } from '../../lib/download';
import { fill, useLanguage } from '../../lib/i18n';
import { languageLabels, linkUrl } from '../../lib/labels';
import type { FormCheck } from '../../lib/validation';
import { CopyField } from './CopyField';
import { qrSvg } from './qr';
import type { OverviewLink, OverviewPartner, OverviewSurvey } from './types';
import type { Organiser } from './useOrganiser';

const text = {
  title: { nl: 'Open link', en: 'Open link' },
  help: {
    nl: 'Eén link voor iedereen van deze partner, bijvoorbeeld op intranet of als QR-code op een poster. Hij blijft hier staan: u kunt hem altijd opnieuw kopiëren. De link stopt na het maximum aantal antwoorden.',
    en: 'One link for everyone at this partner, for example on the intranet or as a QR code on a poster. It stays here: you can copy it again at any time. The link stops after its maximum number of answers.',
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
  make: { nl: 'Open link maken', en: 'Create open link' },
  another: { nl: 'Nog een open link maken', en: 'Create another open link' },
  link: { nl: 'Open link voor {partner}', en: 'Open link for {partner}' },
  linkNamed: { nl: 'Open link voor {partner} ({label})', en: 'Open link for {partner} ({label})' },
  uses: { nl: '{n} keer gebruikt', en: 'Used {n} times' },
  usesOf: { nl: '{n} van {max} antwoorden gebruikt', en: '{n} of {max} answers used' },
  qr: { nl: 'QR-code van de open link voor {partner}', en: 'QR code of the open link for {partner}' },
  qrDownload: { nl: 'QR-code downloaden (SVG)', en: 'Download QR code (SVG)' },
  invitation: { nl: 'Uitnodiging ({language})', en: 'Invitation ({language})' },
  reminder: { nl: 'Herinnering ({language})', en: 'Reminder ({language})' },
  texts: { nl: 'Uitnodiging en herinnering', en: 'Invitation and reminder' },
  notKept: {
    nl: 'Deze link is gemaakt voordat links bewaard werden en kan niet opnieuw getoond worden. Geef hem opnieuw uit in "Alle links" om weer een link te zien (de oude werkt dan niet meer).',
    en: 'This link was made before links were kept and cannot be shown again. Re-issue it under "All links" to see a link again (the old one then stops working).',
  },
};

export function OpenLinks(props: {
  org: Organiser;
  survey: OverviewSurvey;
  partner: OverviewPartner;
  links: readonly OverviewLink[];
  facts: (link: string) => InvitationFacts;
  form: FormCheck;
  busy: boolean;
  run: (action: () => Promise<unknown>) => Promise<void>;
}) {
  const { t } = useLanguage();
  const { org, survey, partner, links, form } = props;
  const [cap, setCap] = useState('');
  const [uncapped, setUncapped] = useState(false);
  const key = partner.id.slice(0, 8);

  const make = () =>
    props.run(async () => {
      const request = {
        scope: 'respondent_open' as const,
        surveyId: survey.id,
        partnerId: partner.id,
        // Left out, the Worker caps the link at what the partner's expected staff leaves room for.
        ...(uncapped ? { maxUses: null } : cap === '' ? {} : { maxUses: Number(cap) }),
        label: t(text.title),
      };
      if (form.check(NewLinksSchema, request)) await org.issue(request);
    });

  const createForm = (
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
      <button type="button" disabled={props.busy} onClick={make}>
        {t(text.make)}
      </button>
    </div>
  );

  return (
    <>
      <h4>{t(text.title)}</h4>
      <p class="muted small">{t(text.help)}</p>
      {links.map((link) => {
        const secret = org.shown[link.id];
        const name =
          link.label && link.label !== t(text.title)
            ? fill(t(text.linkNamed), { partner: partner.name, label: link.label })
            : fill(t(text.link), { partner: partner.name });
        const used =
          link.maxUses === null ? fill(t(text.uses), { n: link.uses }) : fill(t(text.usesOf), { n: link.uses, max: link.maxUses });
        if (!link.canShowAgain) return <p key={link.id} class="muted small">{`${name}: ${t(text.notKept)}`}</p>;
        if (!secret) return null;
        const url = linkUrl('respondent_open', secret);
        const qrTitle = fill(t(text.qr), { partner: partner.name });
        return (
          <div class="issued" key={link.id}>
            <CopyField label={name} value={url} />
            <p class="muted small">{used}</p>
            {/* The SVG is made here from our own encoder output: no user markup reaches it unescaped. */}
            <div class="qr" dangerouslySetInnerHTML={{ __html: qrSvg(url, qrTitle) }} />
            <button
              type="button"
              class="secondary"
              onClick={() => saveFile(`samenwaarde-qr-${key}.svg`, qrSvg(url, qrTitle), 'image/svg+xml')}
            >
              {t(text.qrDownload)}
            </button>
            <details>
              <summary>{t(text.texts)}</summary>
              {(['invitation', 'reminder'] as const).flatMap((letter) =>
                (['nl', 'en'] as const).map((language) => (
                  <CopyField
                    key={`${letter}-${language}`}
                    label={`${fill(t(text[letter]), { language: t(languageLabels[language]) })}: ${partner.name}`}
                    value={invitationText(props.facts(url), language, letter)}
                    multiline
                  />
                )),
              )}
            </details>
          </div>
        );
      })}
      {links.length === 0 ? (
        createForm
      ) : (
        <details>
          <summary>{t(text.another)}</summary>
          {createForm}
        </details>
      )}
    </>
  );
}
