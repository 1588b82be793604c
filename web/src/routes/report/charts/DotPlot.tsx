/**
 * A dot plot: every partner's mean as its marker on one shared axis, with its 95 % interval as a
 * line (cut at the ends of the axis). A divided partner has a hollow marker, a dotted line and the
 * word "verdeeld": its mean speaks for no single position. In HTML, so names wrap and stay readable
 * on a phone; each row says its figures in words for screen readers.
 */
import { clipInterval, meanWithInterval } from '../sentences/figures';
import { text } from '../text';
import type { Interval } from '../types';
import type { ReportView } from '../view';
import { MarkerIcon, percentAlong } from './chart';

export interface DotRow {
  readonly partnerId: string;
  readonly value: number;
  readonly ci95: Interval | null;
  readonly divided: boolean;
}

export interface DotPlotProps {
  readonly view: ReportView;
  /** What the plot shows, said before its rows (visible, or for screen readers only when `hideCaption`). */
  readonly caption: string;
  readonly hideCaption?: boolean;
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
  /** What the two ends of the axis mean ("Met duidelijke regels en controle", "heel belangrijk"). */
  readonly lowLabel?: string;
  readonly highLabel?: string;
  readonly rows: readonly DotRow[];
  /** `full`: a row per partner with its name and mean; `mini`: letters only, for the first screen's cards. */
  readonly variant?: 'full' | 'mini';
  /** Partners whose rows are named in the sentence beside the plot (the widest pair). */
  readonly emphasis?: readonly string[];
  readonly decimals?: number;
}

export function DotPlot(props: DotPlotProps) {
  const { view, min, max, rows, variant = 'full', decimals = 1 } = props;
  const at = (value: number) => percentAlong(value, min, max);
  return (
    <figure class={`dotplot dotplot-${variant}`}>
      <figcaption class={props.hideCaption ? 'visually-hidden' : 'dp-caption'}>{props.caption}</figcaption>
      <ol class="dp-rows">
        {rows.map((row) => {
          const partner = view.partner(row.partnerId);
          const interval = row.ci95 ? clipInterval(row.ci95, min, max) : null;
          const emphasised = props.emphasis?.includes(row.partnerId);
          return (
            <li key={row.partnerId} class={`dp-row${emphasised ? ' dp-emphasis' : ''}`}>
              <span class="dp-name">
                {variant === 'mini' ? (
                  <>
                    <strong aria-hidden="true">{partner.letter}</strong>
                    <span class="visually-hidden">{partner.name}</span>
                  </>
                ) : (
                  <>
                    <strong>{partner.letter}</strong> {partner.name}
                  </>
                )}
                {row.divided ? <em class="dp-divided"> {view.t(text.divided)}</em> : null}
              </span>
              <span class="dp-track" aria-hidden="true">
                {interval ? (
                  <span
                    class={`dp-interval${row.divided ? ' dp-interval-divided' : ''}`}
                    style={{
                      left: at(interval.low),
                      width: `calc(${at(interval.high)} - ${at(interval.low)})`,
                      borderColor: partner.colour,
                    }}
                  />
                ) : null}
                <span class="dp-marker" style={{ left: at(row.value) }}>
                  <MarkerIcon partner={partner} hollow={row.divided} />
                </span>
              </span>
              {variant === 'full' ? (
                <span class="dp-value" aria-hidden="true">
                  {view.number(row.value, decimals)}
                </span>
              ) : null}
              <span class="visually-hidden">{meanWithInterval(view, row.value, row.ci95, min, max, decimals)}</span>
            </li>
          );
        })}
      </ol>
      <div class="dp-axis" aria-hidden="true">
        <span class="dp-name" />
        <span class="dp-track">
          {props.ticks.map((tick) => (
            <span key={tick} class="dp-tick" style={{ left: at(tick) }}>
              {view.number(tick, 0)}
            </span>
          ))}
        </span>
        {variant === 'full' ? <span class="dp-value" /> : null}
      </div>
      {props.lowLabel || props.highLabel ? (
        <div class="dp-ends">
          <span>
            {view.number(min, 0)} = {props.lowLabel}
          </span>
          <span>
            {view.number(max, 0)} = {props.highLabel}
          </span>
        </div>
      ) : null}
    </figure>
  );
}

/** The ticks of a scale from 1 to `points`: every whole point. */
export const scaleTicks = (points: number) => Array.from({ length: points }, (_, i) => i + 1);

/** A scale item's dot plot rows: every shown partner that answered it. */
export const dotRows = (
  byPartner: readonly { partnerId: string; mean: number | null; ci95: Interval | null; divided: boolean }[],
): DotRow[] =>
  byPartner.flatMap((s) => (s.mean === null ? [] : [{ partnerId: s.partnerId, value: s.mean, ci95: s.ci95, divided: s.divided }]));

/** The dot plot of one scale item: its own axis 1…points, its ends named as the instrument names them. */
export function ItemDotPlot(props: Omit<DotPlotProps, 'min' | 'max' | 'ticks' | 'lowLabel' | 'highLabel'> & { itemId: string }) {
  const { points, low, high } = props.view.scale(props.itemId);
  return <DotPlot {...props} min={1} max={points} ticks={scaleTicks(points)} lowLabel={low} highLabel={high} />;
}

/**
 * The smallest picture of one item, for the first screen: every partner's marker on one line from 1
 * to `points` (no intervals; hollow when divided), with the scale's ends. The row's figures are said
 * in words for screen readers.
 */
export function Strip({
  view,
  itemId,
  rows,
  min,
  max,
  zones,
}: {
  view: ReportView;
  itemId?: string;
  rows: readonly DotRow[];
  min?: number;
  max?: number;
  zones?: boolean;
}) {
  const scale = itemId ? view.scale(itemId) : null;
  const low = min ?? 1;
  const high = max ?? scale?.points ?? 5;
  const at = (value: number) => percentAlong(value, low, high);
  return (
    <div class="strip">
      <span class="strip-end" aria-hidden="true">
        {low}
      </span>
      <span class={`strip-track${zones ? ' strip-zones' : ''}`} aria-hidden="true">
        {rows.map((row) => (
          <span key={row.partnerId} class="dp-marker" style={{ left: at(row.value) }}>
            <MarkerIcon partner={view.partner(row.partnerId)} hollow={row.divided} />
          </span>
        ))}
      </span>
      <span class="strip-end" aria-hidden="true">
        {high}
      </span>
      <span class="visually-hidden">
        {rows
          .map(
            (row) => `${view.partner(row.partnerId).name}: ${view.number(row.value, 1)}${row.divided ? ` (${view.t(text.divided)})` : ''}`,
          )
          .join('; ')}
      </span>
    </div>
  );
}
