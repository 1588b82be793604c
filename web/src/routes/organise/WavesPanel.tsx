/**
 * The partnership's surveys (waves: a baseline, a follow-up a year later…): each with its dates and
 * status, the one to work on chosen here, and a form for the next.
 */
import { useState } from 'preact/hooks';
import { NewSurveySchema } from '../../../../core/schemas/organiser';
import { fill, useLanguage } from '../../lib/i18n';
import { useFormCheck } from '../../lib/validation';
import { wordsFor } from '../../lib/words';
import { newSurveyDraft, SurveyFields, surveyBody } from './SurveyFields';
import type { OverviewSurvey } from './types';
import type { Organiser } from './useOrganiser';

const text = {
  title: { nl: 'Metingen', en: 'Waves' },
  help: {
    nl: 'Elke vragenlijst is een meting met dezelfde partners. Kies de meting waarmee u werkt; links, respons en instellingen horen bij die meting.',
    en: 'Each survey is a wave with the same partners. Choose the wave you work on; links, response and settings belong to that wave.',
  },
  caption: { nl: 'Metingen van deze samenwerking', en: 'Waves of this partnership' },
  survey: { nl: 'Vragenlijst', en: 'Survey' },
  opens: { nl: 'Opent', en: 'Opens' },
  closes: { nl: 'Sluit na', en: 'Closes after' },
  status: { nl: 'Status', en: 'Status' },
  open: { nl: 'Open', en: 'Open' },
  closed: { nl: 'Gesloten', en: 'Closed' },
  notOpen: { nl: 'Niet open', en: 'Not open' },
  noDate: { nl: 'niet ingesteld', en: 'not set' },
  current: { nl: 'Waarmee u werkt', en: 'Working on' },
  choose: { nl: 'Werken met: {title}', en: 'Work on: {title}' },
  chooseButton: { nl: 'Kiezen', en: 'Choose' },
  another: { nl: 'Nog een meting', en: 'Another wave' },
  anotherHelp: {
    nl: 'Bijvoorbeeld een vervolgmeting na een jaar, met dezelfde partners.',
    en: 'For example a follow-up measurement after a year, with the same partners.',
  },
  anotherTitle: { nl: 'Vervolgmeting', en: 'Follow-up measurement' },
  create: { nl: 'Vragenlijst aanmaken', en: 'Create survey' },
  created: { nl: 'De vragenlijst is aangemaakt.', en: 'The survey has been created.' },
};

export function WavesPanel(props: { org: Organiser; surveyId: string | null; choose: (id: string) => void }) {
  const { language, t } = useLanguage();
  const words = wordsFor(language);
  const { org } = props;
  const [draft, setDraft] = useState(() => newSurveyDraft(t(text.anotherTitle)));
  const form = useFormCheck();
  const status = (s: OverviewSurvey) => t(s.isOpen ? text.open : s.status === 'closed' ? text.closed : text.notOpen);

  return (
    <>
      <section aria-labelledby="waves-title">
        <h2 id="waves-title">{t(text.title)}</h2>
        <p class="muted">{t(text.help)}</p>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t(text.caption)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(text.survey)}</th>
                <th scope="col">{t(text.opens)}</th>
                <th scope="col">{t(text.closes)}</th>
                <th scope="col">{t(text.status)}</th>
                <th scope="col">{t(text.current)}</th>
              </tr>
            </thead>
            <tbody>
              {org.overview.surveys.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.title}</th>
                  <td>{words.date(s.opensOn)}</td>
                  <td>{s.closesOn ? words.date(s.closesOn) : t(text.noDate)}</td>
                  <td>{status(s)}</td>
                  <td>
                    {s.id === props.surveyId ? (
                      t(text.current)
                    ) : (
                      <button
                        type="button"
                        class="secondary small-button"
                        aria-label={fill(t(text.choose), { title: s.title })}
                        onClick={() => props.choose(s.id)}
                      >
                        {t(text.chooseButton)}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="another-survey">
        <h2 id="another-survey">{t(text.another)}</h2>
        <p class="muted">{t(text.anotherHelp)}</p>
        <form
          class="form"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const json = surveyBody(draft);
            if (!form.check(NewSurveySchema, json)) return;
            const res = await org.send(() => org.api.organiser.surveys.$post({ json }));
            if (!res) return;
            const { survey } = (await res.json()) as { survey: OverviewSurvey };
            props.choose(survey.id);
            await org.changed(t(text.created));
          }}
        >
          <SurveyFields draft={draft} onChange={setDraft} idPrefix="another" form={form} />
          {form.summary}
          <div class="actions">
            <button type="submit">{t(text.create)}</button>
          </div>
        </form>
      </section>
    </>
  );
}
