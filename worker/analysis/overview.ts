/**
 * The report model in two parts, so a reader downloads what the page shows first and the rest
 * only when it is opened (docs/alignment.md, "Report routes"). At 20 partners the whole model is
 * about 630 kB of JSON, most of it every partner's figures on every item and every pair's
 * conflicts, which the page shows behind "show all figures" or a closed row.
 *
 * - The overview (`GET /api/report`): everything the page shows before the reader opens anything,
 *   trimmed to what it shows: the findings, the scorecards, the fault lines (the sharpest
 *   FAULT_LINES_OPEN with every partner's position, the others with their widest pair and its two
 *   means), the shared ground with every position, the notable perception gaps.
 * - The figures (`GET /api/report/figures`): the parts the overview leaves out or trims, whole.
 *
 * `{ ...overview, ...figures }` is the model `buildReport` returns: nothing is lost, and no figure
 * is in either part that the model does not hold (both are cut from it, under the same rules).
 */
import { positionsOf } from './findings';
import type { FaultLine, Position, Report, ScaleItemReport, SharedGround } from './model';

/** The sharpest fault lines (in the report's order) that the page shows open, with every partner's position. */
export const FAULT_LINES_OPEN = 5;

/** The parts of the model the overview trims or leaves out: the figures route serves them whole. */
export type FiguresPart =
  | 'sections'
  | 'pairs'
  | 'faultLines'
  | 'sharedGround'
  | 'perceptions'
  | 'readiness'
  | 'triangle'
  | 'valueCase'
  | 'tensions';

export type ReportFigures = Pick<Report, FiguresPart>;

type Widest = FaultLine['widest'][number];

/**
 * A fault line as the overview lists it. `positions`: every shown partner's, for the sharpest
 * FAULT_LINES_OPEN; null for the others, whose rows open on demand. Those list only their widest
 * pair (the row's one sentence); every pair's means come with it (`aMean`, `bMean`).
 */
export interface OverviewFaultLine extends Omit<FaultLine, 'widest'> {
  readonly widest: readonly (Widest & { readonly aMean: number | null; readonly bMean: number | null })[];
  readonly positions: readonly Position[] | null;
}

type Readiness = NonNullable<Report['readiness']>;
type Triangle = NonNullable<Report['triangle']>;
type ValueCase = NonNullable<Report['valueCase']>;
type Tensions = NonNullable<Report['tensions']>;
type Perceptions = NonNullable<Report['perceptions']>;

/** The scorecards without the agreement indices behind "divided" (r_wg(J), AD_M): the page marks divided, it does not print them. */
type Scored<T> = Omit<T, 'rwgJ' | 'ad'>;

export interface ReportOverview extends Omit<Report, FiguresPart> {
  readonly faultLines: readonly OverviewFaultLine[];
  /** Every shared item, with every shown partner's position on it. */
  readonly sharedGround: readonly (SharedGround & { readonly positions: readonly Position[] })[];
  /** Only the notable gaps (`targets` of each item that are `notable`); every figure is in the figures part. */
  readonly perceptions: {
    readonly gapsTested: number;
    readonly items: readonly Omit<Perceptions['items'][number], 'views'>[];
  } | null;
  readonly readiness:
    | (Omit<Readiness, 'factors'> & {
        readonly factors: readonly (Omit<Readiness['factors'][number], 'byPartner'> & {
          readonly byPartner: readonly Scored<Readiness['factors'][number]['byPartner'][number]>[];
        })[];
      })
    | null;
  readonly triangle:
    | (Omit<Triangle, 'byPartner'> & {
        readonly byPartner: readonly (Omit<Triangle['byPartner'][number], 'sides'> & {
          readonly sides: readonly Omit<Scored<Triangle['byPartner'][number]['sides'][number]>, 'itemIds'>[];
        })[];
      })
    | null;
  /** Without each partner's share per resource (a table on demand). */
  readonly valueCase:
    | (Omit<ValueCase, 'byPartner'> & { readonly byPartner: readonly Omit<ValueCase['byPartner'][number], 'shares'>[] })
    | null;
  /** With each partner's "don't know" count per tension (only those above 0), which its table shows. */
  readonly tensions:
    | (Omit<Tensions, 'byPartner'> & {
        readonly byPartner: readonly (Tensions['byPartner'][number] & { readonly dontKnow: Readonly<Record<string, number>> })[];
      })
    | null;
}

/** Every scale item of the model by id. */
function scaleItems(report: Report): Map<string, ScaleItemReport> {
  const items = new Map<string, ScaleItemReport>();
  for (const section of report.sections) for (const item of section.items) if (item.kind === 'scale') items.set(item.itemId, item);
  return items;
}

const scored = <T extends { rwgJ: unknown; ad: unknown }>({ rwgJ: _rwgJ, ad: _ad, ...rest }: T) => rest;

/** The overview of a report model (see the module comment). */
export function reportOverview(report: Report): ReportOverview {
  const items = scaleItems(report);
  // Fault lines and shared ground are always about scale items of the model.
  const itemOf = (itemId: string) => items.get(itemId)!;
  const meanOf = (item: ScaleItemReport, partnerId: string) => item.byPartner.find((s) => s.partnerId === partnerId)?.mean ?? null;
  const { sections: _sections, pairs: _pairs, ...kept } = report;
  return {
    ...kept,
    faultLines: report.faultLines.map((line, index) => {
      const item = itemOf(line.itemId);
      const open = index < FAULT_LINES_OPEN;
      return {
        ...line,
        widest: (open ? line.widest : line.widest.slice(0, 1)).map((pair) => ({
          ...pair,
          aMean: meanOf(item, pair.a),
          bMean: meanOf(item, pair.b),
        })),
        positions: open ? positionsOf(item) : null,
      };
    }),
    sharedGround: report.sharedGround.map((entry) => ({ ...entry, positions: positionsOf(itemOf(entry.itemId)) })),
    perceptions: report.perceptions && {
      gapsTested: report.perceptions.gapsTested,
      items: report.perceptions.items.map(({ views: _views, ...item }) => ({ ...item, targets: item.targets.filter((t) => t.notable) })),
    },
    readiness: report.readiness && {
      ...report.readiness,
      factors: report.readiness.factors.map((factor) => ({ ...factor, byPartner: factor.byPartner.map(scored) })),
    },
    triangle: report.triangle && {
      ...report.triangle,
      byPartner: report.triangle.byPartner.map((partner) => ({
        ...partner,
        sides: partner.sides.map(({ itemIds: _itemIds, ...side }) => scored(side)),
      })),
    },
    valueCase: report.valueCase && {
      ...report.valueCase,
      byPartner: report.valueCase.byPartner.map(({ shares: _shares, ...partner }) => partner),
    },
    tensions: report.tensions && {
      ...report.tensions,
      byPartner: report.tensions.byPartner.map((partner) => {
        const dontKnow: Record<string, number> = {};
        for (const { itemId } of report.tensions!.ranked) {
          const count = items.get(itemId)?.byPartner.find((s) => s.partnerId === partner.partnerId)?.dontKnow ?? 0;
          if (count > 0) dontKnow[itemId] = count;
        }
        return { ...partner, dontKnow };
      }),
    },
  };
}

/** The figures part of a report model (see the module comment). */
export function reportFigures(report: Report): ReportFigures {
  const { sections, pairs, faultLines, sharedGround, perceptions, readiness, triangle, valueCase, tensions } = report;
  return { sections, pairs, faultLines, sharedGround, perceptions, readiness, triangle, valueCase, tensions };
}
