/**
 * One input per instrument format, answerable with a thumb, a keyboard and a screen reader:
 * native radios and checkboxes in fieldsets, targets of at least 44 px, both poles of a bipolar
 * scale in every option's accessible name, and errors tied to their question.
 */
import { createContext, type JSX } from 'preact';
import { useContext } from 'preact/hooks';
import type { AnswerValue, Item, Localized, Option } from '../../../../core/instrument/types';
import { fill, useLanguage } from '../../lib/i18n';

const words = {
  dontKnow: { nl: 'Weet ik niet', en: "Don't know" },
  noneOfThese: { nl: 'Geen van deze', en: 'None of these' },
  agreement: [
    { nl: 'Helemaal oneens', en: 'Strongly disagree' },
    { nl: 'Oneens', en: 'Disagree' },
    { nl: 'Niet eens, niet oneens', en: 'Neither agree nor disagree' },
    { nl: 'Eens', en: 'Agree' },
    { nl: 'Helemaal eens', en: 'Strongly agree' },
  ],
  importanceLow: { nl: 'Niet belangrijk', en: 'Not important' },
  importanceHigh: { nl: 'Heel belangrijk', en: 'Very important' },
  intensityLow: { nl: 'Niet gevoeld', en: 'Not felt' },
  intensityHigh: { nl: 'Heel sterk gevoeld', en: 'Felt very strongly' },
  // Every option names both poles, so a screen reader user hears where on the scale it sits.
  bipolar: [
    { nl: '1 van 7, helemaal: {left} (tegenpool: {right})', en: '1 of 7, fully: {left} (opposite pole: {right})' },
    { nl: '2 van 7, duidelijk: {left} (tegenpool: {right})', en: '2 of 7, clearly: {left} (opposite pole: {right})' },
    { nl: '3 van 7, een beetje: {left} (tegenpool: {right})', en: '3 of 7, slightly: {left} (opposite pole: {right})' },
    { nl: '4 van 7, precies in het midden tussen {left} en {right}', en: '4 of 7, exactly in the middle between {left} and {right}' },
    { nl: '5 van 7, een beetje: {right} (tegenpool: {left})', en: '5 of 7, slightly: {right} (opposite pole: {left})' },
    { nl: '6 van 7, duidelijk: {right} (tegenpool: {left})', en: '6 of 7, clearly: {right} (opposite pole: {left})' },
    { nl: '7 van 7, helemaal: {right} (tegenpool: {left})', en: '7 of 7, fully: {right} (opposite pole: {left})' },
  ],
  pointsLeft: { nl: 'Nog te verdelen: {n} punten', en: 'Points left: {n}' },
  pointsOver: { nl: 'U heeft {n} punten te veel verdeeld', en: 'You have given {n} points too many' },
  pointsDone: { nl: 'Alle 100 punten zijn verdeeld', en: 'All 100 points are given' },
  less: { nl: '5 punten minder voor {name}', en: '5 points less for {name}' },
  more: { nl: '5 punten meer voor {name}', en: '5 points more for {name}' },
  characters: { nl: '{n} van {max} tekens', en: '{n} of {max} characters' },
  optional: { nl: '(mag u overslaan)', en: '(optional)' },
};

export interface QuestionProps {
  readonly item: Item;
  readonly value: AnswerValue | undefined;
  readonly onChange: (value: AnswerValue | undefined) => void;
  readonly error?: string;
  /** Perceptions: the partners this question is asked about. */
  readonly otherPartners?: readonly { id: string; name: string }[];
}

export function Question(props: QuestionProps) {
  const { item } = props;
  switch (item.format) {
    case 'bipolar':
      return <Bipolar {...props} left={item.left} right={item.right} />;
    case 'importance':
      return <Scale {...props} points={5} low={words.importanceLow} high={words.importanceHigh} />;
    case 'intensity':
      return (
        <Scale {...props} points={5} low={words.intensityLow} high={words.intensityHigh} poles={{ left: item.left, right: item.right }} />
      );
    case 'agreement':
      return <Agreement {...props} />;
    case 'allocation':
      return <Allocation {...props} options={item.options} total={item.total} />;
    case 'multi_select':
      return <Choices {...props} options={item.options} multiple />;
    case 'single_choice':
      return <Choices {...props} options={item.options} />;
    case 'text':
      return <FreeText {...props} maxLength={item.maxLength} />;
    case 'perception':
      return <Perception {...props} left={item.left} right={item.right} />;
  }
}

/**
 * The id of the question's error message while it has one: every input of the question names it in
 * aria-describedby, so a screen reader reads the error with whichever input has the focus.
 */
const ErrorId = createContext<string | undefined>(undefined);
function useErrorProps(): { 'aria-describedby'?: string; 'aria-invalid'?: true } {
  const errorId = useContext(ErrorId);
  return errorId ? { 'aria-describedby': errorId, 'aria-invalid': true } : {};
}

/** The frame every question shares: a fieldset, its legend, and the error tied to it. */
function Frame({
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

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function Bipolar({ item, value, onChange, error, left, right }: QuestionProps & { left: Localized; right: Localized }) {
  const { t } = useLanguage();
  return (
    <Frame item={item} error={error} extra={<Poles left={t(left)} right={t(right)} />}>
      <PointRow
        name={item.id}
        points={7}
        value={value}
        onChange={onChange}
        label={(p) => fill(t(words.bipolar[p - 1]!), { left: t(left), right: t(right) })}
      />
    </Frame>
  );
}

function Poles({ left, right }: { left: string; right: string }) {
  return (
    <div class="poles" aria-hidden="true">
      <span>← {left}</span>
      <span>{right} →</span>
    </div>
  );
}

function Scale({
  item,
  value,
  onChange,
  error,
  points,
  low,
  high,
  poles,
}: QuestionProps & { points: number; low: Localized; high: Localized; poles?: { left: Localized; right: Localized } }) {
  const { t } = useLanguage();
  return (
    <Frame
      item={item}
      error={error}
      extra={
        poles ? (
          <p class="muted">
            {t(poles.left)} ↔ {t(poles.right)}
          </p>
        ) : null
      }
    >
      <div class="poles" aria-hidden="true">
        <span>1 = {t(low)}</span>
        <span>
          {points} = {t(high)}
        </span>
      </div>
      <PointRow
        name={item.id}
        points={points}
        value={value}
        onChange={onChange}
        label={(p) => (p === 1 ? `1: ${t(low)}` : p === points ? `${p}: ${t(high)}` : String(p))}
      />
    </Frame>
  );
}

function PointRow({
  name,
  points,
  value,
  onChange,
  label,
}: {
  name: string;
  points: number;
  value: AnswerValue | undefined;
  onChange: (v: AnswerValue) => void;
  label: (p: number) => string;
}) {
  const errorProps = useErrorProps();
  return (
    <div class={`point-row points-${points}`}>
      {range(points).map((p) => (
        <label class="point" key={p}>
          <input
            type="radio"
            name={name}
            value={p}
            checked={value === p}
            onChange={() => onChange(p)}
            aria-label={label(p)}
            {...errorProps}
          />
          <span aria-hidden="true">{p}</span>
        </label>
      ))}
    </div>
  );
}

function Agreement({ item, value, onChange, error }: QuestionProps) {
  return (
    <Frame item={item} error={error}>
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
      <label class="option option-aside">
        <input
          type="radio"
          name={item.id}
          value="dont_know"
          checked={value === 'dont_know'}
          onChange={() => onChange('dont_know')}
          {...errorProps}
        />
        <span>{t(words.dontKnow)}</span>
      </label>
    </div>
  );
}

function Choices({ item, value, onChange, error, options, multiple }: QuestionProps & { options: readonly Option[]; multiple?: boolean }) {
  return (
    <Frame item={item} error={error}>
      <ChoiceOptions item={item} value={value} onChange={onChange} options={options} multiple={multiple} />
    </Frame>
  );
}

function ChoiceOptions({
  item,
  value,
  onChange,
  options,
  multiple,
}: Pick<QuestionProps, 'item' | 'value' | 'onChange'> & { options: readonly Option[]; multiple?: boolean | undefined }) {
  const { t } = useLanguage();
  const errorProps = useErrorProps();
  const chosen = multiple ? ((value as readonly string[] | undefined) ?? []) : [];
  return (
    <div class="option-list">
      {options.map((option) => (
        // biome-ignore lint/a11y/noLabelWithoutControl: the label wraps its input (a checkbox or a radio, chosen below).
        <label class="option" key={option.id}>
          {multiple ? (
            <input
              type="checkbox"
              name={item.id}
              value={option.id}
              checked={chosen.includes(option.id)}
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
      {multiple ? (
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

function Allocation({ item, value, onChange, error, options, total }: QuestionProps & { options: readonly Option[]; total: number }) {
  const { t } = useLanguage();
  const points = (value as Readonly<Record<string, number>> | undefined) ?? {};
  const given = Object.values(points).reduce((a, b) => a + b, 0);
  const left = total - given;
  const set = (id: string, next: number) => {
    const clean = Math.max(0, Math.min(total, Math.round(Number.isFinite(next) ? next : 0)));
    const updated = { ...points, [id]: clean };
    if (clean === 0) delete updated[id];
    onChange(Object.keys(updated).length > 0 ? updated : undefined);
  };
  const statusId = `${item.id}-points-left`;
  const status =
    left === 0 ? t(words.pointsDone) : left > 0 ? fill(t(words.pointsLeft), { n: left }) : fill(t(words.pointsOver), { n: -left });
  return (
    <Frame item={item} error={error}>
      <p class={`points-left${left === 0 ? ' done' : left < 0 ? ' over' : ''}`} id={statusId} role="status">
        {status}
      </p>
      <AllocationRows item={item} options={options} points={points} left={left} total={total} set={set} statusId={statusId} />
    </Frame>
  );
}

function AllocationRows({
  item,
  options,
  points,
  left,
  total,
  set,
  statusId,
}: {
  item: Item;
  options: readonly Option[];
  points: Readonly<Record<string, number>>;
  left: number;
  total: number;
  set: (id: string, next: number) => void;
  statusId: string;
}) {
  const { t } = useLanguage();
  const errorId = useContext(ErrorId);
  return (
    <ul class="allocation">
      {options.map((option) => {
        const current = points[option.id] ?? 0;
        const inputId = `${item.id}-${option.id}`;
        return (
          <li key={option.id}>
            <label for={inputId}>{t(option.label)}</label>
            <div class="stepper">
              {/* aria-disabled, not disabled: a button that disables itself under the finger would drop the keyboard focus. */}
              <button
                type="button"
                class="secondary"
                onClick={() => current > 0 && set(option.id, current - 5)}
                aria-disabled={current === 0 ? 'true' : undefined}
                aria-label={fill(t(words.less), { name: t(option.label) })}
              >
                −
              </button>
              {/* Empty rather than "0" for an option without points, so typing a number never gives "050". */}
              <input
                id={inputId}
                type="number"
                inputMode="numeric"
                min={0}
                max={total}
                step={1}
                placeholder="0"
                value={current === 0 ? '' : current}
                onInput={(e) => set(option.id, e.currentTarget.value === '' ? 0 : e.currentTarget.valueAsNumber)}
                aria-describedby={errorId ? `${statusId} ${errorId}` : statusId}
                aria-invalid={errorId ? true : undefined}
              />
              <button
                type="button"
                class="secondary"
                onClick={() => left > 0 && set(option.id, current + Math.min(5, left))}
                aria-disabled={left <= 0 ? 'true' : undefined}
                aria-label={fill(t(words.more), { name: t(option.label) })}
              >
                +
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function FreeText({ item, value, onChange, error, maxLength }: QuestionProps & { maxLength: number }) {
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
  const errorId = useContext(ErrorId);
  return (
    <textarea
      id={id}
      rows={4}
      maxLength={maxLength}
      value={value}
      aria-describedby={errorId ? `${counterId} ${errorId}` : counterId}
      aria-invalid={errorId ? true : undefined}
      onInput={(e) => onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
    />
  );
}

function Perception({
  item,
  value,
  onChange,
  error,
  otherPartners = [],
  left,
  right,
}: QuestionProps & { left: Localized; right: Localized }) {
  const { t } = useLanguage();
  const views = (value as Readonly<Record<string, number>> | undefined) ?? {};
  return (
    <Frame item={item} error={error} extra={<Poles left={t(left)} right={t(right)} />}>
      {otherPartners.map((partner) => (
        <div class="perception-row" key={partner.id} role="radiogroup" aria-label={`${partner.name}: ${t(item.text)}`}>
          <p class="perception-partner">{partner.name}</p>
          <PointRow
            name={`${item.id}@${partner.id}`}
            points={7}
            value={views[partner.id]}
            onChange={(p) => onChange({ ...views, [partner.id]: p as number })}
            label={(p) => `${partner.name}: ${fill(t(words.bipolar[p - 1]!), { left: t(left), right: t(right) })}`}
          />
        </div>
      ))}
    </Frame>
  );
}
