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
import { DIFFERENCES_TO_DISCUSS } from '../../core/instrument/differences';
import type { ReadinessFactor, SectionId } from '../../core/instrument/types';
import type {
  AllocationItemReport,
  Band,
  FaultLine,
  ReadinessReport,
  ScaleItemReport,
  ScaleSummary,
  SectionReport,
  SharedGround,
  ValueCaseReport,
} from './model';
import { DRIVES_DIFFER_BELOW_OVERLAP, FINDINGS_LISTED } from './thresholds';

/** How many drives a partner's profile names: its two with the most points. */
export const TOP_DRIVES = 2;

/** A partner's drives with the most points, most first. */
export type TopDrives = readonly { readonly optionId: string; readonly points: number }[];

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
  /**
   * The sharpest differences to discuss (fault lines in ways of working, values and tensions), up
   * to rank FINDINGS_LISTED, in `faultLines` order.
   */
  readonly faultLines: readonly ItemFinding<FaultLine>[];
  /** The surest shared ground (shared positions, shared values, shared strengths), up to rank FINDINGS_LISTED. */
  readonly sharedGround: readonly ItemFinding<SharedGround>[];
  /** The surest shared concerns (every partner close together in the concern band), up to rank FINDINGS_LISTED. */
  readonly sharedConcerns: readonly ItemFinding<SharedGround>[];
  /**
   * Differences that can complement each other: the pairs of partners whose drives differ most (less
   * than DRIVES_DIFFER_BELOW_OVERLAP of their points placed alike), up to rank FINDINGS_LISTED, each
   * with its two partners' top drives. What one brings that another wants is `valueCase.matches`.
   */
  readonly complements: readonly {
    readonly a: string;
    readonly b: string;
    readonly rank: number;
    readonly overlap: number;
    readonly aTop: TopDrives;
    readonly bTop: TopDrives;
  }[];
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
   * The readiness factors with the lowest partnership score (the weakest partner's where every
   * partner must deliver, else the mean of the partners), up to rank FINDINGS_LISTED. `partnerIds`
   * and `lowest`: the lowest-scoring partner(s) and their score; `divided`: one of them does not
   * agree on the factor; `needed`: the partnership's function leans on it; `uneven`: partners clearly
   * differ on one of its statements; `unreliable`: its statements are too unreliable to read as one.
   */
  readonly readiness: readonly {
    readonly factor: ReadinessFactor;
    readonly rank: number;
    readonly rule: 'weakest' | 'mean';
    readonly score: number;
    readonly band: Band;
    readonly partnerIds: readonly string[];
    readonly lowest: number;
    readonly divided: boolean;
    readonly needed: boolean;
    readonly uneven: boolean;
    readonly unreliable: boolean;
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
export function positionsOf(item: ScaleItemReport): Position[] {
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
    input.faultLines.filter((line) => DIFFERENCES_TO_DISCUSS.has(line.kind)),
    (a, b) => a.certainGap === b.certainGap && a.largestDifference === b.largestDifference,
    FINDINGS_LISTED,
  ).map(withPositions);
  const surest = (entries: readonly SharedGround[]) =>
    upToRank(entries, (a, b) => a.largestPlausibleDifference === b.largestPlausibleDifference, FINDINGS_LISTED).map(withPositions);

  return {
    faultLines,
    sharedGround: surest(input.sharedGround.filter((entry) => entry.kind !== 'concern' && entry.kind !== 'doubt')),
    sharedConcerns: surest(input.sharedGround.filter((entry) => entry.kind === 'concern')),
    complements: driveContrasts(input.sections),
    valueCase: valueCaseFindings(input.valueCase),
    readiness: weakestFactors(input.readiness),
  };
}

/** Every shown partner's drives with the most points (TOP_DRIVES), from the drives item of the model. */
export function topDrives(sections: readonly SectionReport[]): ReadonlyMap<string, TopDrives> {
  const drives = sections.flatMap((s) => s.items).find((i): i is AllocationItemReport => i.kind === 'allocation');
  const tops = new Map<string, TopDrives>();
  for (const partner of drives?.byPartner ?? []) {
    if (partner.n === 0) continue;
    const ranked = partner.options
      .flatMap((o) => (o.mean === null ? [] : [{ optionId: o.optionId, points: o.mean }]))
      .sort((a, b) => b.points - a.points);
    tops.set(partner.partnerId, ranked.slice(0, TOP_DRIVES));
  }
  return tops;
}

/** The pairs whose drives differ most (lowest overlap first), up to rank FINDINGS_LISTED. */
function driveContrasts(sections: readonly SectionReport[]): Findings['complements'] {
  const drives = sections.find((s) => s.sectionId === 'drives');
  if (!drives) return [];
  const tops = topDrives(sections);
  const { partnerIds, scores } = drives.pairScores;
  const pairs = partnerIds.flatMap((a, i) =>
    partnerIds.slice(i + 1).flatMap((b, d) => {
      const overlap = scores[i]![i + 1 + d];
      const [aTop, bTop] = [tops.get(a), tops.get(b)];
      return overlap === null || overlap === undefined || !aTop || !bTop || overlap >= DRIVES_DIFFER_BELOW_OVERLAP
        ? []
        : [{ a, b, overlap, aTop, bTop }];
    }),
  );
  return upToRank(
    pairs.sort((x, y) => x.overlap - y.overlap),
    (x, y) => x.overlap === y.overlap,
    FINDINGS_LISTED,
  );
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

/** The factors on which the partnership is least ready (by its score under each factor's rule), lowest first, up to rank FINDINGS_LISTED. */
function weakestFactors(readiness: ReadinessReport | null): Findings['readiness'] {
  const scored = (readiness?.factors ?? [])
    .flatMap((f) => {
      if (!f.weakest || !f.partnership) return [];
      const { partnerIds, score: lowest } = f.weakest;
      const divided = f.byPartner.some((p) => partnerIds.includes(p.partnerId) && p.divided);
      const { score, band } = f.partnership;
      const [uneven, unreliable] = [f.uneven.length > 0, f.reliability?.tooLow ?? false];
      return [{ factor: f.factor, rule: f.rule, score, band, partnerIds, lowest, divided, needed: f.needed, uneven, unreliable }];
    })
    .sort((x, y) => x.score - y.score);
  return upToRank(scored, (a, b) => a.score === b.score, FINDINGS_LISTED);
}
