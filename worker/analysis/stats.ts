/**
 * Running sums: the bridge between stored responses and the report. A submission turns its answers
 * into a delta of integer counters; the database adds the delta to the partner's aggregate rows in
 * the same atomic batch as the response. Every counter is an integer (answers are whole numbers),
 * so sums stay exact however many responses arrive.
 *
 * Keys: `<item>:<value>|c` (how many gave each answer) for scales, and `<item>@<partner>:<value>|c`
 * for perceptions about another partner; `<item>|dk` for "don't know"; `<item>:<option>|n|s|q`
 * (count, sum, sum of squares) for allocation points; `<item>|n` and `<item>:<option>|c` for chosen
 * options (multi-selects, and single choices that are not breakdowns); `<a>*<b>|n|p` for two
 * statements of one multi-item scale (how many answered both, and the sum of their products: what a
 * scale's reliability needs), `<item>|a` for answered text; and `channel:personal|c`,
 * `channel:open|c` for the link a response came through (added by the submit batch, see
 * `channelDelta`). About-you answers (breakdowns) count as `<item>:<option>|c` only.
 *
 * A scale's count, sum and sum of squares (`<unit>|n|s|q`) are not stored with its answer counts:
 * they are sums over them, and every counter a submission adds costs the submit SQLite time
 * (docs/scaling.md). `asReleased` adds them when a release is made, so released rows, and every
 * reader of them, have them.
 *
 * A *unit* is the set of counters that describe one population (`unitOf`): an item's counters (or
 * an item's about one other partner, or a pair of statements), whose population is `<unit>|n`, the
 * people who gave an answer other than "don't know" (to both, for a pair). Releases move a unit's
 * counters together or not at all.
 *
 * Group rows: the `all` row of a partner holds every counter; a breakdown group's row (`role:…`,
 * `involvement:…`) holds only the counters breakdowns show (see `breakdownStatsDelta`), which keeps
 * those rows small and the report's parse time low.
 */
import type { AgreementItem, Answers, Item, ItemFormat, ScaleFormat } from '../../core/instrument/types';
import { isBreakdownItem, scalePoints } from '../../core/instrument/types';
import { oncePer } from '../../core/once';

export type Stats = Record<string, number>;

/**
 * Counters as the analysis reads them: by key, and which keys there are. Counters are added up as
 * `Stats` objects; a release's rows are read as `Counters`, so a row read back from D1 in its
 * instrument's layout (worker/store/released-counters.ts) is read where it lies, not copied into an
 * object of some 800 keys per partner (building those objects took three quarters of reading the
 * rows, and made a third of a report's garbage). A `Map` of counters is one; `countersOf` makes
 * `Stats` one.
 */
export interface Counters {
  /** The counter under `key`; undefined when there is none. */
  get(key: string): number | undefined;
  /** Every key that has a counter. */
  keys(): Iterable<string>;
}

/** No counters at all: a partner or group without a released row. */
export const NO_COUNTERS: Counters = new Map();

/** Counters to read from added-up `Stats`. */
export const countersOf = (stats: Readonly<Stats>): Counters => new Map(Object.entries(stats));

/** The counters as `Stats`, to add to or store. */
export function statsOf(counters: Counters): Stats {
  const stats: Stats = {};
  for (const key of counters.keys()) stats[key] = counters.get(key)!;
  return stats;
}

/** The group every respondent of a partner counts in. */
export const ALL_GROUP = 'all';

/**
 * The multi-item scales of a set of items: agreement statements that share a readiness factor or a
 * side of the triangle, keyed `factor:<factor>` or `side:<side>`, in instrument order. Found once
 * per items array: every submission of a survey asks for the same one.
 */
export const multiItemScales = oncePer((items: readonly Item[]): ReadonlyMap<string, readonly AgreementItem[]> => {
  const scales = new Map<string, AgreementItem[]>();
  for (const item of items) {
    if (item.format !== 'agreement') continue;
    const key = 'factor' in item.tags ? `factor:${item.tags.factor}` : 'side' in item.tags ? `side:${item.tags.side}` : null;
    if (key) scales.set(key, [...(scales.get(key) ?? []), item]);
  }
  return scales;
});

const answerKeys = new WeakMap<Item, readonly string[]>();

/**
 * The counters of each answer to a scale item (`<item>:<value>|c`, value 1…points), built once per
 * item: instruments are constants, and a report reads these for every partner.
 */
export function answerCountKeys(item: Item & { readonly format: ScaleFormat }): readonly string[] {
  let keys = answerKeys.get(item);
  if (!keys) {
    keys = Array.from({ length: scalePoints[item.format] }, (_, i) => `${item.id}:${i + 1}|c`);
    answerKeys.set(item, keys);
  }
  return keys;
}

/** The unit of two statements of one scale: their cross-products (see the key list above). */
export const productUnit = (a: string, b: string) => `${a}*${b}`;

/**
 * The counters one response adds. Pure: the same answers always give the same delta. Besides every
 * item's own counters, it adds the cross-products of each pair of statements of a multi-item scale
 * (`<a>*<b>|n|p`), counted only over the people who answered both with a point. They are a product,
 * never an answer over another population, so no subtraction of them and an item's own counters
 * can isolate anyone (docs/confidentiality.md); breakdown groups do not keep them.
 */
export function statsDelta(items: readonly Item[], answers: Answers): Stats {
  const delta = itemsDelta(items, answers);
  for (const statements of multiItemScales(items).values()) {
    statements.forEach((a, i) => {
      const x = answers[a.id];
      if (typeof x !== 'number') return;
      for (const b of statements.slice(i + 1)) {
        const y = answers[b.id];
        if (typeof y !== 'number') continue;
        const unit = productUnit(a.id, b.id);
        delta[`${unit}|n`] = (delta[`${unit}|n`] ?? 0) + 1;
        delta[`${unit}|p`] = (delta[`${unit}|p`] ?? 0) + x * y;
      }
    });
  }
  return delta;
}

/** Every item's own counters for one response. */
function itemsDelta(items: readonly Item[], answers: Answers): Stats {
  const delta: Stats = {};
  const add = (key: string, value: number) => {
    delta[key] = (delta[key] ?? 0) + value;
  };
  const addScale = (key: string, value: number) => {
    add(`${key}|n`, 1);
    add(`${key}|s`, value);
    add(`${key}|q`, value * value);
  };
  // A scale's answers are counted per point: its count and sums follow from those (`asReleased`),
  // and the counts let a spreadsheet redo every figure. Allocations (0–100 points) keep sums.
  const addScaleAnswer = (key: string, value: number) => {
    add(`${key}:${value}|c`, 1);
  };
  for (const item of items) {
    const value = answers[item.id];
    if (value === undefined) continue;
    if (value === 'dont_know') {
      add(`${item.id}|dk`, 1);
      continue;
    }
    switch (item.format) {
      case 'bipolar':
      case 'importance':
      case 'intensity':
      case 'agreement':
        addScaleAnswer(item.id, value as number);
        break;
      case 'allocation': {
        const points = value as Readonly<Record<string, number>>;
        add(`${item.id}|n`, 1);
        for (const option of item.options) addScale(`${item.id}:${option.id}`, points[option.id] ?? 0);
        break;
      }
      case 'multi_select':
        add(`${item.id}|n`, 1);
        for (const chosen of value as readonly string[]) add(`${item.id}:${chosen}|c`, 1);
        break;
      case 'single_choice':
        // A breakdown's answers have no population of their own: they only sort people into groups.
        if (!isBreakdownItem(item)) add(`${item.id}|n`, 1);
        add(`${item.id}:${value as string}|c`, 1);
        break;
      case 'text':
        add(`${item.id}|a`, 1);
        break;
      case 'perception':
        for (const [partnerId, position] of Object.entries(value as Readonly<Record<string, number>>)) {
          addScaleAnswer(`${item.id}@${partnerId}`, position);
        }
        break;
    }
  }
  return delta;
}

/** How a response came in: a personal (single-use) link or an open link. */
export type Channel = 'personal' | 'open';
export const channels: readonly Channel[] = ['personal', 'open'];

/** The counter of a channel in a partner's `all` row. */
export const channelKey = (channel: Channel) => `channel:${channel}|c`;

/** What a response adds to its partner's `all` row for the channel it came through. */
export function channelDelta(channel: Channel): Stats {
  return { [channelKey(channel)]: 1 };
}

/** The unit of the channel counters: they count respondents, and move with the partner's count. */
export const CHANNEL_UNIT = 'channel';

/**
 * The unit a counter belongs to (see the key list above): `<item>` or `<item>@<partner>`, or
 * CHANNEL_UNIT. A unit's population is `<unit>|n`; counters without one (answered text, the
 * "about you" answers) have no population and never leave the live aggregates.
 */
export function unitOf(key: string): string {
  const end = key.search(/[:|]/);
  return end === -1 ? key : key.slice(0, end);
}

/** The counter that holds a unit's population: its answers, "don't know" not counted. */
export const populationKey = (unit: string) => `${unit}|n`;

const answerCountedItems = new WeakMap<readonly Item[], ReadonlySet<string>>();

/** The ids of the items whose answers are stored as counts per value: scales and perceptions. */
function answerCounted(items: readonly Item[]): ReadonlySet<string> {
  let ids = answerCountedItems.get(items);
  if (!ids) {
    ids = new Set(items.filter((item) => item.format in scalePoints).map((item) => item.id));
    answerCountedItems.set(items, ids);
  }
  return ids;
}

/**
 * A row as a release holds it, from a row as the submit batch stores it: every scale's and
 * perception's count, sum and sum of squares (`<unit>|n|s|q`), added up from its answer counts
 * (`<unit>:<point>|c`). A perception's counts are left out once added up: nothing shows them, and
 * there is one per point per other partner (up to 532 more counters in a row at 20 partners). The sums are added to any the row already holds: rows stored before migration 0008 hold
 * perceptions' sums, of ratings that were never counted by point (that migration took the sums out
 * of every scale whose answers were all counted).
 */
export function asReleased(items: readonly Item[], stats: Readonly<Stats>): Stats {
  const counted = answerCounted(items);
  const row: Stats = {};
  const add = (key: string, amount: number) => {
    row[key] = (row[key] ?? 0) + amount;
  };
  for (const key in stats) {
    const count = stats[key]!;
    const unit = key.endsWith('|c') ? unitOf(key) : '';
    const at = unit.indexOf('@');
    if (!unit || !counted.has(at === -1 ? unit : unit.slice(0, at))) {
      add(key, count);
      continue;
    }
    const point = Number(key.slice(unit.length + 1, -2));
    if (at === -1) add(key, count);
    add(`${unit}|n`, count);
    add(`${unit}|s`, point * count);
    add(`${unit}|q`, point * point * count);
  }
  return row;
}

/** Adds one set of counters to another, as the database does for stored aggregates. */
export function addStats(into: Stats, delta: Readonly<Stats>): Stats {
  for (const [key, value] of Object.entries(delta)) into[key] = (into[key] ?? 0) + value;
  return into;
}

/** Count, sum and sum of squares of a scale, read back from counters. */
export interface Moments {
  readonly n: number;
  readonly sum: number;
  readonly sumSquares: number;
}

export function moments(stats: Counters, key: string): Moments {
  return momentsAt(stats, counterKeys(key));
}

/** The counter names of one scale, option or perception target (`<key>|n`, `|s`, `|q`, `|dk`). */
export interface CounterKeys {
  readonly n: string;
  readonly sum: string;
  readonly sumSquares: string;
  readonly dontKnow: string;
}

export function counterKeys(key: string): CounterKeys {
  return { n: `${key}|n`, sum: `${key}|s`, sumSquares: `${key}|q`, dontKnow: `${key}|dk` };
}

/**
 * Counter names built once and reused: a report looks up tens of thousands of counters, and a
 * reused string (hashed once) is found much faster than a freshly concatenated one.
 */
export function counterKeyCache(): (key: string) => CounterKeys {
  const cache = new Map<string, CounterKeys>();
  return (key) => {
    let keys = cache.get(key);
    if (!keys) {
      keys = counterKeys(key);
      cache.set(key, keys);
    }
    return keys;
  };
}

export function momentsAt(stats: Counters, keys: CounterKeys): Moments {
  return { n: stats.get(keys.n) ?? 0, sum: stats.get(keys.sum) ?? 0, sumSquares: stats.get(keys.sumSquares) ?? 0 };
}

/**
 * The breakdown groups a response counts in: everyone, plus one group per "about you" dimension
 * answered (`role:manager`, `involvement:direct`).
 */
export function breakdownGroups(items: readonly Item[], answers: Answers): string[] {
  const groups = [ALL_GROUP];
  for (const item of items) {
    if (!isBreakdownItem(item)) continue;
    const value = answers[item.id];
    if (typeof value === 'string') groups.push(`${item.tags.breakdown}:${value}`);
  }
  return groups;
}

/** The group of a dimension's "did not answer": kept explicitly in a release (`role:-`). */
export const restGroupKey = (dimension: string) => `${dimension}:-`;

/** The formats a breakdown group's row keeps counters for: positions and assessments on a scale. */
const breakdownFormats: ReadonlySet<ItemFormat> = new Set(['bipolar', 'importance', 'agreement', 'intensity']);

/** True for the items whose counters breakdown groups keep. */
export function isBreakdownStatsItem(item: Item): boolean {
  return breakdownFormats.has(item.format);
}

/** The items `breakdownStatsDelta` counts, found once per items array. */
const breakdownStatsItems = oncePer((items: readonly Item[]) => items.filter(isBreakdownStatsItem));

/**
 * The counters one response adds to each of its breakdown groups: the scale items only. Perception
 * counters (one per other partner) would multiply every group row by the number of partners for
 * figures a breakdown never shows.
 */
export function breakdownStatsDelta(items: readonly Item[], answers: Answers): Stats {
  return itemsDelta(breakdownStatsItems(items), answers);
}

/**
 * Every group a response counts in, with the counters it adds there: the full delta for `all`, the
 * breakdown delta for each answered "about you" dimension. The submit batch and every
 * recomputation from raw responses use this one function, so they cannot drift apart.
 */
export function groupDeltas(items: readonly Item[], answers: Answers): ReadonlyMap<string, Stats> {
  const groups = breakdownGroups(items, answers);
  const deltas = new Map<string, Stats>([[ALL_GROUP, statsDelta(items, answers)]]);
  if (groups.length > 1) {
    const breakdown = breakdownStatsDelta(items, answers);
    for (const group of groups) if (group !== ALL_GROUP) deltas.set(group, breakdown);
  }
  return deltas;
}

/**
 * Every group key a partner can have for these items: `all` plus one per breakdown option. The
 * submit batch creates all of them with the partner's first response, so a report reads the same
 * number of rows whether a partner has 3 respondents or 3,000.
 */
export function breakdownGroupKeys(items: readonly Item[]): string[] {
  const keys = [ALL_GROUP];
  for (const item of items) {
    if (isBreakdownItem(item)) for (const option of item.options) keys.push(`${item.tags.breakdown}:${option.id}`);
  }
  return keys;
}

/** A partner × group's respondents and counters, as an aggregate row holds them. */
export interface GroupTotals {
  respondents: number;
  stats: Stats;
}

/**
 * Recomputes aggregate rows from raw responses, the way the submit batch builds them one response
 * at a time (without a scale's sums: see `asReleased`). Keyed `<partnerId>/<group>`. What a fold
 * adds for the responses it folds (worker/store/fold.ts), and for tests, benchmarks and checks of
 * stored aggregates.
 */
export function aggregateResponses(
  items: readonly Item[],
  responses: Iterable<{ readonly partnerId: string; readonly answers: Answers }>,
): Map<string, GroupTotals> {
  const totals = new Map<string, GroupTotals>();
  for (const response of responses) {
    for (const [group, delta] of groupDeltas(items, response.answers)) {
      const key = `${response.partnerId}/${group}`;
      let entry = totals.get(key);
      if (!entry) {
        entry = { respondents: 0, stats: {} };
        totals.set(key, entry);
      }
      entry.respondents += 1;
      addStats(entry.stats, delta);
    }
  }
  return totals;
}
