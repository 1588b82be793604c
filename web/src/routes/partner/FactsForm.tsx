/**
 * The organisation's stated facts for one survey (the facts form of its instrument version): who
 * may commit, what is committed and for how long, to whom the organisation accounts. The contact
 * answers for the organisation, not anonymously, and the form says so before the first question.
 * Every question may be left open; saving replaces what was stated before.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Answers, FactsForm as Form } from '../../../../core/instrument/types';
import { Message } from '../../components/Message';
import { type Api, readError } from '../../lib/api';
import { fill, useLanguage } from '../../lib/i18n';
import { fetchInstrument } from '../../lib/instrument';
import { wordsFor } from '../../lib/words';

const text = {
  notAnonymous: {
    nl: 'Let op: dit is niet anoniem. U antwoordt namens uw organisatie, en het rapport toont de antwoorden met de naam van uw organisatie.',
    en: 'Please note: this is not anonymous. You answer on behalf of your organisation, and the report shows the answers with your organisation’s name.',
  },
  none: { nl: 'Niets hiervan', en: 'None of these' },
  notAnswered: { nl: 'Niet ingevuld', en: 'Not answered' },
  save: { nl: 'Feiten opslaan', en: 'Save the facts' },
  saved: { nl: 'Opgeslagen op {day}. Het rapport toont deze feiten nu.', en: 'Saved on {day}. The report now shows these facts.' },
  notYet: { nl: 'Nog niets opgegeven.', en: 'Nothing stated yet.' },
  failed: { nl: 'Opslaan lukte niet', en: 'Saving failed' },
};

type Stated = { readonly answers: Answers; readonly updatedOn: string } | null;

export function FactsForm({ api, surveyId, version, stated }: { api: Api; surveyId: string; version: number; stated: Stated }) {
  const { language, t } = useLanguage();
  const [form, setForm] = useState<Form | null>(null);
  const [answers, setAnswers] = useState<Record<string, string | readonly string[]>>(
    (stated?.answers as Record<string, string | readonly string[]>) ?? {},
  );
  const [saved, setSaved] = useState<string | null>(stated?.updatedOn ?? null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    fetchInstrument(api, version).then(
      (instrument) => setForm(instrument.facts ?? null),
      (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)),
    );
  }, [api, version]);
  if (!form)
    return failed ? (
      <Message title={t(text.failed)} tone="error">
        <p>{failed}</p>
      </Message>
    ) : null;

  const set = (itemId: string, value: string | readonly string[] | undefined) =>
    setAnswers(({ [itemId]: _, ...rest }) => (value === undefined ? rest : { ...rest, [itemId]: value }));
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setFailed(null);
    try {
      const res = await api.partner.facts.$put({ json: { surveyId, answers } });
      if (!res.ok) throw new Error((await readError(res)).message);
      setSaved((await res.json()).facts.updatedOn);
    } catch (error) {
      console.error('saving the facts failed', error);
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const heading = `facts-${surveyId}`;
  return (
    <section aria-labelledby={heading}>
      <h3 id={heading}>{t(form.title)}</h3>
      <p>{t(form.intro)}</p>
      <p class="notice" role="note">
        <strong>{t(text.notAnonymous)}</strong>
      </p>
      <form class="form" onSubmit={save}>
        {form.items.map((item) => {
          const value = answers[item.id];
          const name = `${surveyId}-${item.id}`;
          return (
            <fieldset key={item.id}>
              <legend>{t(item.text)}</legend>
              <ul class="check-list">
                {item.format === 'single_choice' ? (
                  <>
                    {item.options.map((o) => (
                      <li key={o.id}>
                        <label>
                          <input type="radio" name={name} checked={value === o.id} onChange={() => set(item.id, o.id)} /> {t(o.label)}
                        </label>
                      </li>
                    ))}
                    <li>
                      <label>
                        <input type="radio" name={name} checked={value === undefined} onChange={() => set(item.id, undefined)} />{' '}
                        {t(text.notAnswered)}
                      </label>
                    </li>
                  </>
                ) : (
                  <>
                    {item.options.map((o) => {
                      const chosen = Array.isArray(value) ? value : [];
                      return (
                        <li key={o.id}>
                          <label>
                            <input
                              type="checkbox"
                              name={name}
                              checked={chosen.includes(o.id)}
                              onChange={(e) =>
                                set(item.id, e.currentTarget.checked ? [...chosen, o.id] : chosen.filter((id) => id !== o.id))
                              }
                            />{' '}
                            {t(o.label)}
                          </label>
                        </li>
                      );
                    })}
                    <li>
                      <label>
                        <input
                          type="checkbox"
                          name={name}
                          checked={Array.isArray(value) && value.length === 0}
                          onChange={(e) => set(item.id, e.currentTarget.checked ? [] : undefined)}
                        />{' '}
                        {t(text.none)}
                      </label>
                    </li>
                  </>
                )}
              </ul>
            </fieldset>
          );
        })}
        <div class="actions">
          <button type="submit" disabled={busy}>
            {t(text.save)}
          </button>
        </div>
        <p aria-live="polite" class="muted small">
          {saved ? fill(t(text.saved), { day: wordsFor(language).date(saved) }) : t(text.notYet)}
        </p>
        {failed ? (
          <p class="error-text" role="alert">
            {failed}
          </p>
        ) : null}
      </form>
    </section>
  );
}
