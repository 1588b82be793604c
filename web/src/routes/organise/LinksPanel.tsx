/**
 * The links part of the organiser page: per partner its open, personal and contact links, then the
 * report links and the list of every link. The links that are shown on screen are fetched again
 * from the server (for this organiser link only) whenever the list of live links changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { NewLinksSchema } from '../../../../core/schemas/links';
import { fill, useLanguage } from '../../lib/i18n';
import { linkUrl } from '../../lib/labels';
import { useFormCheck } from '../../lib/validation';
import { CopyField } from './CopyField';
import { LinksTable } from './LinksTable';
import { PartnerLinks } from './PartnerLinks';
import type { OverviewSurvey } from './types';
import type { Organiser } from './useOrganiser';

const text = {
  title: { nl: 'Links per partner', en: 'Links per partner' },
  help: {
    nl: 'Links zijn de enige toegang: er zijn geen accounts. Wij bewaren elke link versleuteld met een sleutel die alleen een organisatorlink opent, zodat u ze hier altijd terugvindt. Een link die niet meer veilig is, trekt u in of geeft u opnieuw uit onder "Alle links".',
    en: 'Links are the only access: there are no accounts. We keep each link encrypted under a key only an organiser link opens, so you always find them here again. A link that is no longer safe can be revoked or re-issued under "All links".',
  },
  report: { nl: 'Links voor het rapport', en: 'Links for the report' },
  partner: { nl: 'Links voor partner', en: 'Links for partner' },
  reportHelp: {
    nl: 'Voor de leiding van de samenwerking: deze link opent het rapport en kan niets aan de vragenlijst wijzigen.',
    en: 'For the leads of the partnership: this link opens the report and cannot change anything in the survey.',
  },
  reportWaves: { nl: 'Welke metingen kan de link lezen?', en: 'Which waves can the link read?' },
  thisWave: { nl: 'Alleen deze meting', en: 'Only this wave' },
  everyWave: {
    nl: 'Alle metingen van de samenwerking, ook latere (met wat er veranderde)',
    en: 'Every wave of the partnership, later ones too (with what changed)',
  },
  leadScope: {
    nl: 'De link mag ook afspraken vastleggen bij de bevindingen (voor de voorzitter of secretaris)',
    en: 'The link may also record agreements on the findings (for the chair or secretary)',
  },
  everyWaveShort: { nl: 'alle metingen', en: 'every wave' },
  thisWaveShort: { nl: 'deze meting', en: 'this wave' },
  withAgreements: { nl: 'met afspraken', en: 'with agreements' },
  reportLabel: { nl: 'Omschrijving (bijvoorbeeld: stuurgroep)', en: 'Label (for example: steering group)' },
  makeReport: { nl: 'Rapportlink maken', en: 'Create report link' },
  reportLink: { nl: 'Rapportlink ({what})', en: 'Report link ({what})' },
};

/** The scopes whose links the page shows in full. */
const onScreen = new Set(['respondent_open', 'partner_contact', 'report', 'lead']);

export function LinksPanel({ org, survey }: { org: Organiser; survey: OverviewSurvey }) {
  const { t } = useLanguage();
  const { overview, show, shown } = org;
  const [reportLabel, setReportLabel] = useState('');
  const [reportWaves, setReportWaves] = useState<'this' | 'every'>('every');
  const [reportLead, setReportLead] = useState(false);
  const [partnerId, setPartnerId] = useState(overview.partners[0]?.id);
  const partner = overview.partners.find((p) => p.id === partnerId) ?? overview.partners[0];
  const reportForm = useFormCheck();

  const wanted = overview.links
    .filter((l) => !l.revoked && l.canShowAgain && onScreen.has(l.scope) && !shown[l.id])
    .map((l) => l.id)
    .join(',');
  useEffect(() => {
    if (wanted) void show(wanted.split(','));
  }, [wanted, show]);

  // The report links that read this wave: made for it, or for every wave of the partnership.
  const reports = overview.links.filter(
    (l) => (l.scope === 'report' || l.scope === 'lead') && (l.surveyId === survey.id || l.surveyId === null) && !l.revoked && shown[l.id],
  );
  const what = (l: (typeof reports)[number]) =>
    [l.label, t(l.surveyId ? text.thisWaveShort : text.everyWaveShort), l.scope === 'lead' ? t(text.withAgreements) : '']
      .filter(Boolean)
      .join(', ');
  return (
    <>
      <section aria-labelledby="links-per-partner">
        <h2 id="links-per-partner">{t(text.title)}</h2>
        <p class="muted">{t(text.help)}</p>
        {overview.partners.length > 1 ? (
          <div class="inline-form">
            <div>
              <label for="links-partner">{t(text.partner)}</label>
              <select id="links-partner" value={partner?.id} onChange={(e) => setPartnerId(e.currentTarget.value)}>
                {overview.partners.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : null}
        {partner ? <PartnerLinks key={`${survey.id}:${partner.id}`} org={org} survey={survey} partner={partner} /> : null}
      </section>

      <section aria-labelledby="report-links">
        <h2 id="report-links">{t(text.report)}</h2>
        <p class="muted">{t(text.reportHelp)}</p>
        {reports.map((l) => (
          <CopyField key={l.id} label={fill(t(text.reportLink), { what: what(l) })} value={linkUrl('report', shown[l.id]!)} />
        ))}
        <div class="inline-form">
          <div>
            <label for="report-label">{t(text.reportLabel)}</label>
            <input
              id="report-label"
              type="text"
              maxLength={120}
              value={reportLabel}
              {...reportForm.field('label', 'report-label')}
              onInput={(e) => setReportLabel(e.currentTarget.value)}
            />
            {reportForm.error('label', 'report-label')}
          </div>
        </div>
        <fieldset>
          <legend>{t(text.reportWaves)}</legend>
          <ul class="check-list">
            {(['every', 'this'] as const).map((choice) => (
              <li key={choice}>
                <label>
                  <input type="radio" name="report-waves" checked={reportWaves === choice} onChange={() => setReportWaves(choice)} />
                  {t(choice === 'this' ? text.thisWave : text.everyWave)}
                </label>
              </li>
            ))}
          </ul>
          <ul class="check-list">
            <li>
              <label>
                <input type="checkbox" checked={reportLead} onChange={(e) => setReportLead(e.currentTarget.checked)} />
                {t(text.leadScope)}
              </label>
            </li>
          </ul>
        </fieldset>
        <div class="actions">
          <button
            type="button"
            onClick={async () => {
              // A report link opens the wave in view only, or every wave of the partnership (docs/design.md §3).
              const request = {
                scope: reportLead ? ('lead' as const) : ('report' as const),
                ...(reportWaves === 'this' ? { surveyId: survey.id } : {}),
                ...(reportLabel.trim() ? { label: reportLabel } : {}),
              };
              if (!reportForm.check(NewLinksSchema, request)) return;
              if (await org.issue(request)) setReportLabel('');
            }}
          >
            {t(text.makeReport)}
          </button>
        </div>
      </section>

      <LinksTable org={org} />
    </>
  );
}
