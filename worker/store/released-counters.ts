/**
 * Released counters as `released_aggregates.stats` holds them: the values only, in a layout of keys
 * that every row of an instrument version shares, instead of a JSON object that repeats about 800
 * keys in every row.
 *
 * Why: the report's one costly read builds a release's model from every partner's `all` row.
 * Parsing 20 such objects (751 kB, 16,000 keys) was a third of that read's CPU, and its garbage,
 * collected while the analysis ran, doubled the read's p95 (BENCHMARKS.md, "In the runtime").
 * Values in a shared layout parse as 20 small number arrays, and are read where they lie: a key is
 * found through the layout, made once per isolate (`decodeCounters` returns `Counters`, not an
 * object of every key, whose building was most of a read's CPU and garbage). A row is also about a
 * ninth of the size.
 *
 * The layout of an instrument version is every counter its items can have once released
 * (worker/analysis/stats.ts: what `statsDelta`, `channelDelta` and `asReleased` write), found by
 * running those functions over answers that give every item every answer it can have, so it
 * follows the one definition of the counters. Counters about another partner (perceptions) are
 * stored per partner (`p`), in a layout of their own; a counter in neither layout (none today) is
 * kept as it is (`x`), so a row always reads back exactly as written. A published instrument
 * version never changes (core/instrument/instrument.test.ts), so neither does its layout: every
 * row names its version and its layout's fingerprint, a row whose fingerprint differs is refused
 * rather than read under the wrong keys, and released-counters.test.ts pins each version's.
 *
 * Rows written before this form are the counters themselves, a JSON object; they read as they are,
 * and are written in this form when their partner's figures next move.
 */
import { getInstrument } from '../../core/instrument';
import type { Answers, AnswerValue, Instrument, Item } from '../../core/instrument/types';
import { scalePoints } from '../../core/instrument/types';
import { oncePer } from '../../core/once';
import { addStats, asReleased, type Counters, channelDelta, channels, countersOf, type Stats, statsDelta } from '../analysis/stats';

/** Stands for a partner's id in the keys of the perception layout. */
const PARTNER = '\u0001';

/** A row's counters as stored. */
interface StoredCounters {
  /** The instrument version whose layout `v` and `p` follow. */
  readonly i: number;
  /** That layout's fingerprint when the row was written. */
  readonly f: string;
  /** The value of each key of the layout; null where the row has no such counter. */
  readonly v: readonly (number | null)[];
  /** Per other partner's id: the value of each key of the perception layout. */
  readonly p?: Readonly<Record<string, readonly (number | null)[]>>;
  /** Counters in neither layout, as they are. */
  readonly x?: Readonly<Stats>;
}

interface Layout {
  readonly fingerprint: string;
  readonly keys: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
  /** Perception keys with PARTNER for the partner's id, and their positions. */
  readonly perceptionKeys: readonly string[];
  readonly perceptionPositions: ReadonlyMap<string, number>;
  /** The perception keys about each partner id met so far, made once (see `keysAbout`). */
  readonly aboutPartner: Map<string, readonly string[]>;
  /** Where each of those keys is found in a row. */
  readonly slots: Map<string, Slot>;
}

/** Where a perception counter is: about which partner, at which position of the perception layout. */
interface Slot {
  readonly partnerId: string;
  readonly position: number;
}

/** Partner ids whose perception keys an isolate keeps made (a dozen keys each); past it, they are made again. */
const PARTNERS_KEPT = 10_000;

/** The answers an item can be given, one per index, for covering every counter it can have. */
function possibleAnswers(item: Item): readonly AnswerValue[] {
  switch (item.format) {
    case 'bipolar':
    case 'importance':
    case 'agreement':
    case 'intensity':
      return Array.from({ length: scalePoints[item.format] }, (_, i) => i + 1);
    case 'perception':
      return Array.from({ length: scalePoints.perception }, (_, i) => ({ [PARTNER]: i + 1 }));
    case 'allocation':
      return [Object.fromEntries(item.options.map((option) => [option.id, 1]))];
    case 'multi_select':
      return [item.options.map((option) => option.id)];
    case 'single_choice':
      return item.options.map((option) => option.id);
    case 'text':
      return ['text'];
  }
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell two layouts apart, not a secret. */
function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The layout of an instrument version (see the module comment), made once per isolate. */
const layoutOf = oncePer((instrument: Instrument): Layout => {
  const items = instrument.sections.flatMap((section) => section.items);
  const choices = items.map(possibleAnswers);
  const widest = Math.max(...choices.map((answers) => answers.length));
  const counters: Stats = {};
  // "Don't know" to everything, then every item's first possible answer, its second, and so on.
  addStats(counters, statsDelta(items, Object.fromEntries(items.map((item) => [item.id, 'dont_know']))));
  for (let index = 0; index < widest; index++) {
    const answers: Record<string, AnswerValue> = {};
    items.forEach((item, i) => {
      const answer = choices[i]![index];
      if (answer !== undefined) answers[item.id] = answer;
    });
    addStats(counters, statsDelta(items, answers as Answers));
  }
  for (const channel of channels) addStats(counters, channelDelta(channel));
  const all = Object.keys(asReleased(items, counters));
  const keys = all.filter((key) => !key.includes(PARTNER));
  const perceptionKeys = all.filter((key) => key.includes(PARTNER));
  return {
    fingerprint: fingerprintOf([...keys, ...perceptionKeys].join('\n')),
    keys,
    positions: new Map(keys.map((key, i) => [key, i])),
    perceptionKeys,
    perceptionPositions: new Map(perceptionKeys.map((key, i) => [key, i])),
    aboutPartner: new Map(),
    slots: new Map(),
  };
});

/** The fingerprint of an instrument version's layout (released-counters.test.ts pins them). */
export const layoutFingerprint = (instrument: Instrument) => layoutOf(instrument).fingerprint;

/** Where a perception key goes: the partner it is about and its position in the perception layout. */
function perceptionSlot(layout: Layout, key: string): Slot | undefined {
  const at = key.indexOf('@');
  if (at === -1) return undefined;
  const end = key.slice(at + 1).search(/[:|]/);
  if (end <= 0) return undefined;
  const partnerId = key.slice(at + 1, at + 1 + end);
  const position = layout.perceptionPositions.get(`${key.slice(0, at + 1)}${PARTNER}${key.slice(at + 1 + end)}`);
  return position === undefined ? undefined : { partnerId, position };
}

/**
 * The perception keys about one partner, made once per partner id and reused (the same strings every
 * read), with their slots.
 */
function keysAbout(layout: Layout, partnerId: string): readonly string[] {
  let keys = layout.aboutPartner.get(partnerId);
  if (!keys) {
    if (layout.aboutPartner.size >= PARTNERS_KEPT) {
      layout.aboutPartner.clear();
      layout.slots.clear();
    }
    keys = layout.perceptionKeys.map((key) => key.replace(PARTNER, partnerId));
    layout.aboutPartner.set(partnerId, keys);
    keys.forEach((key, position) => {
      layout.slots.set(key, { partnerId, position });
    });
  }
  return keys;
}

/** A row's counters as `released_aggregates.stats` stores them, in `instrument`'s layout. */
export function encodeCounters(instrument: Instrument, stats: Readonly<Stats>): string {
  const layout = layoutOf(instrument);
  const values: (number | null)[] = new Array(layout.keys.length).fill(null);
  const about: Record<string, (number | null)[]> = {};
  const rest: Stats = {};
  for (const key in stats) {
    const value = stats[key]!;
    const position = layout.positions.get(key);
    if (position !== undefined) {
      values[position] = value;
      continue;
    }
    const slot = perceptionSlot(layout, key);
    if (slot) {
      about[slot.partnerId] ??= new Array(layout.perceptionKeys.length).fill(null);
      about[slot.partnerId]![slot.position] = value;
      continue;
    }
    rest[key] = value;
  }
  const stored: StoredCounters = {
    i: instrument.version,
    f: layout.fingerprint,
    v: values,
    ...(Object.keys(about).length > 0 ? { p: about } : {}),
    ...(Object.keys(rest).length > 0 ? { x: rest } : {}),
  };
  return JSON.stringify(stored);
}

const isStored = (parsed: StoredCounters | Stats): parsed is StoredCounters =>
  typeof parsed.i === 'number' && Array.isArray((parsed as StoredCounters).v);

/**
 * A row read where it lies: each key is found through its layout (a position, or for a perception a
 * partner and a position), so reading a row back costs parsing its numbers and nothing more.
 */
class LaidOutCounters implements Counters {
  constructor(
    private readonly layout: Layout,
    private readonly values: readonly (number | null)[],
    private readonly about: StoredCounters['p'],
    private readonly rest: StoredCounters['x'],
  ) {}

  get(key: string): number | undefined {
    const position = this.layout.positions.get(key);
    if (position !== undefined) return this.values[position] ?? undefined;
    if (this.about) {
      // The slots of the partners met so far are kept; any other perception key is worked out.
      const slot = this.layout.slots.get(key) ?? perceptionSlot(this.layout, key);
      if (slot) return this.about[slot.partnerId]?.[slot.position] ?? undefined;
    }
    return this.rest?.[key];
  }

  *keys(): IterableIterator<string> {
    const { keys } = this.layout;
    for (let i = 0; i < keys.length; i++) if (this.values[i] !== null) yield keys[i]!;
    for (const partnerId in this.about) {
      const about = keysAbout(this.layout, partnerId);
      const values = this.about[partnerId]!;
      for (let i = 0; i < about.length; i++) if (values[i] !== null) yield about[i]!;
    }
    for (const key in this.rest) yield key;
  }
}

/**
 * The counters of a `released_aggregates.stats` value: exactly those `encodeCounters` was given.
 * `instrumentOf` finds the row's instrument version: the published ones, unless a benchmark's
 * made-up instrument is asked for.
 */
export function decodeCounters(text: string, instrumentOf: (version: number) => Instrument | undefined = getInstrument): Counters {
  const parsed = JSON.parse(text) as StoredCounters | Stats;
  // A row written before this form: the counters themselves.
  if (!isStored(parsed)) return countersOf(parsed);
  const instrument = instrumentOf(parsed.i);
  if (!instrument) throw new Error(`released counters of unknown instrument version ${parsed.i}`);
  const layout = layoutOf(instrument);
  if (parsed.f !== layout.fingerprint || parsed.v.length !== layout.keys.length) {
    throw new Error(
      `released counters in layout ${parsed.f} of instrument version ${parsed.i}, which now has layout ${layout.fingerprint}`,
    );
  }
  for (const partnerId in parsed.p) {
    if (parsed.p[partnerId]!.length !== layout.perceptionKeys.length) {
      throw new Error(`released counters about ${partnerId} do not fit layout ${layout.fingerprint}`);
    }
    keysAbout(layout, partnerId);
  }
  return new LaidOutCounters(layout, parsed.v, parsed.p, parsed.x);
}
