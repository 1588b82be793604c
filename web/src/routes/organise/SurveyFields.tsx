/**
 * The fields of a survey (title, sections, languages, dates, threshold k, retention), shared by
 * the set-up page and "another survey" on the organiser page. Labels are the fields' names in
 * core/schemas/fields.ts, so a problem names the field exactly as the form labels it.
 */
import { DEFAULT_MIN_GROUP_SIZE, MIN_GROUP_SIZE_CEILING, MIN_GROUP_SIZE_FLOOR } from '../../../../core/confidentiality';
import { currentSections } from '../../../../core/instrument/sections';
import {
  defaultSections,
  languages,
  requiredSections,
  type SectionId,
  type Language as SurveyLanguage,
} from '../../../../core/instrument/types';
import { fieldNames } from '../../../../core/schemas/fields';
import { fill, useLanguage } from '../../lib/i18n';
import { languageLabels } from '../../lib/labels';
import type { FormCheck } from '../../lib/validation';

export interface SurveyDraft {
  title: string;
  sections: SectionId[];
  languages: SurveyLanguage[];
  opensOn: string;
  closesOn: string;
  minGroupSize: number;
  retainUntil: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const addDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A new survey with the defaults the mission asks for: the sections the report needs, four weeks open, answers kept a year. */
export function newSurveyDraft(title: string): SurveyDraft {
  return {
    title,
    sections: [...defaultSections],
    languages: ['nl', 'en'],
    opensOn: today(),
    closesOn: addDays(28),
    minGroupSize: DEFAULT_MIN_GROUP_SIZE,
    retainUntil: addDays(365),
  };
}

/** The request body for a draft: empty dates are left out (no closing day, no retention day). */
export function surveyBody(draft: SurveyDraft) {
  return {
    title: draft.title,
    sections: draft.sections,
    languages: draft.languages,
    minGroupSize: draft.minGroupSize,
    opensOn: draft.opensOn || undefined,
    closesOn: draft.closesOn || null,
    retainUntil: draft.retainUntil || null,
  };
}

const text = {
  sectionsHelp: {
    nl: 'Drijfveren, werkwijze, waarden en bereidheid zitten er altijd in. De andere aangevinkte onderdelen voeden elk een deel van het rapport (halen en brengen, publieke waarde, spanningen, beeld van elkaar, eigen woorden); samen ongeveer 14 minuten. "Over u" staat uit: het deelt partners op in kleinere groepen, die vaak onder k blijven.',
    en: 'Drives, ways of working, values and readiness are always included. The other ticked sections each feed a part of the report (get and bring, public value, tensions, how partners see each other, their own words); together about 14 minutes. "About you" is off: it splits partners into smaller groups, which often stay below k.',
  },
  always: { nl: '(altijd)', en: '(always)' },
  minutes: { nl: 'ongeveer {n} min.', en: 'about {n} min.' },
  closesHelp: { nl: 'Leeg laten: open tot u hem zelf sluit.', en: 'Leave empty: open until you close it yourself.' },
  kHelp: {
    nl: 'Niemand ziet een gemiddelde, grafiek, uitsplitsing of exportregel van een groep kleiner dan dit aantal. Zo zijn antwoorden niet terug te leiden naar een persoon. Standaard {default}, nooit minder dan {floor}. Na de eerste antwoorden kan k alleen nog omhoog.',
    en: 'Nobody sees a mean, chart, breakdown or export row for a group smaller than this number, so answers cannot be traced back to a person. Default {default}, never below {floor}. Once answers have come in, k can only go up.',
  },
  retainHelp: {
    nl: 'De nacht na deze datum worden alle antwoorden van deze vragenlijst automatisch en definitief verwijderd. Leeg laten: bewaren tot u ze zelf verwijdert.',
    en: 'The night after this date all responses to this survey are deleted automatically and for good. Leave empty: keep them until you delete them yourself.',
  },
};

/**
 * The survey's fields. `idPrefix` keeps ids unique when two forms share a page; `pathPrefix` is
 * where the survey sits in the request body (`survey.` in a new partnership), so `form` finds the
 * problems that belong next to each field.
 */
export function SurveyFields({
  draft,
  onChange,
  idPrefix,
  form,
  pathPrefix = '',
}: {
  draft: SurveyDraft;
  onChange: (draft: SurveyDraft) => void;
  idPrefix: string;
  form: FormCheck;
  pathPrefix?: string;
}) {
  const { t } = useLanguage();
  const set = (patch: Partial<SurveyDraft>) => onChange({ ...draft, ...patch });
  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((x) => x !== value));
  const id = (name: string) => `${idPrefix}-${name}`;
  /** The field's path in the body and its element id, for `form`. */
  const at = (path: keyof SurveyDraft, name: string) => [`${pathPrefix}${path}`, id(name)] as const;
  return (
    <>
      <label for={id('title')}>{t(fieldNames.title)}</label>
      <input
        id={id('title')}
        type="text"
        required
        maxLength={160}
        value={draft.title}
        {...form.field(...at('title', 'title'))}
        onInput={(e) => set({ title: e.currentTarget.value })}
      />
      {form.error(...at('title', 'title'))}

      <fieldset>
        <legend>{t(fieldNames.sections)}</legend>
        <p class="muted" id={id('sections-help')}>
          {t(text.sectionsHelp)}
        </p>
        <ul class="check-list">
          {currentSections.map((section) => {
            const required = requiredSections.includes(section.id);
            return (
              <li key={section.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={draft.sections.includes(section.id)}
                    disabled={required}
                    {...form.field(...at('sections', 'sections'), id('sections-help'))}
                    onChange={(e) => set({ sections: toggle(draft.sections, section.id, e.currentTarget.checked) })}
                  />
                  <span>
                    {t(section.title)}{' '}
                    <span class="muted">{required ? t(text.always) : fill(t(text.minutes), { n: section.minutes })}</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        {form.error(...at('sections', 'sections'))}
      </fieldset>

      <fieldset>
        <legend>{t(fieldNames.languages)}</legend>
        <ul class="check-list">
          {languages.map((l) => (
            <li key={l}>
              <label>
                <input
                  type="checkbox"
                  checked={draft.languages.includes(l)}
                  {...form.field(...at('languages', 'languages'))}
                  onChange={(e) => set({ languages: toggle(draft.languages, l, e.currentTarget.checked) })}
                />{' '}
                {t(languageLabels[l])}
              </label>
            </li>
          ))}
        </ul>
        {form.error(...at('languages', 'languages'))}
      </fieldset>

      <div class="field-row">
        <div>
          <label for={id('opens')}>{t(fieldNames.opensOn)}</label>
          <input
            id={id('opens')}
            type="date"
            required
            value={draft.opensOn}
            {...form.field(...at('opensOn', 'opens'))}
            onInput={(e) => set({ opensOn: e.currentTarget.value })}
          />
          {form.error(...at('opensOn', 'opens'))}
        </div>
        <div>
          <label for={id('closes')}>{t(fieldNames.closesOn)}</label>
          <input
            id={id('closes')}
            type="date"
            value={draft.closesOn}
            min={draft.opensOn}
            {...form.field(...at('closesOn', 'closes'), id('closes-help'))}
            onInput={(e) => set({ closesOn: e.currentTarget.value })}
          />
          <p class="muted small" id={id('closes-help')}>
            {t(text.closesHelp)}
          </p>
          {form.error(...at('closesOn', 'closes'))}
        </div>
      </div>

      <label for={id('k')}>{t(fieldNames.minGroupSize)}</label>
      <input
        id={id('k')}
        type="number"
        required
        min={MIN_GROUP_SIZE_FLOOR}
        max={MIN_GROUP_SIZE_CEILING}
        value={draft.minGroupSize}
        {...form.field(...at('minGroupSize', 'k'), id('k-help'))}
        class="narrow"
        onInput={(e) => set({ minGroupSize: e.currentTarget.valueAsNumber })}
      />
      {form.error(...at('minGroupSize', 'k'))}
      <p class="muted small" id={id('k-help')}>
        {fill(t(text.kHelp), { default: DEFAULT_MIN_GROUP_SIZE, floor: MIN_GROUP_SIZE_FLOOR })}
      </p>

      <label for={id('retain')}>{t(fieldNames.retainUntil)}</label>
      <input
        id={id('retain')}
        type="date"
        value={draft.retainUntil}
        min={draft.closesOn || draft.opensOn}
        {...form.field(...at('retainUntil', 'retain'), id('retain-help'))}
        class="narrow"
        onInput={(e) => set({ retainUntil: e.currentTarget.value })}
      />
      {form.error(...at('retainUntil', 'retain'))}
      <p class="muted small" id={id('retain-help')}>
        {t(text.retainHelp)}
      </p>
    </>
  );
}
