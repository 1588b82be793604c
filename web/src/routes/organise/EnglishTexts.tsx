/**
 * The partnership's name and challenge in English, for English-speaking respondents and the English
 * invitation: two optional fields, on the new-partnership form and (to add or change them later) on
 * the organiser page. Without them English readers see the Dutch texts.
 */
import { useState } from 'preact/hooks';
import { fieldNames } from '../../../../core/schemas/fields';
import { EnglishTextsSchema } from '../../../../core/schemas/partnership';
import { type Api, readError } from '../../lib/api';
import { useLanguage } from '../../lib/i18n';
import type { FormCheck } from '../../lib/validation';
import { useFormCheck } from '../../lib/validation';

const text = {
  help: {
    nl: 'Niet verplicht. Respondenten die in het Engels antwoorden en de Engelse uitnodiging gebruiken deze teksten; zonder ziet men de Nederlandse.',
    en: 'Optional. Respondents who answer in English and the English invitation use these texts; without them readers see the Dutch ones.',
  },
  title: { nl: 'Naam en opgave in het Engels', en: 'Name and challenge in English' },
  save: { nl: 'Engelse teksten opslaan', en: 'Save English texts' },
  saved: { nl: 'De Engelse teksten zijn opgeslagen.', en: 'The English texts have been saved.' },
};

export interface EnglishDraft {
  readonly nameEn: string;
  readonly challengeEn: string;
}

/** The two fields; `prefix` is the schema path they sit under (`partnership.` in a new partnership). */
export function EnglishTextFields({
  draft,
  onChange,
  form,
  prefix = '',
}: {
  draft: EnglishDraft;
  onChange: (draft: EnglishDraft) => void;
  form: FormCheck;
  prefix?: string;
}) {
  const { t } = useLanguage();
  return (
    <>
      <label for="name-en">{t(fieldNames.nameEn)}</label>
      <input
        id="name-en"
        type="text"
        lang="en"
        maxLength={160}
        value={draft.nameEn}
        {...form.field(`${prefix}nameEn`, 'name-en', 'english-help')}
        onInput={(e) => onChange({ ...draft, nameEn: e.currentTarget.value })}
      />
      {form.error(`${prefix}nameEn`, 'name-en')}
      <label for="challenge-en">{t(fieldNames.challengeEn)}</label>
      <textarea
        id="challenge-en"
        lang="en"
        maxLength={1000}
        rows={3}
        value={draft.challengeEn}
        {...form.field(`${prefix}challengeEn`, 'challenge-en', 'english-help')}
        onInput={(e) => onChange({ ...draft, challengeEn: e.currentTarget.value })}
      />
      {form.error(`${prefix}challengeEn`, 'challenge-en')}
      <p class="muted small" id="english-help">
        {t(text.help)}
      </p>
    </>
  );
}

/** The fields as the request has them: an empty field is no text. */
export const englishBody = (draft: EnglishDraft) => ({ nameEn: draft.nameEn || null, challengeEn: draft.challengeEn || null });

/** Adding or changing the English texts later, on the organiser page. */
export function EnglishTextsForm(props: {
  api: Api;
  stored: { nameEn: string | null; challengeEn: string | null };
  onSaved: (message: string) => Promise<void>;
  onError: (message: string) => void;
}) {
  const { t } = useLanguage();
  const form = useFormCheck();
  const [draft, setDraft] = useState<EnglishDraft>({ nameEn: props.stored.nameEn ?? '', challengeEn: props.stored.challengeEn ?? '' });
  return (
    <details>
      <summary>{t(text.title)}</summary>
      <form
        class="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const json = englishBody(draft);
          if (!form.check(EnglishTextsSchema, json)) return;
          const res = await props.api.organiser['english-texts'].$put({ json });
          if (!res.ok) return props.onError((await readError(res)).message);
          await props.onSaved(t(text.saved));
        }}
      >
        <EnglishTextFields draft={draft} onChange={setDraft} form={form} />
        {form.summary}
        <div class="actions">
          <button type="submit">{t(text.save)}</button>
        </div>
      </form>
    </details>
  );
}
