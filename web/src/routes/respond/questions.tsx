/**
 * One input per instrument format, answerable with a thumb, a keyboard and a screen reader:
 * native radios and checkboxes in fieldsets, targets of at least 44 px, both poles of a bipolar
 * scale in every option's accessible name, and errors tied to their question.
 */
import type { JSX } from 'preact';
import type { AnswerValue, Item, Localized, Option } from '../../../../worker/instrument/types';
import { fill, useLanguage } from '../../lib/i18n';

const words = {
  dontKnow: { nl: 'Weet ik niet', en: "Don't know" },
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
  bipolar: [
    { nl: 'helemaal: {left}', en: 'fully: {left}' },
    { nl: 'duidelijk: {left}', en: 'clearly: {left}' },
    { nl: 'een beetje: {left}', en: 'slightly: {left}' },
    { nl: 'precies in het midden', en: 'exactly in the middle' },
    { nl: 'een beetje: {right}', en: 'slightly: {right}' },
    { nl: 'duidelijk: {right}', en: 'clearly: {right}' },
    { nl: 'helemaal: {right}', en: 'fully: {right}' },
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
      return <Scale {...props} points={5} low={words.intensityLow} high={words.intensityHigh} poles={{ left: item.left, right: item.right }} />;
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

/** The frame every question shares: a fieldset, its legend, and the error tied to it. */
function Frame({ item, error, children, extra }: { item: Item; error?: string; children: JSX.Element | JSX.Element[]; extra?: JSX.Element | null }) {
  const { t } = useLanguage();
  const errorId = `${item.id}-error`;
  return (
    <fieldset class={`question${error ? ' has-error' : ''}`} id={`q-${item.id}`} aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend>
        {t(item.text)} {item.required ? null : <span class="muted optional">{t(words.optional)}</span>}
      </legend>
      {extra}
      {error ? (
        <p class="error-text" id={errorId}>
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function Bipolar({ item, value, onChange, error, left, right }: QuestionProps & { left: Localized; right: Localized }) {
  const { t } = useLanguage();
  return (
    <Frame item={item} error={error} extra={<Poles left={t(left)} right={t(right)} />}>
      <PointRow name={item.id} points={7} value={value} onChange={onChange} label={(p) => fill(t(words.bipolar[p - 1]!), { left: t(left), right: t(right) })} />
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

function Scale({ item, value, onChange, error, points, low, high, poles }: QuestionProps & { points: number; low: Localized; high: Localized; poles?: { left: Localized; right: Localized } }) {
  const { t } = useLanguage();
  return (
    <Frame item={item} error={error} extra={poles ? <p class="muted">{t(poles.left)} ↔ {t(poles.right)}</p> : null}>
      <div class="poles" aria-hidden="true">
        <span>1 = {t(low)}</span>
        <span>{points} = {t(high)}</span>
      </div>
      <PointRow name={item.id} points={points} value={value} onChange={onChange} label={(p) => (p === 1 ? `1: ${t(low)}` : p === points ? `${p}: ${t(high)}` : String(p))} />
    </Frame>
  );
}

function PointRow({ name, points, value, onChange, label }: { name: string; points: number; value: AnswerValue | undefined; onChange: (v: AnswerValue) => void; label: (p: number) => string }) {
  return (
    <div class={`point-row points-${points}`}>
      {range(points).map((p) => (
        <label class="point" key={p}>
          <input type="radio" name={name} value={p} checked={value === p} onChange={() => onChange(p)} aria-label={label(p)} />
          <span aria-hidden="true">{p}</span>
        </label>
      ))}
    </div>
  );
}

function Agreement({ item, value, onChange, error }: QuestionProps) {
  const { t } = useLanguage();
  return (
    <Frame item={item} error={error}>
      <div class="option-list">
        {words.agreement.map((label, i) => (
          <label class="option" key={i}>
            <input type="radio" name={item.id} value={i + 1} checked={value === i + 1} onChange={() => onChange(i + 1)} />
            <span>{t(label)}</span>
          </label>
        ))}
        <label class="option option-aside">
          <input type="radio" name={item.id} value="dont_know" checked={value === 'dont_know'} onChange={() => onChange('dont_know')} />
          <span>{t(words.dontKnow)}</span>
        </label>
      </div>
    </Frame>
  );
}

function Choices({ item, value, onChange, error, options, multiple }: QuestionProps & { options: readonly Option[]; multiple?: boolean }) {
  const { t } = useLanguage();
  const chosen = multiple ? ((value as readonly string[] | undefined) ?? []) : [];
  return (
    <Frame item={item} error={error}>
      <div class="option-list">
        {options.map((option) => (
          <label class="option" key={option.id}>
            {multiple ? (
              <input
                type="checkbox"
                name={item.id}
                value={option.id}
                checked={chosen.includes(option.id)}
                onChange={(e) => onChange(e.currentTarget.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id))}
              />
            ) : (
              <input type="radio" name={item.id} value={option.id} checked={value === option.id} onChange={() => onChange(option.id)} />
            )}
            <span>{t(option.label)}</span>
          </label>
        ))}
      </div>
    </Frame>
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
  const status = left === 0 ? t(words.pointsDone) : left > 0 ? fill(t(words.pointsLeft), { n: left }) : fill(t(words.pointsOver), { n: -left });
  return (
    <Frame item={item} error={error}>
      <p class={`points-left${left === 0 ? ' done' : left < 0 ? ' over' : ''}`} aria-live="polite" role="status">
        {status}
      </p>
      <ul class="allocation">
        {options.map((option) => {
          const current = points[option.id] ?? 0;
          const inputId = `${item.id}-${option.id}`;
          return (
            <li key={option.id}>
              <label for={inputId}>{t(option.label)}</label>
              <div class="stepper">
                <button type="button" class="secondary" onClick={() => set(option.id, current - 5)} disabled={current === 0} aria-label={fill(t(words.less), { name: t(option.label) })}>
                  −
                </button>
                <input id={inputId} type="number" inputMode="numeric" min={0} max={total} step={1} value={current} onInput={(e) => set(option.id, e.currentTarget.valueAsNumber)} />
                <button type="button" class="secondary" onClick={() => set(option.id, current + Math.min(5, Math.max(left, 0)))} disabled={left <= 0} aria-label={fill(t(words.more), { name: t(option.label) })}>
                  +
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </Frame>
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
      <textarea id={`${item.id}-text`} rows={4} maxLength={maxLength} value={text} aria-describedby={counterId} onInput={(e) => onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value)} />
      <p class="muted counter" id={counterId}>
        {fill(t(words.characters), { n: text.length, max: maxLength })}
      </p>
    </Frame>
  );
}

function Perception({ item, value, onChange, error, otherPartners = [], left, right }: QuestionProps & { left: Localized; right: Localized }) {
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
            label={(p) => `${partner.name}, ${fill(t(words.bipolar[p - 1]!), { left: t(left), right: t(right) })}`}
          />
        </div>
      ))}
    </Frame>
  );
}
