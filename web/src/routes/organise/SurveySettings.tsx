/**
 * Changing a survey's dates and threshold k, checked with the API's settings schema before it is
 * sent. The panel mounts it afresh (a `key` of the stored values) whenever the stored survey
 * changes, so the fields always start from what is stored.
 */
import { useState } from 'preact/hooks';
import { MIN_GROUP_SIZE_CEILING, MIN_GROUP_SIZE_FLOOR } from '../../../../core/confidentiality';
import { fieldNames } from '../../../../core/schemas/fields';
import { SurveySettingsSchema } from '../../../../core/schemas/organiser';
import type { Api } from '../../lib/api';
import { useLanguage } from '../../lib/i18n';
import { useFormCheck } from '../../lib/validation';
import type { OverviewSurvey } from './types';

const text = {
  kHelp: {
    nl: 'Zijn er al antwoorden, dan kan k alleen nog omhoog: respondenten antwoordden onder de belofte die zij zagen.',
    en: 'Once there are answers, k can only go up: respondents answered under the promise they saw.',
  },
  save: { nl: 'Wijzigingen opslaan', en: 'Save changes' },
  saved: { nl: 'De wijzigingen zijn opgeslagen.', en: 'The changes have been saved.' },
};

/** A stable identity of the stored settings: the form starts over when any of them changes. */
export const settingsKey = (survey: OverviewSurvey) =>
  [survey.id, survey.opensOn, survey.closesOn, survey.retainUntil, survey.minGroupSize].join('|');

export function SurveySettings(props: {
  api: Api;
  survey: OverviewSurvey;
  /** Sends a request; on success reports `success` and refreshes the page's data. */
  act: (request: () => Promise<Response>, success: string) => Promise<void>;
}) {
  const { t } = useLanguage();
  const { survey } = props;
  const form = useFormCheck();
  const [settings, setSettings] = useState({
    opensOn: survey.opensOn,
    closesOn: survey.closesOn ?? '',
    retainUntil: survey.retainUntil ?? '',
    minGroupSize: survey.minGroupSize,
  });
  const dateField = (name: 'opensOn' | 'closesOn' | 'retainUntil', id: string, required = false) => (
    <div>
      <label for={id}>{t(fieldNames[name])}</label>
      <input
        id={id}
        type="date"
        required={required}
        value={settings[name]}
        {...form.field(name, id)}
        onInput={(e) => setSettings({ ...settings, [name]: e.currentTarget.value })}
      />
      {form.error(name, id)}
    </div>
  );

  return (
    <form
      class="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const json = {
          opensOn: settings.opensOn,
          closesOn: settings.closesOn || null,
          retainUntil: settings.retainUntil || null,
          minGroupSize: settings.minGroupSize,
        };
        if (!form.check(SurveySettingsSchema, json)) return;
        void props.act(() => props.api.organiser.surveys[':surveyId'].$patch({ param: { surveyId: survey.id }, json }), t(text.saved));
      }}
    >
      <div class="field-row">
        {dateField('opensOn', 'set-opens', true)}
        {dateField('closesOn', 'set-closes')}
        {dateField('retainUntil', 'set-retain')}
      </div>
      <label for="set-k">{t(fieldNames.minGroupSize)}</label>
      <input
        id="set-k"
        type="number"
        class="narrow"
        min={MIN_GROUP_SIZE_FLOOR}
        max={MIN_GROUP_SIZE_CEILING}
        required
        value={settings.minGroupSize}
        {...form.field('minGroupSize', 'set-k', 'set-k-help')}
        onInput={(e) => setSettings({ ...settings, minGroupSize: e.currentTarget.valueAsNumber })}
      />
      {form.error('minGroupSize', 'set-k')}
      <p class="muted small" id="set-k-help">
        {t(text.kHelp)}
      </p>
      {form.summary}
      <div class="actions">
        <button type="submit">{t(text.save)}</button>
      </div>
    </form>
  );
}
