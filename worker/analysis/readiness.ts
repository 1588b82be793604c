/**
 * Readiness factors and Moore's strategic triangle: multi-item scales on the 1–5 agreement scale,
 * with the Wilder bands (strength ≥ BAND_STRENGTH_FROM, borderline ≥ BAND_BORDERLINE_FROM, concern
 * below). A partner's score is the mean of its statements' means, so each statement weighs the same
 * whatever its number of "don't know"s. Each scale also says how far the partner agrees on it
 * (r_wg(J) and AD_M, agreement.ts), how many could not judge, and how reliable the statements are
 * together. docs/alignment.md §6 gives the rules and why.
 *
 * The partnership's score on a factor follows what the factor is: where every partner must deliver
 * (committing resources, a mandate to commit, accounting for it: EVERY_PARTNER_DELIVERS) the
 * partnership is as ready as its weakest partner; where partners can carry each other (urgency,
 * energy, a horizon, trust…) it is the mean of the partners. Factors come in the order the
 * partnership's stated function leans on them (FUNCTION_NEEDS).
 */
import type { AgreementItem, CollaborationFunction, ReadinessFactor, SingleChoiceItem, TriangleSide } from '../../core/instrument/types';
import { collaborationFunctions, readinessFactors, scalePoints, triangleSides } from '../../core/instrument/types';
import { averageDeviation, multiItemAgreement, scaleReliability } from './agreement';
import type { AnalysisContext } from './context';
import type { FaultLine, Interval } from './model';
import { rounded, roundedOrNull, wilsonInterval } from './moments';
import { atLeast, atMost } from './pairs';
import type { ScaleTable } from './partner-items';
import { answerCountKeys } from './stats';
import {
  AD_MAX_SHARE,
  BAND_BORDERLINE_FROM,
  BAND_STRENGTH_FROM,
  DIVIDED_BELOW_RWG,
  RELIABILITY_MIN,
  RELIABILITY_MIN_ANSWERS,
} from './thresholds';

export type Band = 'strength' | 'borderline' | 'concern';

/** A partner's score on a multi-item scale (a factor, a side), with its band and how far it agrees on it. */
export interface BandedScore {
  /** Mean of the statement means (statements without answers left out); null when none was answered. */
  readonly score: number | null;
  readonly band: Band | null;
  /**
   * The partner does not agree on this scale: r_wg(J) below DIVIDED_BELOW_RWG, or its mean AD_M above
   * AD_MAX_SHARE of the scale's points. Its score is then no single position.
   */
  readonly divided: boolean;
  /** r_wg(J) over the statements with 2 answers or more; null without any. */
  readonly rwgJ: number | null;
  /** Mean AD_M of those statements, in points. */
  readonly ad: number | null;
  /** "Don't know" answers as a share of all answers to the statements; null when nobody answered. */
  readonly dontKnowShare: number | null;
}

/** How reliably a scale's statements measure one thing, pooled within partners (agreement.ts). */
export interface ScaleReliabilityReport {
  /** Spearman–Brown of the mean correlation between the statements (standardised α). */
  readonly value: number;
  readonly meanCorrelation: number;
  /** The fewest answers, pooled over partners, behind a pair of statements. */
  readonly answers: number;
  /** Below RELIABILITY_MIN: the score is too unreliable to read as one factor; read the statements. */
  readonly tooLow: boolean;
}

export interface ReadinessFactorReport {
  readonly factor: ReadinessFactor;
  readonly itemIds: readonly string[];
  /** The partnership's function leans on this factor (FUNCTION_NEEDS): it comes first. */
  readonly needed: boolean;
  /** `weakest`: every partner must deliver, so the partnership is as ready as its weakest partner; `mean` otherwise. */
  readonly rule: 'weakest' | 'mean';
  readonly byPartner: readonly (BandedScore & { readonly partnerId: string })[];
  /** The lowest-scoring partner(s) (ties share it). */
  readonly weakest: { readonly partnerIds: readonly string[]; readonly score: number; readonly band: Band } | null;
  /** The partnership's score under `rule`: the weakest partner's, or the mean of the partners'. */
  readonly partnership: { readonly score: number; readonly band: Band } | null;
  /** Statements of the factor on which partners clearly differ (fault lines): uneven readiness. */
  readonly uneven: readonly string[];
  /** Null with a single statement or fewer than RELIABILITY_MIN_ANSWERS answers behind a pair. */
  readonly reliability: ScaleReliabilityReport | null;
}

/** The partnership's function as its respondents see it, against the function the organiser stated. */
export interface FunctionSeen {
  readonly itemId: string;
  readonly byPartner: readonly {
    readonly partnerId: string;
    /** Respondents who chose a function ("don't know" not counted). */
    readonly answered: number;
    readonly dontKnow: number;
    /** Share of `answered` per function, in the order of `collaborationFunctions`. */
    readonly shares: readonly { readonly optionId: CollaborationFunction; readonly share: number }[];
    /** Share (with its Wilson interval) of all who answered, "don't know" included, that chose the stated function. */
    readonly asStated: { readonly share: number; readonly ci95: Interval } | null;
  }[];
}

export interface ReadinessReport {
  /** The function the organiser stated for the partnership, which orders the factors; null if unknown. */
  readonly stated: CollaborationFunction | null;
  /** Factors needed by the function first (in FUNCTION_NEEDS order), then the others in instrument order. */
  readonly factors: readonly ReadinessFactorReport[];
  /** Null when the survey did not ask which function respondents see. */
  readonly functionSeen: FunctionSeen | null;
}

export interface TriangleReport {
  readonly byPartner: readonly {
    readonly partnerId: string;
    readonly sides: readonly (BandedScore & { readonly side: TriangleSide; readonly itemIds: readonly string[] })[];
    /** The lowest-scoring side(s); empty when no side has a score. */
    readonly weakestSides: readonly TriangleSide[];
  }[];
  /** Per side, the reliability of its statements (null as for factors). */
  readonly reliability: readonly { readonly side: TriangleSide; readonly reliability: ScaleReliabilityReport | null }[];
}

/**
 * Factors on which the partnership fails if one partner fails: a missing contribution leaves a hole
 * the others cannot fill; people who cannot commit for their organisation block every agreement; a
 * partner that cannot account for its contribution pulls it at the next budget round.
 */
export const EVERY_PARTNER_DELIVERS: ReadonlySet<ReadinessFactor> = new Set([
  'resource_commitment',
  'collaborating_professionals',
  'accountability',
]);

/** What each function of a partnership leans on most, most first (the reasoning: docs/alignment.md §6). */
export const FUNCTION_NEEDS: Readonly<Record<CollaborationFunction, readonly ReadinessFactor[]>> = {
  strategic_alignment: ['collaborating_professionals', 'shared_horizon', 'trust_in_partners', 'function_clarity'],
  operational_alignment: ['resource_commitment', 'function_clarity', 'trust_in_partners', 'organisational_learning'],
  joint_development: ['shared_horizon', 'organisational_learning', 'trust_in_partners', 'shared_ownership'],
  procurement: ['accountability', 'collaborating_professionals', 'function_clarity', 'resource_commitment'],
};

export function band(score: number): Band {
  if (atLeast(score, BAND_STRENGTH_FROM)) return 'strength';
  if (atLeast(score, BAND_BORDERLINE_FROM)) return 'borderline';
  return 'concern';
}

const POINTS = scalePoints.agreement;

/** One partner's score over a scale's statements: the mean of the statement means it has, and its agreement on them. */
function bandedScore(ctx: AnalysisContext, statements: readonly AgreementItem[], scales: ScaleTable, partnerIndex: number): BandedScore {
  let sum = 0;
  let count = 0;
  let answers = 0;
  let dontKnow = 0;
  const variances: number[] = [];
  const deviations: number[] = [];
  const stats = ctx.shown[partnerIndex]!.all;
  for (const item of statements) {
    const stat = scales.get(item.id)?.[partnerIndex];
    if (!stat) continue;
    answers += stat.n + stat.summary.dontKnow;
    dontKnow += stat.summary.dontKnow;
    if (stat.n === 0) continue;
    sum += stat.mean;
    count += 1;
    if (stat.n < 2) continue;
    variances.push(stat.variance);
    deviations.push(averageDeviation(stats, ctx.keys(item.id), answerCountKeys(item))!);
  }
  const dontKnowShare = answers === 0 ? null : rounded(dontKnow / answers);
  if (count === 0) return { score: null, band: null, divided: false, rwgJ: null, ad: null, dontKnowShare };
  const score = sum / count;
  const rwgJ = multiItemAgreement(variances, POINTS);
  const ad = deviations.length === 0 ? null : deviations.reduce((a, b) => a + b, 0) / deviations.length;
  const divided = (rwgJ !== null && rwgJ < DIVIDED_BELOW_RWG) || (ad !== null && !atMost(ad, AD_MAX_SHARE * POINTS));
  return { score: rounded(score), band: band(score), divided, rwgJ: roundedOrNull(rwgJ), ad: roundedOrNull(ad), dontKnowShare };
}

/** The entries with the lowest score (all of them when tied; floating noise must not break a tie). */
const lowest = <T>(entries: readonly T[], score: (entry: T) => number | null): { entries: T[]; score: number } | null => {
  let min = Infinity;
  for (const entry of entries) {
    const s = score(entry);
    if (s !== null && s < min) min = s;
  }
  if (min === Infinity) return null;
  return {
    entries: entries.filter((entry) => {
      const s = score(entry);
      return s !== null && atLeast(min, s);
    }),
    score: min,
  };
};

/** A scale's reliability over every shown partner's counters, or null when too few answers stand behind it. */
function reliabilityOf(ctx: AnalysisContext, itemIds: readonly string[]): ScaleReliabilityReport | null {
  const keys = itemIds.map((id) => ctx.keys(id));
  const found = scaleReliability(
    itemIds,
    ctx.shown.map((p) => ({ stats: p.all, keys })),
  );
  if (!found || found.answers < RELIABILITY_MIN_ANSWERS) return null;
  return {
    value: rounded(found.value),
    meanCorrelation: rounded(found.meanCorrelation),
    answers: found.answers,
    tooLow: !atLeast(found.value, RELIABILITY_MIN),
  };
}

/** The statements of each factor (or side) in this survey, by the scale key of `multiItemScales`. */
const statementsOf = (ctx: AnalysisContext, key: string): readonly AgreementItem[] => ctx.multiItemScales.get(key) ?? [];

export function analyseReadiness(
  ctx: AnalysisContext,
  scales: ScaleTable,
  faultLines: readonly FaultLine[],
  stated: CollaborationFunction | null,
): ReadinessReport | null {
  const needs = stated ? FUNCTION_NEEDS[stated] : [];
  const order = [...needs, ...readinessFactors.filter((f) => !needs.includes(f))];
  const conflicting = new Set(faultLines.map((line) => line.itemId));
  const factors = order.flatMap((factor) => {
    const statements = statementsOf(ctx, `factor:${factor}`);
    const itemIds = statements.map((item) => item.id);
    if (itemIds.length === 0) return [];
    const byPartner = ctx.shown.map((partner, index) => ({ partnerId: partner.entry.id, ...bandedScore(ctx, statements, scales, index) }));
    const weakest = lowest(byPartner, (p) => p.score);
    const rule = EVERY_PARTNER_DELIVERS.has(factor) ? ('weakest' as const) : ('mean' as const);
    const scored = byPartner.flatMap((p) => (p.score === null ? [] : [p.score]));
    const partnershipScore =
      scored.length === 0 ? null : rule === 'weakest' ? weakest!.score : scored.reduce((a, b) => a + b, 0) / scored.length;
    return [
      {
        factor,
        itemIds,
        needed: needs.includes(factor),
        rule,
        byPartner,
        weakest: weakest && { partnerIds: weakest.entries.map((p) => p.partnerId), score: weakest.score, band: band(weakest.score) },
        partnership: partnershipScore === null ? null : { score: rounded(partnershipScore), band: band(partnershipScore) },
        uneven: itemIds.filter((id) => conflicting.has(id)),
        reliability: reliabilityOf(ctx, itemIds),
      },
    ];
  });
  return factors.length === 0 ? null : { stated, factors, functionSeen: analyseFunctionSeen(ctx, stated) };
}

/** Which function each partner's respondents see, and how many of them see the stated one. */
function analyseFunctionSeen(ctx: AnalysisContext, stated: CollaborationFunction | null): FunctionSeen | null {
  const item = ctx.items.find((i): i is SingleChoiceItem => i.format === 'single_choice' && 'asks' in i.tags && i.tags.asks === 'function');
  if (!item) return null;
  return {
    itemId: item.id,
    byPartner: ctx.shown.map((partner) => {
      const answered = partner.all.get(`${item.id}|n`) ?? 0;
      const dontKnow = partner.all.get(`${item.id}|dk`) ?? 0;
      const count = (id: string) => partner.all.get(`${item.id}:${id}|c`) ?? 0;
      const interval = stated ? wilsonInterval(count(stated), answered + dontKnow) : null;
      return {
        partnerId: partner.entry.id,
        answered,
        dontKnow,
        shares: collaborationFunctions.map((optionId) => ({ optionId, share: answered === 0 ? 0 : rounded(count(optionId) / answered) })),
        asStated:
          stated && interval
            ? { share: rounded(count(stated) / (answered + dontKnow)), ci95: [rounded(interval[0]), rounded(interval[1])] as const }
            : null,
      };
    }),
  };
}

export function analyseTriangle(ctx: AnalysisContext, scales: ScaleTable): TriangleReport | null {
  const sideItems = triangleSides.map((side) => {
    const statements = statementsOf(ctx, `side:${side}`);
    return { side, statements, itemIds: statements.map((item) => item.id) };
  });
  if (sideItems.every((s) => s.itemIds.length === 0)) return null;
  return {
    byPartner: ctx.shown.map((partner, index) => {
      const sides = sideItems.map(({ side, statements, itemIds }) => ({ side, itemIds, ...bandedScore(ctx, statements, scales, index) }));
      return { partnerId: partner.entry.id, sides, weakestSides: lowest(sides, (s) => s.score)?.entries.map((s) => s.side) ?? [] };
    }),
    reliability: sideItems.map(({ side, itemIds }) => ({ side, reliability: reliabilityOf(ctx, itemIds) })),
  };
}
