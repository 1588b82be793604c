/**
 * The report's charts, drawn as plain SVG (no chart library: the page stays small). Each chart is
 * an image with a title and a description that say what it shows in words (`role="img"` +
 * `aria-labelledby`); the section that shows it also gives its data as a table. Partners are told
 * apart by letter and marker shape as well as by colour, so no chart depends on colour alone.
 */
import type { ComponentChildren } from 'preact';
import type { Interval, ScaleSummary, SectionReport } from './types';
import type { PartnerView, ReportView, Shape } from './view';

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

/** A partner's marker: its shape in its colour, outlined so light colours stay visible. */
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

/** The key to the charts: each shown partner's marker, letter and name. */
export function PartnerLegend({ view }: { view: ReportView }) {
  return (
    <ul class="legend">
      {view.partners.map((p) => (
        <li key={p.id}>
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
            <Marker shape={p.shape} x={9} y={9} colour={p.colour} />
          </svg>
          <strong>{p.letter}</strong> {p.name}
        </li>
      ))}
    </ul>
  );
}

const HEAT_CELL = 56;
const HEAT_MARGIN = 36;

/**
 * Cell shade for a 0–1 alignment score: lighter to darker blue. Scores below 0.4 share the lightest
 * shade, because real partnerships rarely go lower and the range above needs the contrast.
 */
function heatShade(score: number): { fill: string; ink: string } {
  const share = Math.min(1, Math.max(0, (score - 0.4) / 0.6));
  const from = [0xe8, 0xf1, 0xfa];
  const to = [0x08, 0x30, 0x6b];
  const channel = (i: number) => Math.round(from[i]! + (to[i]! - from[i]!) * share);
  return { fill: `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`, ink: share > 0.45 ? '#ffffff' : '#1b1f24' };
}

/** The partner × partner alignment matrix of one section, the score written in every cell. */
export function HeatMap({ view, section, title, desc }: { view: ReportView; section: SectionReport; title: string; desc: string }) {
  const ids = section.pairScores.partnerIds;
  const size = HEAT_MARGIN + ids.length * HEAT_CELL;
  return (
    <Chart id={idFor('heat', section.sectionId)} title={title} desc={desc} width={size} height={size} class="heatmap">
      {ids.map((id, i) => {
        const p = view.partner(id);
        const centre = HEAT_MARGIN + i * HEAT_CELL + HEAT_CELL / 2;
        return (
          <g key={id}>
            <text x={centre} y={HEAT_MARGIN - 12} text-anchor="middle" class="chart-label">
              {p.letter}
            </text>
            <text x={HEAT_MARGIN - 12} y={centre + 5} text-anchor="middle" class="chart-label">
              {p.letter}
            </text>
          </g>
        );
      })}
      {section.pairScores.scores.map((row, i) =>
        row.map((score, j) => {
          const x = HEAT_MARGIN + j * HEAT_CELL;
          const y = HEAT_MARGIN + i * HEAT_CELL;
          if (i === j || score === null) {
            return (
              <g key={`${i}-${j}`}>
                <rect x={x} y={y} width={HEAT_CELL} height={HEAT_CELL} fill="#f3f5f7" stroke="#ffffff" stroke-width={2} />
                <text x={x + HEAT_CELL / 2} y={y + HEAT_CELL / 2 + 5} text-anchor="middle" class="chart-value" fill="#4d5560">
                  –
                </text>
              </g>
            );
          }
          const shade = heatShade(score);
          return (
            <g key={`${i}-${j}`}>
              <rect x={x} y={y} width={HEAT_CELL} height={HEAT_CELL} fill={shade.fill} stroke="#ffffff" stroke-width={2} />
              <text x={x + HEAT_CELL / 2} y={y + HEAT_CELL / 2 + 5} text-anchor="middle" class="chart-value" fill={shade.ink}>
                {view.number(score)}
              </text>
            </g>
          );
        }),
      )}
    </Chart>
  );
}

const BAR_LABEL_WIDTH = 190;
const BAR_PLOT_WIDTH = 300;
const BAR_ROW = 22;

/** Horizontal bars on a shared axis (0 to `max`), one colour, each with its value and interval. */
export function BarChart(props: {
  id: string;
  title: string;
  desc: string;
  partner: PartnerView;
  max: number;
  rows: readonly { key: string; label: string; value: number | null; ci95: Interval | null }[];
  view: ReportView;
}) {
  const width = BAR_LABEL_WIDTH + BAR_PLOT_WIDTH + 60;
  const height = props.rows.length * BAR_ROW + 24;
  const x = (value: number) => BAR_LABEL_WIDTH + (Math.min(value, props.max) / props.max) * BAR_PLOT_WIDTH;
  const ticks = [0, props.max / 2, props.max];
  return (
    <Chart id={props.id} title={props.title} desc={props.desc} width={width} height={height} class="bars">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={0} y2={height - 18} stroke="#c4cad2" />
          <text x={x(tick)} y={height - 4} text-anchor="middle" class="chart-tick">
            {props.view.number(tick, 0)}
          </text>
        </g>
      ))}
      {props.rows.map((row, i) => {
        const y = i * BAR_ROW;
        return (
          <g key={row.key}>
            <text x={BAR_LABEL_WIDTH - 8} y={y + 15} text-anchor="end" class="chart-label">
              {row.label}
            </text>
            {row.value === null ? (
              <text x={BAR_LABEL_WIDTH + 4} y={y + 15} class="chart-tick">
                {props.view.t({ nl: 'geen cijfer', en: 'no figure' })}
              </text>
            ) : (
              <>
                <rect
                  x={BAR_LABEL_WIDTH}
                  y={y + 4}
                  width={Math.max(1, x(row.value) - BAR_LABEL_WIDTH)}
                  height={BAR_ROW - 8}
                  fill={props.partner.colour}
                  stroke="#1b1f24"
                  stroke-width={0.5}
                />
                {row.ci95 ? (
                  <line
                    x1={x(Math.max(0, row.ci95[0]))}
                    x2={x(row.ci95[1])}
                    y1={y + BAR_ROW / 2}
                    y2={y + BAR_ROW / 2}
                    stroke="#1b1f24"
                    stroke-width={1.5}
                  />
                ) : null}
                <text x={Math.max(x(row.value), row.ci95 ? x(row.ci95[1]) : 0) + 6} y={y + 15} class="chart-value">
                  {props.view.number(row.value, 0)}
                </text>
              </>
            )}
          </g>
        );
      })}
    </Chart>
  );
}

const POSITION_LEFT = 44;
const POSITION_WIDTH = 420;
const POSITION_ROW = 20;

/**
 * Every shown partner on one scale (1…points): its mean as its marker, its 95 % interval as a line
 * (dotted, with a hollow marker and the word "divided", when its staff disagree among themselves).
 */
export function PositionChart(props: {
  id: string;
  title: string;
  desc: string;
  view: ReportView;
  points: number;
  byPartner: readonly ScaleSummary[];
}) {
  const { view, points } = props;
  const width = POSITION_LEFT + POSITION_WIDTH + 90;
  const rows = props.byPartner.filter((s) => s.mean !== null);
  const height = rows.length * POSITION_ROW + 28;
  const x = (value: number) => POSITION_LEFT + ((value - 1) / (points - 1)) * POSITION_WIDTH;
  const midpoint = (points + 1) / 2;
  return (
    <Chart id={props.id} title={props.title} desc={props.desc} width={width} height={height} class="positions">
      {Array.from({ length: points }, (_, i) => i + 1).map((tick) => (
        <g key={tick}>
          <line
            x1={x(tick)}
            x2={x(tick)}
            y1={2}
            y2={height - 20}
            stroke={tick === midpoint ? '#4d5560' : '#dde1e6'}
            stroke-dasharray={tick === midpoint ? '4 3' : undefined}
          />
          <text x={x(tick)} y={height - 6} text-anchor="middle" class="chart-tick">
            {tick}
          </text>
        </g>
      ))}
      {rows.map((summary, i) => {
        const p = view.partner(summary.partnerId);
        const y = i * POSITION_ROW + 12;
        const mean = summary.mean!;
        return (
          <g key={p.id}>
            <text x={POSITION_LEFT - 14} y={y + 4} text-anchor="end" class="chart-label">
              {p.letter}
            </text>
            {summary.ci95 ? (
              <line
                x1={x(Math.max(1, summary.ci95[0]))}
                x2={x(Math.min(points, summary.ci95[1]))}
                y1={y}
                y2={y}
                stroke={p.colour}
                stroke-width={3}
                stroke-dasharray={summary.divided ? '2 3' : undefined}
              />
            ) : null}
            <Marker shape={p.shape} x={x(mean)} y={y} colour={p.colour} hollow={summary.divided} />
            {summary.divided ? (
              <text x={x(Math.min(points, summary.ci95?.[1] ?? mean)) + 8} y={y + 4} class="chart-note">
                {view.t({ nl: 'verdeeld', en: 'divided' })}
              </text>
            ) : null}
          </g>
        );
      })}
    </Chart>
  );
}

const TRIANGLE_HEIGHT = 190;
const TRIANGLE_WIDTH = 250;

/**
 * Moore's strategic triangle for one partner: each side's score (1–5) along its spoke from the
 * centre (1) to the corner (5), joined into a filled triangle; dotted guides at 3.0 and 4.0.
 */
export function TriangleChart(props: {
  id: string;
  title: string;
  desc: string;
  partner: PartnerView;
  view: ReportView;
  sides: readonly { label: string; score: number | null }[];
}) {
  const centre = { x: TRIANGLE_WIDTH / 2, y: 118 };
  const radius = 80;
  const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / 3;
  const at = (i: number, score: number) => {
    const r = ((score - 1) / 4) * radius;
    return { x: centre.x + r * Math.cos(angle(i)), y: centre.y + r * Math.sin(angle(i)) };
  };
  const ring = (score: number) =>
    props.sides
      .map((_, i) => at(i, score))
      .map((pt) => `${pt.x},${pt.y}`)
      .join(' ');
  const scored = props.sides.every((s) => s.score !== null);
  return (
    <Chart id={props.id} title={props.title} desc={props.desc} width={TRIANGLE_WIDTH} height={TRIANGLE_HEIGHT} class="triangle">
      <polygon points={ring(5)} fill="none" stroke="#c4cad2" />
      <polygon points={ring(4)} fill="none" stroke="#4d5560" stroke-dasharray="3 3" />
      <polygon points={ring(3)} fill="none" stroke="#4d5560" stroke-dasharray="1 3" />
      {props.sides.map((_, i) => {
        const end = at(i, 5);
        return <line key={i} x1={centre.x} y1={centre.y} x2={end.x} y2={end.y} stroke="#c4cad2" />;
      })}
      {scored ? (
        <polygon
          points={props.sides
            .map((s, i) => at(i, s.score!))
            .map((pt) => `${pt.x},${pt.y}`)
            .join(' ')}
          fill={props.partner.colour}
          fill-opacity={0.35}
          stroke={props.partner.colour}
          stroke-width={2}
        />
      ) : null}
      {props.sides.map((side, i) => {
        const corner = at(i, 5.9);
        const point = side.score === null ? null : at(i, side.score);
        return (
          <g key={side.label}>
            {point ? <Marker shape={props.partner.shape} x={point.x} y={point.y} colour={props.partner.colour} size={4} /> : null}
            <text
              x={Math.min(TRIANGLE_WIDTH - 56, Math.max(56, corner.x))}
              y={corner.y + (i === 0 ? -4 : 10)}
              text-anchor="middle"
              class="chart-label"
            >
              {side.label} {side.score === null ? '–' : props.view.number(side.score)}
            </text>
          </g>
        );
      })}
    </Chart>
  );
}
