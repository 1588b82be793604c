/**
 * Changes on the report's findings: readiness factors (each compared partner's score), the value
 * case (the shares behind each match and gap), and the fault lines and shared ground of either wave
 * (the distances between partners on them, from the pair tests of scales.ts).
 */
import type { AgreementItem, Item, MultiSelectItem } from '../../../core/instrument/types';
import { readinessFactors, scalePoints } from '../../../core/instrument/types';
import type { Pool } from '../chance';
import type { FaultLine, Report, SharedGround, ValueCaseReport } from '../model';
import { rounded, roundedOrNull } from '../moments';
import type { ScaleItem } from '../partner-items';
import { EVERY_PARTNER_DELIVERS } from '../readiness';
import type { FactorChange, GapState, ItemChange, ItemStatus, PairGapChange, ResourceChange, ValueChoiceChange } from './model';
import { type GapTest, groupOf, partnerCounters, type Waves } from './scales';
import {
  type ChangeFamilies,
  combine,
  contrast,
  fewestDegreesOfFreedom,
  type Group,
  poolOf,
  reported,
  summaryVerdict,
  type Test,
} from './tests';

const levels = { up: 'higher', down: 'lower' } as const;
const distances = { up: 'further_apart', down: 'closer' } as const;

/**
 * Each compared partner's readiness score per factor, then → now: the mean of its item means over
 * the factor's statements it has figures on in both waves (a statement asked in one wave only does
 * not count, so "then" can differ from the earlier report's score). One family per factor.
 */
export function readinessChanges(
  waves: Waves,
  items: readonly Item[],
  pools: ReadonlyMap<string, Pool>,
  families: ChangeFamilies,
): () => FactorChange[] {
  const agreement = items.filter((item): item is AgreementItem => item.format === 'agreement');
  const factors = readinessFactors.flatMap((factor) => {
    const factorItems = agreement.filter((item) => 'factor' in item.tags && item.tags.factor === factor);
    if (factorItems.length === 0) return [];
    const df = fewestDegreesOfFreedom(factorItems.map((item) => pools.get(item.id)!));
    const byPartner = waves.partnerIds.flatMap((partnerId) => {
      const parts = factorItems.flatMap((item) => {
        const [before, after] = [groupOf(waves.before, item.id, partnerId), groupOf(waves.after, item.id, partnerId)];
        return before && after ? [{ before, after, estimate: contrast([after, before], [1, -1], pools.get(item.id)!) }] : [];
      });
      if (parts.length === 0) return [];
      const mean = (side: 'before' | 'after') => parts.reduce((sum, p) => sum + p[side].mean, 0) / parts.length;
      const estimate = combine(
        parts.map((p) => p.estimate),
        parts.map(() => 1 / parts.length),
      );
      return [
        { partnerId, test: families.add(`readiness:${factor}`, df, mean('before'), mean('after'), estimate, scalePoints.agreement - 1) },
      ];
    });
    return byPartner.length === 0 ? [] : [{ factor, itemIds: factorItems.map((item) => item.id), tests: byPartner }];
  });
  // Reported once every family is decided (ChangeFamilies.decide).
  return () =>
    factors.map(({ factor, itemIds, tests }) => {
      const byPartner = tests.map(({ partnerId, test }) => ({ partnerId, ...reported(test, levels, 'no_clear_change') }));
      const weakest = (side: 'before' | 'after') => {
        const score = Math.min(...byPartner.map((p) => p[side]));
        return { partnerIds: byPartner.filter((p) => p[side] === score).map((p) => p.partnerId), score };
      };
      // The partnership's score as the report reads the factor: its weakest partner's, or the mean of the partners.
      const rule = EVERY_PARTNER_DELIVERS.has(factor) ? ('weakest' as const) : ('mean' as const);
      const partnership = (side: 'before' | 'after') =>
        rule === 'weakest' ? weakest(side).score : rounded(tests.reduce((sum, t) => sum + t.test[side], 0) / tests.length);
      return {
        factor,
        itemIds,
        byPartner,
        rule,
        partnership: { before: partnership('before'), after: partnership('after') },
        weakest: { before: weakest('before'), after: weakest('after') },
        verdict: summaryVerdict(
          byPartner.map((p) => p.verdict),
          'higher',
          'lower',
          'no_clear_change',
        ),
      };
    });
}

/** A partner's choices of one option as 0/1 answers in a wave (mean = share); null when nobody answered. */
function choices(waves: Waves, side: 'before' | 'after', item: MultiSelectItem, optionId: string, partnerId: string): Group | null {
  const stats = partnerCounters(waves[side], partnerId);
  const n = stats.get(`${item.id}|n`) ?? 0;
  if (n === 0) return null;
  const chose = stats.get(`${item.id}:${optionId}|c`) ?? 0;
  return { n, mean: chose / n, variance: n < 2 ? NaN : (n * chose - chose * chose) / (n * (n - 1)) };
}

/**
 * Each compared partner's share choosing each option of a choice question (the options both waves
 * offered, items.ts), then → now: one family per question and option. A partner without answers to
 * the question in a wave has no change.
 */
function choiceTests(waves: Waves, item: MultiSelectItem, families: ChangeFamilies) {
  const byOption = new Map<string, { partnerId: string; test: Test }[]>();
  for (const option of item.options) {
    const groups = waves.partnerIds.map(
      (id) => [choices(waves, 'before', item, option.id, id), choices(waves, 'after', item, option.id, id)] as const,
    );
    if (groups.every(([before, after]) => !before || !after)) continue;
    const pool = poolOf(groups.flat().filter((g): g is Group => g !== null));
    const tests = groups.flatMap(([before, after], i) =>
      before && after
        ? [
            {
              partnerId: waves.partnerIds[i]!,
              test: families.add(
                `share:${item.id}:${option.id}`,
                pool.degreesOfFreedom,
                before.mean,
                after.mean,
                contrast([after, before], [1, -1], pool),
                1,
              ),
            },
          ]
        : [],
    );
    byOption.set(option.id, tests);
  }
  return byOption;
}

/**
 * The choice of the most important values (version 2): per value, each compared partner's share
 * choosing it, then → now, and the value's verdict over its partners (chosen clearly more often,
 * less often, both, or no clear change). Empty when the waves do not both ask it alike.
 */
export function valueChoiceChanges(waves: Waves, items: readonly Item[], families: ChangeFamilies): () => ValueChoiceChange[] {
  const item = items.find((i): i is MultiSelectItem => i.format === 'multi_select' && 'values' in i.tags);
  const tested = item ? [...choiceTests(waves, item, families)] : [];
  // Reported once every family is decided (ChangeFamilies.decide).
  return () =>
    tested.map(([optionId, tests]) => {
      const byPartner = tests.map(({ partnerId, test }) => ({ partnerId, ...reported(test, levels, 'no_clear_change') }));
      const verdicts = byPartner.map((p) => p.verdict);
      return { itemId: item!.id, optionId, byPartner, verdict: summaryVerdict(verdicts, 'higher', 'lower', 'no_clear_change') };
    });
}

/** Who chose what, as a report's value case has it, for the compared partners only. */
function gapState(valueCase: ValueCaseReport | null, optionId: string, compared: ReadonlySet<string>): GapState | null {
  const gap = valueCase?.gaps.find((g) => g.optionId === optionId);
  const wantedBy = gap?.wantedBy.filter((id) => compared.has(id)) ?? [];
  return gap && wantedBy.length > 0 ? { wantedBy, broughtBy: gap.broughtBy.filter((id) => compared.has(id)) } : null;
}

/**
 * The value case's matches and gaps of either wave, with the shares behind them: each compared
 * partner's share choosing the resource (as brought, and as wanted), then → now. One family per
 * question and option. The resource's verdict reads every compared partner's "bring" share.
 */
export function valueCaseChanges(
  waves: Waves,
  items: readonly Item[],
  reports: { readonly before: Report; readonly after: Report },
  families: ChangeFamilies,
): () => ResourceChange[] {
  const compared = new Set(waves.partnerIds);
  // The value case's two questions (what a partner brings and gets), not the choice of values.
  const questions = items.filter(
    (item): item is MultiSelectItem & { tags: { valueCase: 'bring' | 'get' } } =>
      item.format === 'multi_select' && 'valueCase' in item.tags,
  );
  const shares = new Map<string, { partnerId: string; side: 'bring' | 'get'; test: Test }[]>();
  for (const item of questions) {
    for (const [optionId, tests] of choiceTests(waves, item, families)) {
      shares.set(optionId, [...(shares.get(optionId) ?? []), ...tests.map((t) => ({ ...t, side: item.tags.valueCase }))]);
    }
  }
  const optionIds = [
    ...new Set(
      [reports.before, reports.after].flatMap((r) =>
        [...(r.valueCase?.matches ?? []), ...(r.valueCase?.gaps ?? [])].map((m) => m.optionId),
      ),
    ),
  ];
  // Reported once every family is decided (ChangeFamilies.decide).
  return () =>
    optionIds.flatMap((optionId) => {
      const tested = shares.get(optionId);
      if (!tested) return [];
      const matchesOf = (report: Report) =>
        (report.valueCase?.matches ?? []).filter((m) => m.optionId === optionId && compared.has(m.wanterId) && compared.has(m.bringerId));
      const [thenMatches, nowMatches] = [matchesOf(reports.before), matchesOf(reports.after)];
      const key = (m: { wanterId: string; bringerId: string }) => `${m.wanterId}|${m.bringerId}`;
      const matches = [...new Map([...thenMatches, ...nowMatches].map((m) => [key(m), m])).values()].map(({ wanterId, bringerId }) => ({
        wanterId,
        bringerId,
        before: thenMatches.some((m) => key(m) === key({ wanterId, bringerId })),
        after: nowMatches.some((m) => key(m) === key({ wanterId, bringerId })),
      }));
      const [gapThen, gapNow] = [
        gapState(reports.before.valueCase, optionId, compared),
        gapState(reports.after.valueCase, optionId, compared),
      ];
      if (matches.length === 0 && !gapThen && !gapNow) return [];
      // The shares behind it: who brings it in either wave (or clearly changed), who wants it in either wave.
      const bringers = new Set([...matches.map((m) => m.bringerId), ...(gapThen?.broughtBy ?? []), ...(gapNow?.broughtBy ?? [])]);
      const wanters = new Set([...matches.map((m) => m.wanterId), ...(gapThen?.wantedBy ?? []), ...(gapNow?.wantedBy ?? [])]);
      const listed = tested.filter((s) => (s.side === 'bring' ? bringers.has(s.partnerId) || s.test.clear : wanters.has(s.partnerId)));
      // More partners bringing it is closer to what others want: a bring share going up is "closer".
      const bring = tested
        .filter((s) => s.side === 'bring')
        .map((s) => reported(s.test, { up: 'closer', down: 'further_apart' }, 'no_clear_change'));
      return [
        {
          optionId,
          gap: gapThen || gapNow ? { before: gapThen, after: gapNow } : null,
          matches,
          shares: listed.map((s) => ({ partnerId: s.partnerId, side: s.side, ...reported(s.test, levels, 'no_clear_change') })),
          verdict: summaryVerdict(
            bring.map((b) => b.verdict),
            'closer',
            'further_apart',
            'no_clear_change',
          ),
        },
      ];
    });
}

/** What a wave's report called the item; closeness on a weak point is a shared doubt or concern, never shared ground. */
function statusIn(report: Report, itemId: string): ItemStatus {
  if (report.faultLines.some((f) => f.itemId === itemId)) return 'fault_line';
  const shared = report.sharedGround.find((s) => s.itemId === itemId);
  if (!shared) return 'neither';
  return shared.kind === 'concern' ? 'shared_concern' : shared.kind === 'doubt' ? 'shared_doubt' : 'shared_ground';
}

/**
 * The fault lines (or shared ground) of either wave on compared items, earlier wave's order first:
 * every compared partner's position then and now, the pairs the reports named and every pair that
 * changed clearly, and the item's verdict over all of its pairs.
 */
export function itemChanges(
  waves: Waves,
  kind: 'faultLines' | 'sharedGround',
  items: ReadonlyMap<string, ScaleItem>,
  reports: { readonly before: Report; readonly after: Report },
  gaps: ReadonlyMap<string, readonly GapTest[]>,
): ItemChange[] {
  const entries: (FaultLine | SharedGround)[] = [...reports.before[kind], ...reports.after[kind]];
  const seen = new Set<string>();
  const order = waves.partnerIds;
  return entries.flatMap((entry) => {
    const item = items.get(entry.itemId);
    if (!item || seen.has(entry.itemId)) return [];
    seen.add(entry.itemId);
    const onItem = gaps.get(item.id) ?? [];
    // The pairs the reports named: a fault line's widest (in either order); shared ground's widest pair
    // now, the one closest to breaking it.
    const named = new Set<GapTest>();
    for (const report of [reports.before, reports.after]) {
      for (const w of report.faultLines.find((f) => f.itemId === item.id)?.widest ?? []) {
        const found = onItem.find((g) => (g.a === w.a && g.b === w.b) || (g.a === w.b && g.b === w.a));
        if (found) named.add(found);
      }
    }
    if (kind === 'sharedGround') {
      const widest = onItem.reduce<GapTest | null>((best, g) => (!best || g.test.after > best.test.after ? g : best), null);
      if (widest) named.add(widest);
    }
    const pairs: PairGapChange[] = [...named, ...onItem.filter((g) => g.test.clear && !named.has(g))].map(({ a, b, test }) => ({
      a,
      b,
      ...reported(test, distances, 'no_clear_change'),
    }));
    const verdicts = onItem.map((g) => reported(g.test, distances, 'no_clear_change').verdict);
    const mean = (side: 'before' | 'after', partnerId: string) => groupOf(waves[side], item.id, partnerId)?.mean ?? null;
    return [
      {
        itemId: item.id,
        sectionId: entry.sectionId,
        format: item.format,
        points: scalePoints[item.format],
        before: statusIn(reports.before, item.id),
        after: statusIn(reports.after, item.id),
        positions: order.map((partnerId) => ({
          partnerId,
          before: roundedOrNull(mean('before', partnerId)),
          after: roundedOrNull(mean('after', partnerId)),
        })),
        pairs,
        closer: verdicts.filter((v) => v === 'closer').length,
        furtherApart: verdicts.filter((v) => v === 'further_apart').length,
        verdict: summaryVerdict(verdicts, 'closer', 'further_apart', 'no_clear_change'),
      },
    ];
  });
}
