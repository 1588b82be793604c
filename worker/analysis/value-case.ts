/**
 * The value case: what each partner brings and what it hopes to get, and how those fit together
 * (Creating Shared Value: does what I bring serve what you need?). A partner brings (wants) a
 * resource when at least VALUE_CASE_MIN_SHARE of its respondents who answered say so.
 */
import type { MultiSelectItem } from '../../core/instrument/types';
import type { AnalysisContext } from './context';
import type { PartnerValueCase, ValueCaseReport } from './model';
import { rounded } from './moments';
import { atLeast } from './pairs';
import type { Stats } from './stats';
import { ONE_SIDED_MIN_DIFFERENCE, VALUE_CASE_MIN_SHARE } from './thresholds';

/**
 * The share of a partner's respondents who chose each option in any of the items (for the same
 * side, normally one item). Null when nobody answered.
 */
function shares(
  stats: Readonly<Stats>,
  items: readonly MultiSelectItem[],
  optionIds: readonly string[],
): { answered: number; share: (number | null)[] } {
  let answered = 0;
  const best = optionIds.map((): number | null => null);
  for (const item of items) {
    const n = stats[`${item.id}|n`] ?? 0;
    answered = Math.max(answered, n);
    if (n === 0) continue;
    optionIds.forEach((optionId, index) => {
      const share = (stats[`${item.id}:${optionId}|c`] ?? 0) / n;
      best[index] = Math.max(best[index] ?? 0, share);
    });
  }
  return { answered, share: best };
}

const reportedShare = (share: number | null) => (share === null ? null : rounded(share));

export function analyseValueCase(ctx: AnalysisContext): ValueCaseReport | null {
  const multi = ctx.items.filter((item): item is MultiSelectItem => item.format === 'multi_select');
  const bringItems = multi.filter((item) => item.tags.valueCase === 'bring');
  const getItems = multi.filter((item) => item.tags.valueCase === 'get');
  if (bringItems.length === 0 && getItems.length === 0) return null;

  // One list of resources for both questions; the union keeps every option either one offers.
  const optionIds = [...new Set(multi.flatMap((item) => item.options.map((o) => o.id)))];
  const partnerIds = ctx.shown.map((p) => p.entry.id);

  const byPartner: PartnerValueCase[] = ctx.shown.map((partner) => {
    const bring = shares(partner.all, bringItems, optionIds);
    const get = shares(partner.all, getItems, optionIds);
    const chosen = (share: (number | null)[]) => optionIds.filter((_, i) => share[i] !== null && atLeast(share[i]!, VALUE_CASE_MIN_SHARE));
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
  return { optionIds, byPartner, matches, gaps, unusedOffers, complementarity: { partnerIds, counts } };
}
