/**
 * What every chart of the report is built from. Most charts are HTML (rows, tracks and markers
 * placed in percent), so their words are real text that wraps and stays readable on a phone, and a
 * screen reader reads them as lists. The one drawing that needs SVG (the triangle) is an image with
 * a title and a description. Partners are told apart by letter and marker shape as well as colour.
 */
import type { ComponentChildren } from 'preact';
import type { PartnerView, ReportView, Shape } from '../view';
import './charts.css';

/** A safe element id from any key (item ids contain dots). */
export const idFor = (...parts: string[]) => parts.join('-').replace(/[^A-Za-z0-9_-]/g, '-');

/** An accessible SVG image: its title and description are what a screen reader announces. */
export function Chart(props: {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <svg
      class={`chart ${props.class ?? ''}`}
      viewBox={`0 0 ${props.width} ${props.height}`}
      width={props.width}
      height={props.height}
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      focusable="false"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.desc}</desc>
      {props.children}
    </svg>
  );
}

/** A partner's marker: its shape in its colour, outlined so light colours stay visible; hollow when divided. */
export function Marker({
  shape,
  x,
  y,
  colour,
  size = 6,
  hollow = false,
}: {
  shape: Shape;
  x: number;
  y: number;
  colour: string;
  size?: number;
  hollow?: boolean;
}) {
  const paint = { fill: hollow ? '#ffffff' : colour, stroke: hollow ? colour : '#1b1f24', 'stroke-width': hollow ? 2 : 1 };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={size} {...paint} />;
    case 'square':
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} {...paint} />;
    case 'diamond':
      return <polygon points={`${x},${y - size * 1.3} ${x + size * 1.3},${y} ${x},${y + size * 1.3} ${x - size * 1.3},${y}`} {...paint} />;
    case 'triangle':
      return <polygon points={`${x},${y - size * 1.3} ${x + size * 1.2},${y + size} ${x - size * 1.2},${y + size}`} {...paint} />;
  }
}

/** A partner's marker as a small picture inside text or an HTML chart (decorative: the text beside it names the partner). */
export function MarkerIcon({ partner, hollow = false, class: className }: { partner: PartnerView; hollow?: boolean; class?: string }) {
  return (
    <svg class={`marker-icon ${className ?? ''}`} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <Marker shape={partner.shape} x={8} y={8} colour={partner.colour} size={5} hollow={hollow} />
    </svg>
  );
}

/** The key to the charts: each shown partner's marker, letter and name. */
export function PartnerKey({ view, label }: { view: ReportView; label: string }) {
  return (
    <ul class="legend" aria-label={label}>
      {view.partners.map((p) => (
        <li key={p.id}>
          <MarkerIcon partner={p} />
          <strong>{p.letter}</strong> {p.name}
        </li>
      ))}
    </ul>
  );
}

/** Where a value lies on an axis from `min` to `max`, in percent of its width (clamped to the axis). */
export const percentAlong = (value: number, min: number, max: number) =>
  `${((Math.min(max, Math.max(min, value)) - min) / (max - min)) * 100}%`;
