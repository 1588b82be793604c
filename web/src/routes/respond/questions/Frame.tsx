/**
 * What every question shares: its props, the fieldset with its legend and error, and the error's id
 * that every input of the question names.
 */
import { createContext, type JSX } from 'preact';
import { useContext } from 'preact/hooks';
import type { AnswerValue, Item } from '../../../../../core/instrument/types';
import { useLanguage } from '../../../lib/i18n';
import { words } from './words';

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
export const ErrorId = createContext<string | undefined>(undefined);
export function useErrorProps(): { 'aria-describedby'?: string; 'aria-invalid'?: true } {
  const errorId = useContext(ErrorId);
  return errorId ? { 'aria-describedby': errorId, 'aria-invalid': true } : {};
}

/** The frame every question shares: a fieldset, its legend, and the error tied to it. */
export function Frame({
  item,
  error,
  children,
  extra,
}: {
  item: Item;
  error?: string;
  children: JSX.Element | JSX.Element[];
  extra?: JSX.Element | null;
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
    </fieldset>
  );
}
