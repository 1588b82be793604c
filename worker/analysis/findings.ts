/**
 * The report's headline findings: what a partnership lead reads first (the first screen) and
 * discusses (the agenda), chosen and ranked here from the rest of the model, so the page only puts
 * them into words. The lists are short and carry the positions their small charts draw, so the
 * first screen needs nothing else from the model.
 *
 * Ranks are competition ranks (1, 2, 2, 4) on the figures as the report states them: entries the
 * report cannot tell apart share a rank, and a list "up to rank 3" keeps every entry tied with the
 * third.
 */
import type { ReadinessFactor, SectionId } from '../../core/instrument/types';
import type {
  Band,
  FaultLine,
  ReadinessReport,
  ScaleItemReport,
  ScaleSummary,
  SectionReport,
  SharedGround,
  ValueCaseReport,
} from './model';
import { FINDINGS_LISTED } from './thresholds';

/** One shown partner's answers to a scale item, as a small chart draws it (see ScaleSummary). */
export type Position = Pick<ScaleSummary, 'partnerId' | 'n' | 'mean' | 'ci95' | 'divided' | 'indicative'> & { readonly mean: number };

/** A fault line or shared-ground item with its rank and every shown partner's position on it. */
export type ItemFinding<T> = T & {
  /** Competition rank (1, 2, 2, 4): entries the report cannot tell apart share a rank. */
  readonly rank: number;
  readonly format: ScaleItemReport['format'];
  readonly points: number;
  /** Every shown partner that answered the item, in partnership order. */
  readonly positions: readonly Position[];
};

/**
 * What the report's first screen and discussion agenda say, chosen and ranked from the rest of the
 * model (worker/analysis/findings.ts). Lists that stop at a rank (FINDINGS_LISTED) keep every entry
 * tied with the last one.
 */
export interface Findings {
  /** The sharpest fault lines, up to rank FINDINGS_LISTED, in `faultLines` order. */
  readonly faultLines: readonly ItemFinding<FaultLine>[];
  /** The surest shared ground, up to rank FINDINGS_LISTED, in `sharedGround` order. */
  readonly sharedGround: readonly ItemFinding<SharedGround>[];
  readonly valueCase: {
    /**
     * Every resource some partner finds with another partner: `wantedBy` the partners it serves,
     * `broughtBy` every partner that brings it. Most partners served first, then most bringers.
     */
    readonly matches: readonly { readonly optionId: string; readonly wantedBy: readonly string[]; readonly broughtBy: readonly string[] }[];
    /** Every gap of `valueCase.gaps`: those nobody brings first, then the most wanted. */
    readonly gaps: ValueCaseReport['gaps'];
  } | null;
  /**
   * The readiness factors with the lowest partnership score (its weakest partner's), up to rank
   * FINDINGS_LISTED. `divided`: a weakest partner is divided on a statement of the factor.
   */
  readonly readiness: readonly {
    readonly factor: ReadinessFactor;
    readonly rank: number;
    readonly score: number;
    readonly band: Band;
    readonly partnerIds: readonly string[];
    readonly divided: boolean;
  }[];
}

interface FindingsInput {
  readonly sections: readonly SectionReport[];
  readonly faultLines: readonly FaultLine[];
  readonly sharedGround: readonly SharedGround[];
  readonly valueCase: ValueCaseReport | null;
  readonly readiness: ReadinessReport | null;
}

/**
 * Competition ranks of entries already sorted by their key: an entry that `same` as the one before
 * it shares that one's rank.
 */
export function competitionRanks<T>(sorted: readonly T[], same: (a: T, b: T) => boolean): number[] {
  const ranks: number[] = [];
  sorted.forEach((entry, i) => {
    ranks.push(i > 0 && same(sorted[i - 1]!, entry) ? ranks[i - 1]! : i + 1);
  });
  return ranks;
}

/** The entries up to rank `listed`, each with its rank. */
function upToRank<T>(sorted: readonly T[], same: (a: T, b: T) => boolean, listed: number): (T & { readonly rank: number })[] {
  const ranks = competitionRanks(sorted, same);
  return sorted.flatMap((entry, i) => (ranks[i]! <= listed ? [{ ...entry, rank: ranks[i]! }] : []));
}

/** Every shown partner with answers on a scale item, as the small charts draw it. */
function positionsOf(item: ScaleItemReport): Position[] {
  return item.byPartner.flatMap(({ partnerId, n, mean, ci95, divided, indicative }) =>
    mean === null ? [] : [{ partnerId, n, mean, ci95, divided, indicative }],
  );
}

export function analyseFindings(input: FindingsInput): Findings {
  const scaleItems = new Map<string, ScaleItemReport>();
  for (const section of input.sections) for (const item of section.items) if (item.kind === 'scale') scaleItems.set(item.itemId, item);
  // Fault lines and shared ground are always about scale items of the model.
  const withPositions = <T extends { itemId: string; sectionId: SectionId }>(entry: T) => {
    const item = scaleItems.get(entry.itemId)!;
    return { ...entry, format: item.format, points: item.points, positions: positionsOf(item) };
  };

  const faultLines = upToRank(
    input.faultLines,
    (a, b) => a.certainGap === b.certainGap && a.largestDifference === b.largestDifference,
    FINDINGS_LISTED,
  ).map(withPositions);
  const sharedGround = upToRank(
    input.sharedGround,
    (a, b) => a.largestPlausibleDifference === b.largestPlausibleDifference,
    FINDINGS_LISTED,
  ).map(withPositions);

  return { faultLines, sharedGround, valueCase: valueCaseFindings(input.valueCase), readiness: weakestFactors(input.readiness) };
}

/**
 * Matches per resource (the partners that find it with another partner, and every partner that
 * brings it), most partners served first; gaps with nobody bringing the resource before gaps that
 * only the wanting partner itself fills, then by how many want it.
 */
function valueCaseFindings(valueCase: ValueCaseReport | null): Findings['valueCase'] {
  if (!valueCase) return null;
  const order = (optionId: string) => valueCase.optionIds.indexOf(optionId);
  const served = new Map<string, Set<string>>();
  for (const m of valueCase.matches) served.set(m.optionId, (served.get(m.optionId) ?? new Set()).add(m.wanterId));
  const bringers = (optionId: string) => valueCase.byPartner.filter((p) => p.brings.includes(optionId)).map((p) => p.partnerId);
  // Partners in partnership order, as everywhere in the model.
  const inOrder = (ids: ReadonlySet<string>) => valueCase.byPartner.map((p) => p.partnerId).filter((id) => ids.has(id));
  const matches = [...served.entries()]
    .map(([optionId, wanters]) => ({ optionId, wantedBy: inOrder(wanters), broughtBy: bringers(optionId) }))
    .sort(
      (x, y) => y.wantedBy.length - x.wantedBy.length || y.broughtBy.length - x.broughtBy.length || order(x.optionId) - order(y.optionId),
    );
  const gaps = [...valueCase.gaps].sort(
    (x, y) => x.broughtBy.length - y.broughtBy.length || y.wantedBy.length - x.wantedBy.length || order(x.optionId) - order(y.optionId),
  );
  return { matches, gaps };
}

/** The factors on which the partnership is least ready (its weakest partner's score), lowest first, up to rank FINDINGS_LISTED. */
function weakestFactors(readiness: ReadinessReport | null): Findings['readiness'] {
  const scored = (readiness?.factors ?? [])
    .flatMap((f) => {
      if (!f.weakest) return [];
      const { partnerIds, score, band } = f.weakest;
      const divided = f.byPartner.some((p) => partnerIds.includes(p.partnerId) && p.divided);
      return [{ factor: f.factor, score, band, partnerIds, divided }];
    })
    .sort((x, y) => x.score - y.score);
  return upToRank(scored, (a, b) => a.score === b.score, FINDINGS_LISTED);
}
