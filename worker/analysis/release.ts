/**
 * The ratchet, applied to counters: what a partner's next release holds, given its last release and
 * its live aggregates. Pure. The rules themselves (the step, groups moving together) are in
 * core/confidentiality; this module decides which counters form a unit (`unitOf`, beside
 * `statsDelta`) and applies the rules unit by unit. docs/confidentiality.md explains why each
 * condition is needed, with the attack it stops.
 *
 * A partner's release:
 * - moves only when its respondents grew by at least its step (k, or 1 for a partner shown as its
 *   organisation's position) since its last release. Nothing of it moves otherwise, so two
 *   releases of a partner are always at least a step apart: whatever a reader learns from *when*
 *   something moved is about that many people at least;
 * - then moves each unit (an item, or an item about one other partner) whose answers grew by at
 *   least the step; the others keep their released counters;
 * - and moves a breakdown (role or involvement) only while it is *in step*: its groups (with those
 *   who did not answer, kept as `<dimension>:-`) add up to the partner's released figure, the partner's
 *   figure moves in this release, and every group gains nobody or at least k. A breakdown that
 *   misses one release of its partner's figure stays as it was for good: a later one would span
 *   two releases of the partner, and subtracting the partner's two releases and the breakdown's
 *   two would isolate a few people. Only one dimension is ever released per partner: two
 *   partitions of the same people (managers, and the not directly involved) cross in cells that
 *   can hold one person.
 */
import { groupsMoveTogether, stepAdvances } from '../../core/confidentiality';
import type { BreakdownItem, Item } from '../../core/instrument/types';
import { isBreakdownItem } from '../../core/instrument/types';
import {
  ALL_GROUP,
  asReleased,
  CHANNEL_UNIT,
  type GroupTotals,
  isBreakdownStatsItem,
  populationKey,
  restGroupKey,
  type Stats,
  unitOf,
} from './stats';

/** A partner's rows by group key (`all`, `role:manager`, …): live aggregates, or a release. */
export type PartnerRows = ReadonlyMap<string, GroupTotals>;

export interface ReleaseRules {
  /** The survey's effective k. */
  readonly k: number;
  /** How many more people the partner's figures need before they move (`releaseStep`). */
  readonly step: number;
}

/** A breakdown dimension: its answer groups and the group of those who did not answer it. */
export interface Dimension {
  readonly item: BreakdownItem;
  /** `<dimension>:<option>` per option, then `<dimension>:-`. */
  readonly groupKeys: readonly string[];
}

export function breakdownDimensions(items: readonly Item[]): Dimension[] {
  return items.filter(isBreakdownItem).map((item) => ({
    item,
    groupKeys: [...item.options.map((o) => `${item.tags.breakdown}:${o.id}`), restGroupKey(item.tags.breakdown)],
  }));
}

const EMPTY: GroupTotals = { respondents: 0, stats: {} };

/** A row's counters grouped by unit, so each unit is copied without scanning the row again. */
function byUnit(stats: Readonly<Stats>): Map<string, [string, number][]> {
  const units = new Map<string, [string, number][]>();
  for (const entry of Object.entries(stats)) {
    const unit = unitOf(entry[0]);
    const counters = units.get(unit);
    if (counters) counters.push(entry);
    else units.set(unit, [entry]);
  }
  return units;
}

/**
 * Live rows with each dimension's "did not answer" group added: the partner's `all` row minus the
 * answered groups, for the respondents and for every breakdown counter.
 */
function withRest(items: readonly Item[], live: PartnerRows): Map<string, GroupTotals> {
  const rows = new Map(live);
  const all = live.get(ALL_GROUP) ?? EMPTY;
  const breakdownUnits = new Set(items.filter(isBreakdownStatsItem).map((item) => item.id));
  for (const { groupKeys } of breakdownDimensions(items)) {
    const answered = groupKeys.slice(0, -1).map((key) => live.get(key) ?? EMPTY);
    const stats: Stats = {};
    for (const [key, value] of Object.entries(all.stats)) {
      if (!breakdownUnits.has(unitOf(key))) continue;
      const rest = answered.reduce((left, group) => left - (group.stats[key] ?? 0), value);
      if (rest !== 0) stats[key] = rest;
    }
    const respondents = answered.reduce((left, group) => left - group.respondents, all.respondents);
    rows.set(groupKeys.at(-1)!, { respondents, stats });
  }
  return rows;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The partner's next release: every row (`all`, and the groups of its breakdown), or null when its
 * respondents have not grown by a step since `previous` (then nothing of it may move). `stored` are
 * the partner's live rows as the submit batch stores them; a release holds every scale's sums too
 * (`asReleased`), so its readers never derive them.
 */
export function releasePartner(
  items: readonly Item[],
  previous: PartnerRows | undefined,
  stored: PartnerRows,
  rules: ReleaseRules,
): Map<string, GroupTotals> | null {
  const live: PartnerRows = new Map(
    [...stored].map(([group, t]) => [group, { respondents: t.respondents, stats: asReleased(items, t.stats) }]),
  );
  const before = previous ?? new Map<string, GroupTotals>();
  const prevAll = before.get(ALL_GROUP) ?? EMPTY;
  const liveAll = live.get(ALL_GROUP) ?? EMPTY;
  if (!stepAdvances(prevAll.respondents, liveAll.respondents, rules.step)) return null;

  // The partner's own units: each moves by the step or keeps its released counters.
  const [prevUnits, liveUnits] = [byUnit(prevAll.stats), byUnit(liveAll.stats)];
  const moved = new Set<string>();
  const all: Stats = {};
  for (const unit of new Set([...prevUnits.keys(), ...liveUnits.keys()])) {
    const population = populationKey(unit);
    const moves = unit === CHANNEL_UNIT || stepAdvances(prevAll.stats[population] ?? 0, liveAll.stats[population] ?? 0, rules.step);
    if (moves) moved.add(unit);
    for (const [key, value] of (moves ? liveUnits : prevUnits).get(unit) ?? []) all[key] = value;
  }
  const next = new Map<string, GroupTotals>([[ALL_GROUP, { respondents: liveAll.respondents, stats: all }]]);

  // Breakdowns: at most one dimension per partner, moving only in step with the partner.
  const liveGroups = withRest(items, live);
  const breakdownUnits = items.filter(isBreakdownStatsItem).map((item) => item.id);
  const dimensions = breakdownDimensions(items);
  const respondentsOf = (rows: PartnerRows, keys: readonly string[]) => keys.map((key) => rows.get(key)?.respondents ?? 0);
  let chosen = dimensions.find((d) => sum(respondentsOf(before, d.groupKeys)) > 0);
  for (const dimension of dimensions) {
    const keys = dimension.groupKeys;
    const prevSizes = respondentsOf(before, keys);
    const liveSizes = respondentsOf(liveGroups, keys);
    const sizesMove =
      (chosen === undefined || chosen === dimension) &&
      sum(prevSizes) === prevAll.respondents &&
      groupsMoveTogether(prevSizes, liveSizes, rules.k);
    if (sizesMove) chosen = dimension;
    const sizes = sizesMove ? liveSizes : prevSizes;
    // Its items move only while the group sizes are in step too: a breakdown whose sizes stayed
    // behind can never be shown again, and neither can its figures.
    const isBreakdown = chosen === dimension && sum(sizes) === liveAll.respondents;
    const stats = keys.map((): Stats => ({}));
    const prevRows = keys.map((key) => byUnit(before.get(key)?.stats ?? {}));
    const liveRows = keys.map((key) => byUnit(liveGroups.get(key)?.stats ?? {}));
    for (const unit of breakdownUnits) {
      const population = populationKey(unit);
      const prevN = keys.map((key) => before.get(key)?.stats[population] ?? 0);
      const liveN = keys.map((key) => liveGroups.get(key)?.stats[population] ?? 0);
      const moves =
        isBreakdown && moved.has(unit) && sum(prevN) === (prevAll.stats[population] ?? 0) && groupsMoveTogether(prevN, liveN, rules.k);
      keys.forEach((_, i) => {
        for (const [counter, value] of (moves ? liveRows : prevRows)[i]!.get(unit) ?? []) stats[i]![counter] = value;
      });
    }
    keys.forEach((key, i) => {
      const respondents = sizes[i]!;
      if (respondents > 0 || Object.keys(stats[i]!).length > 0) next.set(key, { respondents, stats: stats[i]! });
    });
  }
  return next;
}
