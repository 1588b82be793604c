/**
 * Starting a partnership: what it is for, its partner organisations and its first survey. The form
 * is checked with the API's own schema before it is sent; the organiser link is shown once, with a
 * plain warning to keep it.
 */
import { useState } from 'preact/hooks';
import { fieldNames } from '../../../../core/schemas/fields';
import { collaborationFunctions, NewPartnershipSchema, sectors } from '../../../../core/schemas/partnership';
import { TopBar } from '../../components/TopBar';
import { apiClient, noConnection, readError } from '../../lib/api';
import { fill, useLanguage } from '../../lib/i18n';
import { type CollaborationFunction, functionLabels, linkUrl, type Sector, sectorLabels } from '../../lib/labels';
import { useFormCheck } from '../../lib/validation';
import { CopyField } from '../organise/CopyField';
import { type EnglishDraft, EnglishTextFields, englishBody } from '../organise/EnglishTexts';
import { newSurveyDraft, SurveyFields, surveyBody } from '../organise/SurveyFields';
import '../../components/admin-pages.css';

const text = {
  title: { nl: 'Een samenwerking starten', en: 'Start a partnership' },
  intro: {
    nl: 'Beschrijf de samenwerking, de partnerorganisaties en de vragenlijst. U krijgt daarna één organisatorlink waarmee u links verstuurt, de respons volgt en exporteert.',
    en: 'Describe the partnership, the partner organisations and the survey. You then get one organiser link to send links, follow the response and export.',
  },
  challengeHelp: {
    nl: 'Waar werken de partners samen aan? Respondenten lezen dit bovenaan de vragenlijst.',
    en: 'What do the partners work on together? Respondents read this at the top of the survey.',
  },
  horizonHelp: {
    nl: 'Waar willen de partners over ongeveer vijf jaar staan? Bijvoorbeeld: "2030: iedereen in de wijk aan het werk".',
    en: 'Where do the partners want to be in about five years? For example: "2030: everyone in the neighbourhood in work".',
  },
  partnersHelp: {
    nl: 'Minstens twee. Het aantal medewerkers dat u uitnodigt is nodig om het responspercentage te volgen.',
    en: 'At least two. The number of staff you invite is needed to follow the response rate.',
  },
  partnerLegend: { nl: 'Partner {n}', en: 'Partner {n}' },
  partnerName: { nl: 'Naam', en: 'Name' },
  sector: { nl: 'Sector', en: 'Sector' },
  staff: { nl: 'Aantal uit te nodigen medewerkers', en: 'Number of staff to invite' },
  shown: { nl: 'Antwoorden tonen als standpunt van de organisatie', en: "Show answers as the organisation's position" },
  shownHelp: {
    nl: 'Deze partner nodigt minder mensen uit dan de kleinste groep die getoond wordt (k = {k}). Dan zijn de antwoorden nooit anoniem te tonen en blijven ze verborgen. Vink dit alleen aan als de partner ermee instemt dat de antwoorden als standpunt van de organisatie worden getoond. Respondenten lezen dat vóór de eerste vraag.',
    en: "This partner invites fewer people than the smallest group that is shown (k = {k}). Its answers can then never be shown anonymously and stay hidden. Tick this only if the partner agrees that its answers are shown as the organisation's position. Respondents are told so before the first question.",
  },
  addPartner: { nl: 'Partner toevoegen', en: 'Add partner' },
  removePartner: { nl: 'Partner {n} verwijderen', en: 'Remove partner {n}' },
  surveyTitle: { nl: 'Nulmeting samenwerking', en: 'Partnership baseline' },
  create: { nl: 'Samenwerking aanmaken', en: 'Create partnership' },
  creating: { nl: 'Bezig met aanmaken…', en: 'Creating…' },
  created: { nl: 'De samenwerking is aangemaakt', en: 'The partnership has been created' },
  keepTitle: { nl: 'Bewaar deze link nu', en: 'Keep this link now' },
  keep: {
    nl: 'Dit is uw organisatorlink. Hij wordt maar één keer getoond: wij bewaren hem niet en kunnen hem niet terughalen. Bewaar hem op een veilige plek, bijvoorbeeld in uw wachtwoordbeheerder. Wie de link heeft, kan de samenwerking beheren en antwoorden exporteren of verwijderen: deel hem niet. Maak daarna op de organisatorpagina (Overdracht) een reserve-organisatorlink voor een collega: raken alle organisatorlinks kwijt, dan is de samenwerking niet meer te beheren.',
    en: 'This is your organiser link. It is shown only once: we do not keep it and cannot retrieve it. Keep it somewhere safe, for example in your password manager. Anyone who has it can manage the partnership and export or delete responses: do not share it. Then create a backup organiser link for a colleague on the organiser page (Hand-over): if every organiser link is lost, the partnership can no longer be managed.',
  },
  organiserLink: { nl: 'Organisatorlink', en: 'Organiser link' },
  open: { nl: 'Ik heb de link bewaard: naar de organisatorpagina', en: 'I have kept the link: go to the organiser page' },
};

interface PartnerDraft {
  name: string;
  sector: Sector;
  expectedStaff: string;
  shownAsOrganisation: boolean;
}

const emptyPartner = (sector: Sector): PartnerDraft => ({ name: '', sector, expectedStaff: '', shownAsOrganisation: false });

export default function NewPartnershipPage() {
  const { language, t } = useLanguage();
  const [name, setName] = useState('');
  const [challenge, setChallenge] = useState('');
  const [english, setEnglish] = useState<EnglishDraft>({ nameEn: '', challengeEn: '' });
  const [fn, setFn] = useState<CollaborationFunction>('strategic_alignment');
  const [horizon, setHorizon] = useState('');
  const [partners, setPartners] = useState<PartnerDraft[]>([emptyPartner('public'), emptyPartner('private')]);
  const [survey, setSurvey] = useState(() => newSurveyDraft(t(text.surveyTitle)));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [organiserUrl, setOrganiserUrl] = useState<string | null>(null);
  const form = useFormCheck();

  const setPartner = (index: number, patch: Partial<PartnerDraft>) =>
    setPartners(partners.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const isSmall = (p: PartnerDraft) => p.expectedStaff !== '' && Number(p.expectedStaff) < survey.minGroupSize;

  async function create(event: Event) {
    event.preventDefault();
    setError(null);
    const body = {
      partnership: { name, challenge, ...englishBody(english), collaborationFunction: fn, horizon },
      partners: partners.map((p) => ({
        name: p.name,
        sector: p.sector,
        expectedStaff: p.expectedStaff === '' ? null : Number(p.expectedStaff),
        // Only a partner smaller than k can be shown as its organisation's position.
        shownAsOrganisation: isSmall(p) && p.shownAsOrganisation,
      })),
      survey: surveyBody(survey),
    };
    if (!form.check(NewPartnershipSchema, body)) return;
    setBusy(true);
    try {
      const res = await apiClient(undefined, language).partnerships.$post({ json: body });
      if (res.status !== 201) return setError((await readError(res)).message);
      const created = await res.json();
      setOrganiserUrl(linkUrl('organiser', created.organiserSecret));
    } catch (problem) {
      console.error('creating the partnership did not reach the server', problem);
      setError(t(noConnection));
    } finally {
      setBusy(false);
    }
  }

  if (organiserUrl) {
    return (
      <>
        <TopBar />
        <main class="page">
          <h1>{t(text.created)}</h1>
          <section class="message message-warning" aria-labelledby="keep-title">
            <h2 id="keep-title">{t(text.keepTitle)}</h2>
            <p>{t(text.keep)}</p>
          </section>
          <CopyField label={t(text.organiserLink)} value={organiserUrl} />
          <div class="actions">
            <a class="button" href={organiserUrl}>
              {t(text.open)}
            </a>
          </div>
        </main>
      </>
    );
  }
  return (
    <>
      <TopBar />
      <main class="page">
        <h1>{t(text.title)}</h1>
        <p>{t(text.intro)}</p>
        {/* noValidate: the schema check below speaks the reader's language; the browser's bubbles do not. */}
        <form onSubmit={create} class="form" noValidate>
          <fieldset>
            <legend>
              <h2>{t(fieldNames.partnership)}</h2>
            </legend>
            <label for="name">{t(fieldNames['partnership.name'])}</label>
            <input
              id="name"
              type="text"
              required
              maxLength={160}
              value={name}
              {...form.field('partnership.name', 'name')}
              onInput={(e) => setName(e.currentTarget.value)}
            />
            {form.error('partnership.name', 'name')}
            <label for="challenge">{t(fieldNames['partnership.challenge'])}</label>
            <textarea
              id="challenge"
              required
              maxLength={1000}
              rows={3}
              value={challenge}
              {...form.field('partnership.challenge', 'challenge', 'challenge-help')}
              onInput={(e) => setChallenge(e.currentTarget.value)}
            />
            {form.error('partnership.challenge', 'challenge')}
            <p class="muted small" id="challenge-help">
              {t(text.challengeHelp)}
            </p>
            <EnglishTextFields draft={english} onChange={setEnglish} form={form} prefix="partnership." />
            <label for="fn">{t(fieldNames['partnership.collaborationFunction'])}</label>
            <select id="fn" value={fn} onChange={(e) => setFn(e.currentTarget.value as CollaborationFunction)}>
              {collaborationFunctions.map((f) => (
                <option key={f} value={f}>
                  {t(functionLabels[f])}
                </option>
              ))}
            </select>
            <label for="horizon">{t(fieldNames['partnership.horizon'])}</label>
            <input
              id="horizon"
              type="text"
              required
              maxLength={200}
              value={horizon}
              {...form.field('partnership.horizon', 'horizon', 'horizon-help')}
              onInput={(e) => setHorizon(e.currentTarget.value)}
            />
            {form.error('partnership.horizon', 'horizon')}
            <p class="muted small" id="horizon-help">
              {t(text.horizonHelp)}
            </p>
          </fieldset>

          <fieldset>
            <legend>
              <h2>{t(fieldNames.partners)}</h2>
            </legend>
            <p class="muted">{t(text.partnersHelp)}</p>
            {partners.map((p, i) => (
              <fieldset class="partner-card" key={i}>
                <legend>{fill(t(text.partnerLegend), { n: i + 1 })}</legend>
                <div class="field-row">
                  <div>
                    <label for={`partner-${i}`}>{t(text.partnerName)}</label>
                    <input
                      id={`partner-${i}`}
                      type="text"
                      required
                      maxLength={120}
                      value={p.name}
                      {...form.field(`partners.${i}.name`, `partner-${i}`)}
                      onInput={(e) => setPartner(i, { name: e.currentTarget.value })}
                    />
                    {form.error(`partners.${i}.name`, `partner-${i}`)}
                  </div>
                  <div>
                    <label for={`sector-${i}`}>{t(text.sector)}</label>
                    <select
                      id={`sector-${i}`}
                      value={p.sector}
                      onChange={(e) => setPartner(i, { sector: e.currentTarget.value as Sector })}
                    >
                      {sectors.map((s) => (
                        <option key={s} value={s}>
                          {t(sectorLabels[s])}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div>
                    <label for={`staff-${i}`}>{t(text.staff)}</label>
                    <input
                      id={`staff-${i}`}
                      type="number"
                      min={1}
                      max={1_000_000}
                      value={p.expectedStaff}
                      {...form.field(`partners.${i}.expectedStaff`, `staff-${i}`)}
                      onInput={(e) => setPartner(i, { expectedStaff: e.currentTarget.value })}
                    />
                    {form.error(`partners.${i}.expectedStaff`, `staff-${i}`)}
                  </div>
                </div>
                {isSmall(p) ? (
                  <div class="small-partner">
                    <p class="muted small" id={`shown-help-${i}`}>
                      {fill(t(text.shownHelp), { k: survey.minGroupSize })}
                    </p>
                    <label>
                      <input
                        type="checkbox"
                        checked={p.shownAsOrganisation}
                        aria-describedby={`shown-help-${i}`}
                        onChange={(e) => setPartner(i, { shownAsOrganisation: e.currentTarget.checked })}
                      />{' '}
                      {t(text.shown)}
                    </label>
                  </div>
                ) : null}
                {partners.length > 2 ? (
                  <button type="button" class="secondary" onClick={() => setPartners(partners.filter((_, j) => j !== i))}>
                    {fill(t(text.removePartner), { n: i + 1 })}
                  </button>
                ) : null}
              </fieldset>
            ))}
            <button type="button" class="secondary" onClick={() => setPartners([...partners, emptyPartner('public')])}>
              {t(text.addPartner)}
            </button>
          </fieldset>

          <fieldset>
            <legend>
              <h2>{t(fieldNames.survey)}</h2>
            </legend>
            <SurveyFields draft={survey} onChange={setSurvey} idPrefix="survey" form={form} pathPrefix="survey." />
          </fieldset>

          {form.summary}
          {error ? (
            <p class="error-text" role="alert">
              {error}
            </p>
          ) : null}
          <div class="actions">
            <button type="submit" disabled={busy}>
              {t(busy ? text.creating : text.create)}
            </button>
          </div>
        </form>
      </main>
    </>
  );
}
