/**
 * The value case: what each partner brings and what it hopes to get, and how those fit together
 * (Creating Shared Value: does what I bring serve what you need?). A partner brings (wants) a
 * resource when at least VALUE_CASE_MIN_SHARE of its respondents who answered say so; each share
 * carries its Wilson interval. From version 2 also: whether the partnership serves each partner's
 * own goals and each serves the others', and who mainly invests and who mainly receives.
 */
import type { AgreementItem, BipolarItem, MultiSelectItem } from '../../core/instrument/types';
import type { AnalysisContext } from './context';
import type { Interval } from './model';
import { midpoint, rounded, wilsonInterval } from './moments';
import { atLeast } from './pairs';
import type { ScaleTable } from './partner-items';
import { type Band, band } from './readiness';
import type { Counters } from './stats';
import { ONE_SIDED_MIN_DIFFERENCE, VALUE_CASE_MIN_SHARE, VERDICT_MIN_ANSWERS } from './thresholds';

/** One partner's value case. Shares are of its respondents who answered the question. */
export interface PartnerValueCase {
  readonly partnerId: string;
  /** Respondents who answered the "bring" and the "get" question. */
  readonly answeredBring: number;
  readonly answeredGet: number;
  readonly shares: readonly { readonly optionId: string; readonly bring: number | null; readonly get: number | null }[];
  /** Options with a share of at least VALUE_CASE_MIN_SHARE, in instrument order. */
  readonly brings: readonly string[];
  readonly wants: readonly string[];
  /** The 95 % Wilson interval of the share behind each of `brings` and `wants`, in the same order. */
  readonly bringsCi95: readonly Interval[];
  readonly wantsCi95: readonly Interval[];
  /** Wants ONE_SIDED_MIN_DIFFERENCE or more resources than it brings (`wants_more`), or the reverse. */
  readonly oneSided: 'wants_more' | 'brings_more' | null;
}

export interface ValueCaseReport {
  readonly optionIds: readonly string[];
  readonly byPartner: readonly PartnerValueCase[];
  /** A wants what B (another partner) brings. */
  readonly matches: readonly { readonly optionId: string; readonly wanterId: string; readonly bringerId: string }[];
  /**
   * Wanted by these partners and brought by no other partner. `broughtBy`: every partner that brings
   * it: empty (nobody brings it), or the one partner that wants it and brings it itself.
   * `wantedByAll`: every shown partner wants it and none brings it.
   */
  readonly gaps: readonly {
    readonly optionId: string;
    readonly wantedBy: readonly string[];
    readonly broughtBy: readonly string[];
    readonly wantedByAll: boolean;
  }[];
  /**
   * Brought by these partners and wanted by no other partner. `wantedBy`: every partner that wants
   * it: empty (nobody wants it), or the one partner that brings it and wants it itself.
   */
  readonly unusedOffers: readonly {
    readonly optionId: string;
    readonly broughtBy: readonly string[];
    readonly wantedBy: readonly string[];
  }[];
  /**
   * `complementarity[i][j]`: how many of partnerIds[i]'s wants partnerIds[j] brings (0 on the
   * diagonal). Directional: read along a row for what a partner can get from each other.
   */
  readonly complementarity: { readonly partnerIds: readonly string[]; readonly counts: readonly (readonly number[])[] };
  /** Whether the partnership serves each partner's own goals, and each serves the others' (version 2); null when not asked. */
  readonly goals:
    | readonly {
        readonly partnerId: string;
        readonly ownGoals: GoalScore | null;
        readonly partnerGoals: GoalScore | null;
      }[]
    | null;
  /**
   * Where each partner stands between mainly investing and mainly receiving (version 2; 1 = invests
   * more than it gets back, 7 = gets back more than it puts in); null when not asked.
   */
  readonly investment: {
    readonly itemId: string;
    readonly byPartner: readonly {
      readonly partnerId: string;
      readonly n: number;
      readonly dontKnow: number;
      readonly mean: number | null;
      readonly ci95: Interval | null;
      readonly divided: boolean;
      /**
       * `invests`: the whole 95 % interval lies on the investing side of the midpoint; `receives`:
       * on the receiving side; null: no clear side, divided, or fewer than VERDICT_MIN_ANSWERS answers.
       */
      readonly stance: 'invests' | 'receives' | null;
    }[];
  } | null;
}

/** A partner's agreement with a statement about goals served, with its band. */
export interface GoalScore {
  readonly itemId: string;
  readonly mean: number;
  readonly band: Band;
  readonly n: number;
  readonly dontKnow: number;
  readonly divided: boolean;
}

/**
 * The count and share of a partner's respondents who chose each option in any of the items (for the
 * same side, normally one item). Shares are null when nobody answered.
 */
function shares(
  stats: Counters,
  items: readonly MultiSelectItem[],
  optionIds: readonly string[],
): { answered: number; share: (number | null)[]; count: number[] } {
  let answered = 0;
  const best = optionIds.map((): number | null => null);
  const count = optionIds.map(() => 0);
  for (const item of items) {
    const n = stats.get(`${item.id}|n`) ?? 0;
    answered = Math.max(answered, n);
    if (n === 0) continue;
    optionIds.forEach((optionId, index) => {
      const chosen = stats.get(`${item.id}:${optionId}|c`) ?? 0;
      if (chosen / n >= (best[index] ?? 0)) count[index] = chosen;
      best[index] = Math.max(best[index] ?? 0, chosen / n);
    });
  }
  return { answered, share: best, count };
}

const reportedShare = (share: number | null) => (share === null ? null : rounded(share));
const reportedInterval = (interval: Interval | null): Interval => (interval ? [rounded(interval[0]), rounded(interval[1])] : [0, 1]);

export function analyseValueCase(ctx: AnalysisContext, scales: ScaleTable): ValueCaseReport | null {
  const multi = ctx.items.filter((item): item is MultiSelectItem => item.format === 'multi_select' && 'valueCase' in item.tags);
  const side = (wanted: 'bring' | 'get') => multi.filter((item) => 'valueCase' in item.tags && item.tags.valueCase === wanted);
  const [bringItems, getItems] = [side('bring'), side('get')];
  if (bringItems.length === 0 && getItems.length === 0) return null;

  // One list of resources for both questions; the union keeps every option either one offers.
  const optionIds = [...new Set(multi.flatMap((item) => item.options.map((o) => o.id)))];
  const partnerIds = ctx.shown.map((p) => p.entry.id);

  const byPartner: PartnerValueCase[] = ctx.shown.map((partner) => {
    const bring = shares(partner.all, bringItems, optionIds);
    const get = shares(partner.all, getItems, optionIds);
    const chosen = (share: (number | null)[]) => optionIds.filter((_, i) => share[i] !== null && atLeast(share[i]!, VALUE_CASE_MIN_SHARE));
    const intervals = (ids: readonly string[], side: typeof bring) =>
      ids.map((id) => reportedInterval(wilsonInterval(side.count[optionIds.indexOf(id)]!, side.answered)));
    const brings = chosen(bring.share);
    const wants = chosen(get.share);
    const surplus = brings.length - wants.length;
    return {
      partnerId: partner.entry.id,
      answeredBring: bring.answered,
      answeredGet: get.answered,
      shares: optionIds.map((optionId, i) => ({ optionId, bring: reportedShare(bring.share[i]!), get: reportedShare(get.share[i]!) })),
      brings,
      wants,
      bringsCi95: intervals(brings, bring),
      wantsCi95: intervals(wants, get),
      oneSided: surplus >= ONE_SIDED_MIN_DIFFERENCE ? 'brings_more' : -surplus >= ONE_SIDED_MIN_DIFFERENCE ? 'wants_more' : null,
    };
  });
  const bringers = (optionId: string) => byPartner.filter((p) => p.brings.includes(optionId)).map((p) => p.partnerId);
  const wanters = (optionId: string) => byPartner.filter((p) => p.wants.includes(optionId)).map((p) => p.partnerId);

  const matches: ValueCaseReport['matches'][number][] = [];
  const gaps: ValueCaseReport['gaps'][number][] = [];
  const unusedOffers: ValueCaseReport['unusedOffers'][number][] = [];
  for (const optionId of optionIds) {
    const broughtBy = bringers(optionId);
    const wantedBy = wanters(optionId);
    for (const wanterId of wantedBy)
      for (const bringerId of broughtBy) if (wanterId !== bringerId) matches.push({ optionId, wanterId, bringerId });
    // A partner that brings a resource itself is not served by that: count only other bringers. So a
    // gap's bringers are none, or the one partner that wants it (and the same for unused offers).
    const unserved = wantedBy.filter((id) => broughtBy.every((bringer) => bringer === id));
    if (unserved.length > 0)
      gaps.push({ optionId, wantedBy: unserved, broughtBy, wantedByAll: wantedBy.length === partnerIds.length && broughtBy.length === 0 });
    const unused = broughtBy.filter((id) => wantedBy.every((wanter) => wanter === id));
    if (unused.length > 0) unusedOffers.push({ optionId, broughtBy: unused, wantedBy });
  }

  const counts = byPartner.map((wanter) =>
    byPartner.map((bringer) => (wanter === bringer ? 0 : wanter.wants.filter((optionId) => bringer.brings.includes(optionId)).length)),
  );
  return {
    optionIds,
    byPartner,
    matches,
    gaps,
    unusedOffers,
    complementarity: { partnerIds, counts },
    goals: analyseGoals(ctx, scales),
    investment: analyseInvestment(ctx, scales),
  };
}

/** Each partner's agreement that the partnership serves its own goals, and that it serves the others'. */
function analyseGoals(ctx: AnalysisContext, scales: ScaleTable): ValueCaseReport['goals'] {
  const statements = ctx.items.filter((item): item is AgreementItem => item.format === 'agreement' && 'contribution' in item.tags);
  if (statements.length === 0) return null;
  const of = (which: 'own_goals' | 'partner_goals', index: number): GoalScore | null => {
    const item = statements.find((s) => 'contribution' in s.tags && s.tags.contribution === which);
    const stat = item && scales.get(item.id)?.[index];
    if (!item || !stat || stat.n === 0) return null;
    const { n, dontKnow, divided } = stat.summary;
    return { itemId: item.id, mean: rounded(stat.mean), band: band(stat.mean), n, dontKnow, divided };
  };
  return ctx.shown.map((partner, index) => ({
    partnerId: partner.entry.id,
    ownGoals: of('own_goals', index),
    partnerGoals: of('partner_goals', index),
  }));
}

/** Where each partner stands between investing and receiving, and on which side its interval lies wholly. */
function analyseInvestment(ctx: AnalysisContext, scales: ScaleTable): ValueCaseReport['investment'] {
  const section = ctx.sections.find((s) => s.id === 'value_case');
  const item = section?.items.find((i): i is BipolarItem => i.format === 'bipolar');
  if (!item) return null;
  const middle = midpoint(7);
  return {
    itemId: item.id,
    byPartner: scales.get(item.id)!.map(({ summary }) => {
      const { partnerId, n, dontKnow, mean, ci95, divided } = summary;
      const clear = ci95 !== null && !divided && n >= VERDICT_MIN_ANSWERS;
      const stance = clear && ci95[1] < middle ? 'invests' : clear && ci95[0] > middle ? 'receives' : null;
      return { partnerId, n, dontKnow, mean, ci95, divided, stance };
    }),
  };
}
