/** Lists of options: agreement (five steps and "don't know"), one choice, or any number of choices (with "none of these"). */
import type { Option } from '../../../../../core/instrument/types';
import { fill, useLanguage } from '../../../lib/i18n';
import { clearing, Frame, type QuestionProps, useErrorProps } from './Frame';
import * as words from './words';

export function Agreement({ item, value, onChange, error }: QuestionProps) {
  return (
    <Frame item={item} error={error} clear={clearing({ item, value, onChange })}>
      <AgreementOptions item={item} value={value} onChange={onChange} />
    </Frame>
  );
}

function AgreementOptions({ item, value, onChange }: Pick<QuestionProps, 'item' | 'value' | 'onChange'>) {
  const { t } = useLanguage();
  const errorProps = useErrorProps();
  return (
    <div class="option-list">
      {words.agreement.map((label, i) => (
        <label class="option" key={i}>
          <input type="radio" name={item.id} value={i + 1} checked={value === i + 1} onChange={() => onChange(i + 1)} {...errorProps} />
          <span>{t(label)}</span>
        </label>
      ))}
      <DontKnow name={item.id} value={value} onChange={onChange} />
    </div>
  );
}

/** "Don't know" as a radio of its own, set apart below the answers (agreement, and the items that offer it). */
export function DontKnow({ name, value, onChange }: { name: string; value: QuestionProps['value']; onChange: QuestionProps['onChange'] }) {
  const { t } = useLanguage();
  const errorProps = useErrorProps();
  return (
    <label class="option option-aside">
      <input
        type="radio"
        name={name}
        value="dont_know"
        checked={value === 'dont_know'}
        onChange={() => onChange('dont_know')}
        {...errorProps}
      />
      <span>{t(words.dontKnow)}</span>
    </label>
  );
}

export function Choices({
  item,
  value,
  onChange,
  error,
  options,
  multiple,
}: QuestionProps & { options: readonly Option[]; multiple?: boolean }) {
  const choose = item.format === 'multi_select' ? item.choose : undefined;
  const { t } = useLanguage();
  const chosen = Array.isArray(value) ? value.length : 0;
  return (
    <Frame
      item={item}
      error={error}
      clear={multiple ? undefined : clearing({ item, value, onChange })}
      extra={
        choose === undefined ? null : (
          <p class="muted" aria-live="polite" id={`${item.id}-count`} data-choose={choose}>
            {fill(t(words.chosen), { n: chosen, max: choose })}
          </p>
        )
      }
    >
      <ChoiceOptions item={item} value={value} onChange={onChange} options={options} multiple={multiple} choose={choose} />
    </Frame>
  );
}

function ChoiceOptions({
  item,
  value,
  onChange,
  options,
  multiple,
  choose,
}: Pick<QuestionProps, 'item' | 'value' | 'onChange'> & {
  options: readonly Option[];
  multiple?: boolean | undefined;
  choose?: number | undefined;
}) {
  const { t } = useLanguage();
  // A choice of exactly `choose` (checkboxes only) is described by its count too.
  const errorProps = useErrorProps(choose === undefined ? undefined : `${item.id}-count`);
  const chosen = multiple ? ((value as readonly string[] | undefined) ?? []) : [];
  // With exactly `choose` to pick, the others wait until one is taken back: never more than asked.
  const full = choose !== undefined && chosen.length >= choose;
  return (
    <div class="option-list">
      {options.map((option) => (
        // biome-ignore lint/a11y/noLabelWithoutControl: the label wraps its input (a checkbox or a radio, chosen below).
        <label class={`option${full && !chosen.includes(option.id) ? ' option-full' : ''}`} key={option.id}>
          {multiple ? (
            <input
              type="checkbox"
              name={item.id}
              value={option.id}
              checked={chosen.includes(option.id)}
              disabled={full && !chosen.includes(option.id)}
              onChange={(e) => onChange(e.currentTarget.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id))}
              {...errorProps}
            />
          ) : (
            <input
              type="radio"
              name={item.id}
              value={option.id}
              checked={value === option.id}
              onChange={() => onChange(option.id)}
              {...errorProps}
            />
          )}
          <span>{t(option.label)}</span>
        </label>
      ))}
      {!multiple && item.format === 'single_choice' && item.dontKnow ? <DontKnow name={item.id} value={value} onChange={onChange} /> : null}
      {multiple && choose === undefined ? (
        // "None" is a real answer (an empty selection), so a respondent can say it without a workaround.
        <label class="option option-aside">
          <input
            type="checkbox"
            name={item.id}
            value=""
            checked={Array.isArray(value) && value.length === 0}
            onChange={(e) => onChange(e.currentTarget.checked ? [] : undefined)}
            {...errorProps}
          />
          <span>{t(words.noneOfThese)}</span>
        </label>
      ) : null}
    </div>
  );
}
