/**
 * The point scales: bipolar (7 points between two poles), importance and intensity (5 points), and
 * perception (the bipolar scale once for each other partner). Native radios, one row per scale.
 */
import type { AnswerValue, Localized } from '../../../../../core/instrument/types';
import { allowsDontKnow } from '../../../../../core/instrument/types';
import { fill, useLanguage } from '../../../lib/i18n';
import { DontKnow } from './choices';
import { ClearButton, clearing, Frame, type QuestionProps, useErrorProps } from './Frame';
import * as words from './words';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

export function Bipolar({ item, value, onChange, error, left, right }: QuestionProps & { left: Localized; right: Localized }) {
  const { t } = useLanguage();
  return (
    <Frame item={item} error={error} extra={<Poles left={t(left)} right={t(right)} />} clear={clearing({ item, value, onChange })}>
      <PointRow
        name={item.id}
        points={7}
        value={value}
        onChange={onChange}
        label={(p) => fill(t(words.bipolar[p - 1]!), { left: t(left), right: t(right) })}
      />
      {allowsDontKnow(item) ? (
        <div class="option-list">
          <DontKnow name={item.id} value={value} onChange={onChange} />
        </div>
      ) : null}
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

export function Scale({
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
      clear={clearing({ item, value, onChange })}
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
      {allowsDontKnow(item) ? (
        <div class="option-list">
          <DontKnow name={item.id} value={value} onChange={onChange} />
        </div>
      ) : null}
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
    <div class="point-row">
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

export function Perception({
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
  /** The views with this partner's set (or, without a point, taken back); no view left is no answer. */
  const setView = (partnerId: string, point: number | undefined) => {
    const { [partnerId]: _, ...others } = views;
    const next = point === undefined ? others : { ...others, [partnerId]: point };
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };
  return (
    <Frame item={item} error={error} extra={<Poles left={t(left)} right={t(right)} />}>
      {otherPartners.map((partner) => {
        const rowName = `${partner.name}: ${t(item.text)}`;
        return (
          <div class="perception-row" key={partner.id} role="radiogroup" aria-label={rowName}>
            <div class="perception-partner">
              <span>{partner.name}</span>
              {item.required ? null : (
                <ClearButton name={rowName} answered={views[partner.id] !== undefined} clear={() => setView(partner.id, undefined)} />
              )}
            </div>
            <PointRow
              name={`${item.id}@${partner.id}`}
              points={7}
              value={views[partner.id]}
              onChange={(p) => setView(partner.id, p as number)}
              label={(p) => `${partner.name}: ${fill(t(words.bipolar[p - 1]!), { left: t(left), right: t(right) })}`}
            />
          </div>
        );
      })}
    </Frame>
  );
}
