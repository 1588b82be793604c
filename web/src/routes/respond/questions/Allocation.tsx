/**
 * Spreading 100 points over options: per option a slider in steps of 5 that stops at the points
 * still left (so the far end of a slider gives "the rest", and End does on the keyboard), and a
 * number field for any exact number. The points left stay in view while the respondent scrolls.
 */
import type { Item, Option } from '../../../../../core/instrument/types';
import { fill, useLanguage } from '../../../lib/i18n';
import { Frame, type QuestionProps, useErrorProps } from './Frame';
import * as words from './words';

export function Allocation({
  item,
  value,
  onChange,
  error,
  options,
  total,
}: QuestionProps & { options: readonly Option[]; total: number }) {
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
  const described = useErrorProps(statusId);
  return (
    <ul class="allocation">
      {options.map((option) => {
        const current = points[option.id] ?? 0;
        const inputId = `${item.id}-${option.id}`;
        return (
          <li key={option.id}>
            <label for={inputId} id={`${inputId}-label`}>
              {t(option.label)}
            </label>
            <div class="amount">
              <input
                type="range"
                min={0}
                max={total}
                step={5}
                value={current}
                aria-labelledby={`${inputId}-label`}
                aria-valuetext={fill(t(words.points), { n: current })}
                onInput={(e) => {
                  // Never past the points left: the slider stops there (and shows it stopped).
                  const wanted = e.currentTarget.valueAsNumber;
                  const allowed = Math.min(wanted, current + Math.max(0, left));
                  if (allowed !== wanted) e.currentTarget.value = String(allowed);
                  set(option.id, allowed);
                }}
                {...described}
              />
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
                {...described}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
