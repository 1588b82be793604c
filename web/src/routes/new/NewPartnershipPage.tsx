/**
 * Starting a partnership: its partners and first survey. The organiser link is shown once.
 */
import { useState } from 'preact/hooks';
import { TopBar } from '../../components/TopBar';
import { apiClient, readError } from '../../lib/api';
import { useLanguage } from '../../lib/i18n';
import { collaborationFunctions, sectors } from '../../../../worker/schemas/partnership';
import { requiredSections, sectionIds, type SectionId } from '../../../../worker/instrument/types';

const text = {
  title: { nl: 'Een samenwerking starten', en: 'Start a partnership' },
  name: { nl: 'Naam van de samenwerking', en: 'Name of the partnership' },
  challenge: { nl: 'De maatschappelijke opgave', en: 'The societal challenge' },
  fn: { nl: 'Functie van de samenwerking', en: 'Function of the partnership' },
  horizon: { nl: 'Stip op de horizon (bijvoorbeeld 2030)', en: 'Point on the horizon (for example 2030)' },
  partners: { nl: 'Partnerorganisaties', en: 'Partner organisations' },
  partnerName: { nl: 'Naam partner {n}', en: 'Name of partner {n}' },
  sector: { nl: 'Sector van partner {n}', en: 'Sector of partner {n}' },
  addPartner: { nl: 'Partner toevoegen', en: 'Add partner' },
  k: { nl: 'Kleinste groep die getoond mag worden (minimaal 3)', en: 'Smallest group that may be shown (at least 3)' },
  create: { nl: 'Samenwerking aanmaken', en: 'Create partnership' },
  created: { nl: 'De samenwerking is aangemaakt', en: 'The partnership has been created' },
  keep: {
    nl: 'Bewaar deze organisatorlink goed. Hij wordt maar één keer getoond. Wie de link heeft, kan de samenwerking beheren.',
    en: 'Keep this organiser link safe. It is shown only once. Anyone who has it can manage the partnership.',
  },
  open: { nl: 'Naar de organisatorpagina', en: 'Go to the organiser page' },
  surveyTitle: { nl: 'Vragenlijst', en: 'Survey' },
};

const fnLabels: Record<(typeof collaborationFunctions)[number], { nl: string; en: string }> = {
  strategic_alignment: { nl: 'Strategische afstemming', en: 'Strategic alignment' },
  operational_alignment: { nl: 'Operationele afstemming', en: 'Operational alignment' },
  joint_development: { nl: 'Samen ontwikkelen', en: 'Joint development' },
  procurement: { nl: 'Inkoop', en: 'Procurement' },
};
const sectorLabels: Record<(typeof sectors)[number], { nl: string; en: string }> = {
  public: { nl: 'Publiek', en: 'Public' },
  private: { nl: 'Privaat', en: 'Private' },
  civil_society: { nl: 'Maatschappelijke organisatie', en: 'Civil society' },
  knowledge_institution: { nl: 'Kennisinstelling', en: 'Knowledge institution' },
  hybrid: { nl: 'Hybride', en: 'Hybrid' },
};

export default function NewPartnershipPage() {
  const { language, t } = useLanguage();
  const [partners, setPartners] = useState([{ name: '', sector: 'public' as (typeof sectors)[number] }, { name: '', sector: 'private' as (typeof sectors)[number] }]);
  const [error, setError] = useState<string | null>(null);
  const [organiserUrl, setOrganiserUrl] = useState<string | null>(null);

  async function create(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const res = await apiClient(undefined, language).partnerships.$post({
      json: {
        partnership: {
          name: String(form.get('name')),
          challenge: String(form.get('challenge')),
          collaborationFunction: form.get('fn') as (typeof collaborationFunctions)[number],
          horizon: String(form.get('horizon')),
        },
        partners,
        survey: {
          title: t(text.surveyTitle),
          sections: sectionIds.filter((s) => requiredSections.includes(s) || s !== 'perceptions') as SectionId[],
          languages: ['nl', 'en'],
          minGroupSize: Number(form.get('k')),
        },
      },
    });
    if (res.status !== 201) return setError((await readError(res)).message);
    const created = await res.json();
    setOrganiserUrl(`${location.origin}/organise#${created.organiserSecret}`);
  }

  if (organiserUrl) {
    return (
      <>
        <TopBar />
        <main class="page">
          <h1>{t(text.created)}</h1>
          <p class="message" role="alert">{t(text.keep)}</p>
          <p><code class="link-text">{organiserUrl}</code></p>
          <a class="button" href={organiserUrl}>{t(text.open)}</a>
        </main>
      </>
    );
  }
  return (
    <>
      <TopBar />
      <main class="page">
        <h1>{t(text.title)}</h1>
        <form onSubmit={create} class="form">
          <label for="name">{t(text.name)}</label>
          <input id="name" name="name" type="text" required maxLength={160} />
          <label for="challenge">{t(text.challenge)}</label>
          <textarea id="challenge" name="challenge" required maxLength={1000} rows={3} />
          <label for="fn">{t(text.fn)}</label>
          <select id="fn" name="fn">
            {collaborationFunctions.map((f) => <option key={f} value={f}>{t(fnLabels[f])}</option>)}
          </select>
          <label for="horizon">{t(text.horizon)}</label>
          <input id="horizon" name="horizon" type="text" required maxLength={200} />
          <fieldset>
            <legend>{t(text.partners)}</legend>
            {partners.map((p, i) => (
              <div class="partner-row" key={i}>
                <label for={`partner-${i}`}>{t(text.partnerName).replace('{n}', String(i + 1))}</label>
                <input id={`partner-${i}`} type="text" required value={p.name} onInput={(e) => setPartners(partners.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)))} />
                <label for={`sector-${i}`}>{t(text.sector).replace('{n}', String(i + 1))}</label>
                <select id={`sector-${i}`} value={p.sector} onChange={(e) => setPartners(partners.map((x, j) => (j === i ? { ...x, sector: e.currentTarget.value as (typeof sectors)[number] } : x)))}>
                  {sectors.map((s) => <option key={s} value={s}>{t(sectorLabels[s])}</option>)}
                </select>
              </div>
            ))}
            <button type="button" class="secondary" onClick={() => setPartners([...partners, { name: '', sector: 'public' }])}>{t(text.addPartner)}</button>
          </fieldset>
          <label for="k">{t(text.k)}</label>
          <input id="k" name="k" type="number" min={3} max={100} value={5} required />
          {error ? <p class="error-text" role="alert">{error}</p> : null}
          <div class="actions"><button type="submit">{t(text.create)}</button></div>
        </form>
      </main>
    </>
  );
}
