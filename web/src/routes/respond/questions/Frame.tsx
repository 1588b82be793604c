/**
 * What every question shares: its props, the fieldset with its legend and error, and the error's id
 * that every input of the question names.
 */
import { type ComponentChildren, createContext, type JSX } from 'preact';
import { useContext } from 'preact/hooks';
import type { AnswerValue, Item } from '../../../../../core/instrument/types';
import { useLanguage } from '../../../lib/i18n';
import * as words from './words';

export interface QuestionProps {
  readonly item: Item;
  readonly value: AnswerValue | undefined;
  readonly onChange: (value: AnswerValue | undefined) => void;
  readonly error?: string;
  /** Perceptions: the partners this question is asked about. */
  readonly otherPartners?: readonly { id: string; name: string }[];
}

/**
 * The id of the question's error message while it has one: every input of the question names it in
 * aria-describedby, so a screen reader reads the error with whichever input has the focus.
 */
const ErrorId = createContext<string | undefined>(undefined);

/** An input's description (`own`: a counter or status of its own, if any, read first) and the question's error. */
export function useErrorProps(own?: string) {
  const errorId = useContext(ErrorId);
  return { 'aria-describedby': [own, errorId].filter(Boolean).join(' ') || undefined, 'aria-invalid': errorId ? true : undefined };
}

/**
 * The way to take back an optional answer given with radios (a radio cannot be unchosen): the
 * "clear" button's props for the question, or undefined when the question must be answered.
 */
export function clearing({ item, value, onChange }: Pick<QuestionProps, 'item' | 'value' | 'onChange'>) {
  return item.required ? undefined : { name: item.text, answered: value !== undefined, clear: () => onChange(undefined) };
}

/**
 * Clears one optional answer. It keeps its place while there is nothing to clear (hidden, out of
 * the tab order), so choosing an option never moves what comes below under the finger; after
 * clearing, the focus goes to the first option, where a new choice starts.
 */
export function ClearButton({ name, answered, clear }: { name: string; answered: boolean; clear: () => void }) {
  const { t } = useLanguage();
  return (
    <button
      type="button"
      class={`secondary clear${answered ? '' : ' unset'}`}
      aria-label={`${t(words.clear)}: ${name}`}
      onClick={(e) => {
        e.currentTarget.closest('.perception-row, fieldset')?.querySelector('input')?.focus();
        clear();
      }}
    >
      {t(words.clear)}
    </button>
  );
}

/** The frame every question shares: a fieldset, its legend, the error tied to it, and (optional radios) a way to clear the answer. */
export function Frame({
  item,
  error,
  children,
  extra,
  clear,
}: {
  item: Item;
  error?: string;
  children: ComponentChildren;
  extra?: JSX.Element | null;
  clear?: ReturnType<typeof clearing>;
}) {
  const { t } = useLanguage();
  const errorId = `${item.id}-error`;
  return (
    <fieldset class={`question${error ? ' has-error' : ''}`} id={`q-${item.id}`} aria-describedby={error ? errorId : undefined}>
      <legend>
        {t(item.text)} {item.required ? null : <span class="muted optional">{t(words.optional)}</span>}
      </legend>
      {extra}
      {error ? (
        <p class="error-text" id={errorId}>
          {error}
        </p>
      ) : null}
      <ErrorId.Provider value={error ? errorId : undefined}>{children}</ErrorId.Provider>
      {clear ? <ClearButton name={t(clear.name)} answered={clear.answered} clear={clear.clear} /> : null}
    </fieldset>
  );
}
