/**
 * Value propositions, per partner and per pair, read from the report model: what moves a partner
 * (its top drives and values), what it brings and wants and who covers its wants, where it rubs
 * (its strongest tensions, its clear differences with others), how ready it is, and how the others
 * see it against how it sees itself. Per pair: where their propositions fit (what each brings that
 * the other wants, how far their drives differ) and where they rub (the ways of working, values and
 * tensions on which they clearly differ, and how each sees the other). Served on demand, one
 * partner or pair at a time (GET /api/report/partner, /api/report/pair), so the overview stays small.
 */

import { DIFFERENCES_TO_DISCUSS } from '../../core/instrument/differences';
import type { ReadinessFactor } from '../../core/instrument/types';
import type { StatedFacts } from './context';
import { type TopDrives, topDrives } from './findings';
import type { Band, DifferenceKind, Interval, Report } from './model';

export interface PartnerCard {
  readonly partnerId: string;
  readonly topDrives: TopDrives;
  /** What it brings (share of its respondents, interval), and who else wants it. */
  readonly brings: readonly {
    readonly optionId: string;
    readonly share: number;
    readonly ci95: Interval;
    readonly wantedBy: readonly string[];
  }[];
  /** What it wants, and which other partners bring it (empty: nobody covers it). */
  readonly wants: readonly {
    readonly optionId: string;
    readonly share: number;
    readonly ci95: Interval;
    readonly coveredBy: readonly string[];
  }[];
  /** Its most important values (version 2: chosen by at least VALUE_TOP_MIN_SHARE), most chosen first. */
  readonly values: readonly { readonly optionId: string; readonly share: number }[];
  /** Where it stands between investing and receiving (null when not asked or no clear side). */
  readonly stance: 'invests' | 'receives' | null;
  /** The tensions it feels most strongly, strongest first (at most two). */
  readonly tensions: readonly { readonly itemId: string; readonly mean: number; readonly divided: boolean }[];
  /** Its lowest and highest readiness factor. */
  readonly weakestFactor: {
    readonly factor: ReadinessFactor;
    readonly score: number;
    readonly band: Band;
    readonly divided: boolean;
  } | null;
  readonly strongestFactor: {
    readonly factor: ReadinessFactor;
    readonly score: number;
    readonly band: Band;
    readonly divided: boolean;
  } | null;
  /** Per perceived scale: how it sees itself and how the others see it. */
  readonly selfView: readonly {
    readonly itemId: string;
    readonly self: number | null;
    readonly others: number | null;
    readonly gap: number | null;
    readonly notable: boolean;
  }[];
  /** The partners it clearly differs from on ways of working, values or tensions, with those items. */
  readonly rubsWith: readonly { readonly partnerId: string; readonly itemIds: readonly string[] }[];
  /** What the organisation stated itself through its contact (not anonymous); null when nothing was stated. */
  readonly facts: StatedFacts | null;
}

export interface PairPropositions {
  /** What a wants and b brings, and the other way round. */
  readonly aGetsFromB: readonly string[];
  readonly bGetsFromA: readonly string[];
  /** Σ min(pᵢ, qᵢ) / 100 of their drive profiles; null without drives. */
  readonly driveOverlap: number | null;
  readonly aTop: TopDrives;
  readonly bTop: TopDrives;
  /** The items they clearly differ on, by kind: differences to discuss first, in `faultLines` order. */
  readonly rubs: readonly { readonly itemId: string; readonly kind: DifferenceKind }[];
  /** How each sees the other against how the other sees itself, per perceived scale (means; null: no figure). */
  readonly views: readonly {
    readonly itemId: string;
    readonly aOfB: number | null;
    readonly bSelf: number | null;
    readonly bOfA: number | null;
    readonly aSelf: number | null;
  }[];
}

const wantersOf = (report: Report, optionId: string, except: string) =>
  (report.valueCase?.byPartner ?? []).filter((p) => p.partnerId !== except && p.wants.includes(optionId)).map((p) => p.partnerId);
const bringersOf = (report: Report, optionId: string, except: string) =>
  (report.valueCase?.byPartner ?? []).filter((p) => p.partnerId !== except && p.brings.includes(optionId)).map((p) => p.partnerId);

/** One shown partner's value proposition; null for a partner the report does not show. */
export function partnerCard(report: Report, partnerId: string, facts: StatedFacts | null): PartnerCard | null {
  if (!report.partners.some((p) => p.id === partnerId && p.status === 'shown')) return null;
  const valueCase = report.valueCase?.byPartner.find((p) => p.partnerId === partnerId);
  const share = (side: 'bring' | 'get', optionId: string) => valueCase?.shares.find((s) => s.optionId === optionId)?.[side] ?? 0;
  const factors = (report.readiness?.factors ?? []).flatMap((f) => {
    const own = f.byPartner.find((p) => p.partnerId === partnerId);
    return own && own.score !== null && own.band !== null
      ? [{ factor: f.factor, score: own.score, band: own.band, divided: own.divided }]
      : [];
  });
  const byScore = [...factors].sort((x, y) => x.score - y.score);
  const rubsWith = report.pairs.flatMap((pair) => {
    const other = pair.a === partnerId ? pair.b : pair.b === partnerId ? pair.a : null;
    const itemIds = pair.conflicts.filter((id) => {
      const line = report.faultLines.find((l) => l.itemId === id);
      return line !== undefined && DIFFERENCES_TO_DISCUSS.has(line.kind);
    });
    return other && itemIds.length > 0 ? [{ partnerId: other, itemIds }] : [];
  });
  return {
    partnerId,
    topDrives: topDrives(report.sections).get(partnerId) ?? [],
    brings: (valueCase?.brings ?? []).map((optionId, i) => ({
      optionId,
      share: share('bring', optionId),
      ci95: valueCase!.bringsCi95[i]!,
      wantedBy: wantersOf(report, optionId, partnerId),
    })),
    wants: (valueCase?.wants ?? []).map((optionId, i) => ({
      optionId,
      share: share('get', optionId),
      ci95: valueCase!.wantsCi95[i]!,
      coveredBy: bringersOf(report, optionId, partnerId),
    })),
    values: (report.values?.chosen?.byPartner.find((p) => p.partnerId === partnerId)?.top ?? []).map(({ optionId, share }) => ({
      optionId,
      share,
    })),
    stance: report.valueCase?.investment?.byPartner.find((p) => p.partnerId === partnerId)?.stance ?? null,
    tensions: (report.tensions?.byPartner.find((p) => p.partnerId === partnerId)?.ranked ?? [])
      .slice(0, 2)
      .map(({ itemId, mean, divided }) => ({ itemId, mean, divided })),
    weakestFactor: byScore[0] ?? null,
    strongestFactor: byScore.length > 1 ? byScore.at(-1)! : null,
    selfView: (report.perceptions?.items ?? []).flatMap((item) => {
      const target = item.targets.find((t) => t.partnerId === partnerId);
      if (!target || (!target.self && !target.others)) return [];
      return [
        {
          itemId: item.mirrors,
          self: target.self?.mean ?? null,
          others: target.others?.mean ?? null,
          gap: target.gap,
          notable: target.notable,
        },
      ];
    }),
    rubsWith,
    facts,
  };
}

/** Where two shown partners' propositions fit and where they rub. */
export function pairPropositions(report: Report, a: string, b: string): PairPropositions {
  const valueCase = report.valueCase?.byPartner ?? [];
  const [va, vb] = [valueCase.find((p) => p.partnerId === a), valueCase.find((p) => p.partnerId === b)];
  const getsFrom = (wanter: typeof va, bringer: typeof va) => (wanter?.wants ?? []).filter((id) => bringer?.brings.includes(id));
  const drives = report.sections.find((s) => s.sectionId === 'drives')?.pairScores;
  const [ia, ib] = [drives?.partnerIds.indexOf(a) ?? -1, drives?.partnerIds.indexOf(b) ?? -1];
  const tops = topDrives(report.sections);
  const conflicts = new Set(report.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.conflicts ?? []);
  const lines = report.faultLines.filter((line) => conflicts.has(line.itemId));
  const rubs = [...lines.filter((l) => DIFFERENCES_TO_DISCUSS.has(l.kind)), ...lines.filter((l) => !DIFFERENCES_TO_DISCUSS.has(l.kind))];
  return {
    aGetsFromB: getsFrom(va, vb),
    bGetsFromA: getsFrom(vb, va),
    driveOverlap: drives && ia >= 0 && ib >= 0 ? (drives.scores[ia]![ib] ?? null) : null,
    aTop: tops.get(a) ?? [],
    bTop: tops.get(b) ?? [],
    rubs: rubs.map(({ itemId, kind }) => ({ itemId, kind })),
    views: (report.perceptions?.items ?? []).map((item) => {
      const { partnerIds, means } = item.views;
      const [ra, rb] = [partnerIds.indexOf(a), partnerIds.indexOf(b)];
      const self = (id: string) => item.targets.find((t) => t.partnerId === id)?.self?.mean ?? null;
      return { itemId: item.mirrors, aOfB: means[ra]?.[rb] ?? null, bSelf: self(b), bOfA: means[rb]?.[ra] ?? null, aSelf: self(a) };
    }),
  };
}
