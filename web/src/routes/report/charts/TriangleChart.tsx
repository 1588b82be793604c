/**
 * Moore's strategic triangle with every partner drawn over one another on the same axes: each side's
 * score (1–5) along its spoke from the centre (1) to the corner (5), one outline per partner in its
 * colour with its marker shape at the corners, so partners' differences show as differently shaped
 * outlines. Rings mark 2 to 5; the corner labels sit inside the drawing's margins, never cut off.
 */
import type { ReportView } from '../view';
import { Chart, Marker } from './chart';

const WIDTH = 360;
const HEIGHT = 250;
const CENTRE = { x: WIDTH / 2, y: 150 };
const RADIUS = 110;

export interface TriangleOutline {
  readonly partnerId: string;
  /** One score per side, in `sides` order; null when the side has no figure. */
  readonly scores: readonly (number | null)[];
  readonly divided: readonly boolean[];
}

const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / 3;
const at = (i: number, score: number) => {
  const r = ((score - 1) / 4) * RADIUS;
  return { x: CENTRE.x + r * Math.cos(angle(i)), y: CENTRE.y + r * Math.sin(angle(i)) };
};
const path = (points: readonly { x: number; y: number }[]) => points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

export function TriangleChart(props: {
  id: string;
  title: string;
  desc: string;
  view: ReportView;
  sides: readonly string[];
  outlines: readonly TriangleOutline[];
}) {
  const { view, sides } = props;
  const ring = (score: number) => path(sides.map((_, i) => at(i, score)));
  return (
    <Chart id={props.id} title={props.title} desc={props.desc} width={WIDTH} height={HEIGHT} class="triangle">
      {[2, 3, 4, 5].map((score) => (
        <g key={score}>
          <polygon
            points={ring(score)}
            fill="none"
            stroke={score === 5 ? '#8a939e' : '#c4cad2'}
            stroke-dasharray={score === 5 ? undefined : '3 3'}
          />
          <text x={at(0, score).x + 5} y={at(0, score).y + 4} class="chart-tick">
            {score}
          </text>
        </g>
      ))}
      {sides.map((_, i) => {
        const end = at(i, 5);
        return <line key={i} x1={CENTRE.x} y1={CENTRE.y} x2={end.x} y2={end.y} stroke="#c4cad2" />;
      })}
      {props.outlines.map((outline) => {
        const partner = view.partner(outline.partnerId);
        const scored = outline.scores.every((s) => s !== null);
        return (
          <g key={outline.partnerId}>
            {scored ? (
              <polygon
                points={path(outline.scores.map((s, i) => at(i, s!)))}
                fill={partner.colour}
                fill-opacity={0.06}
                stroke={partner.colour}
                stroke-width={2}
              />
            ) : null}
            {outline.scores.map((score, i) => {
              if (score === null) return null;
              const point = at(i, score);
              return (
                <Marker
                  key={i}
                  shape={partner.shape}
                  x={point.x}
                  y={point.y}
                  colour={partner.colour}
                  size={4.5}
                  hollow={outline.divided[i]}
                />
              );
            })}
          </g>
        );
      })}
      {sides.map((label, i) => {
        const corner = at(i, 5);
        // The top label above its corner, the bottom ones below theirs, kept inside the margins.
        const x = Math.min(WIDTH - 60, Math.max(60, corner.x));
        const y = i === 0 ? corner.y - 12 : corner.y + 22;
        return (
          <text key={label} x={x} y={y} text-anchor="middle" class="chart-label">
            {label}
          </text>
        );
      })}
    </Chart>
  );
}
