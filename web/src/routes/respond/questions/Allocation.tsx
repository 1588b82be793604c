/** Spreading 100 points over options: a number field with − and + steppers per option, and the points left. */
import { useContext } from 'preact/hooks';
import type { Item, Option } from '../../../../../core/instrument/types';
import { fill, useLanguage } from '../../../lib/i18n';
import { ErrorId, Frame, type QuestionProps } from './Frame';
import { words } from './words';

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
