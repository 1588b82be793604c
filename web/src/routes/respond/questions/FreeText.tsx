/** An answer in the respondent's own words, with a character counter. */
import type { AnswerValue } from '../../../../../core/instrument/types';
import { fill, useLanguage } from '../../../lib/i18n';
import { Frame, type QuestionProps, useErrorProps } from './Frame';
import * as words from './words';

export function FreeText({ item, value, onChange, error, maxLength }: QuestionProps & { maxLength: number }) {
  const { t } = useLanguage();
  const text = typeof value === 'string' ? value : '';
  const counterId = `${item.id}-count`;
  return (
    <Frame item={item} error={error}>
      <label class="visually-hidden" for={`${item.id}-text`}>
        {t(item.text)}
      </label>
      <FreeTextArea id={`${item.id}-text`} maxLength={maxLength} value={text} counterId={counterId} onChange={onChange} />
      <p class="muted counter" id={counterId}>
        {fill(t(words.characters), { n: text.length, max: maxLength })}
      </p>
    </Frame>
  );
}

function FreeTextArea({
  id,
  maxLength,
  value,
  counterId,
  onChange,
}: {
  id: string;
  maxLength: number;
  value: string;
  counterId: string;
  onChange: (value: AnswerValue | undefined) => void;
}) {
  return (
    <textarea
      id={id}
      rows={4}
      maxLength={maxLength}
      value={value}
      {...useErrorProps(counterId)}
      onInput={(e) => onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
    />
  );
}
