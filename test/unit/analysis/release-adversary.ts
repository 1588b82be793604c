/**
 * The adversary of the release property test: it keeps every release a reader could ever have
 * seen and works out, from the counters alone, which people each released figure is about (by
 * matching the released counters with the live ones at each moment: a release may only ever hold
 * the live state of a moment, or keep what it held). Then, per answer (item), it intersects all of
 * those sets: every class of people that some combination of figures can single out (people who
 * are in exactly the same released sets) must hold 0 or at least k people. That covers every
 * subtraction of two readings, partner − Σ groups, a group at two moments and any longer sum.
 */
import type { Answers, Item } from '../../../core/instrument/types';
import type { PartnerRows } from '../../../worker/analysis/release';
import {
  ALL_GROUP,
  asReleased,
  breakdownStatsDelta,
  type GroupTotals,
  groupDeltas,
  type Stats,
  unitOf,
} from '../../../worker/analysis/stats';

export interface Person {
  readonly id: number;
  readonly answers: Answers;
}

/** What the adversary needs of the instrument: which items are released, and the breakdown dimensions. */
export interface Setting {
  readonly items: readonly Item[];
  readonly units: readonly string[];
  readonly dimensions: readonly { readonly itemId: string; readonly groupKeys: readonly string[]; readonly optionIds: readonly string[] }[];
}

/** Each unit's counters in a row, written out so two states compare as strings ('' when it has none). */
function unitCounters(stats: Readonly<Stats>): Map<string, string> {
  const byUnit = new Map<string, string[]>();
  for (const key of Object.keys(stats).sort()) byUnit.set(unitOf(key), [...(byUnit.get(unitOf(key)) ?? []), `${key}=${stats[key]}`]);
  return new Map([...byUnit].map(([unit, counters]) => [unit, counters.join(';')]));
}

/** The group a person is in for a dimension's group key (`role:-`: did not answer). */
function inGroup(person: Person, dimension: Setting['dimensions'][number], groupKey: string): boolean {
  const index = dimension.groupKeys.indexOf(groupKey);
  const answer = person.answers[dimension.itemId];
  return index === dimension.optionIds.length ? answer === undefined : answer === dimension.optionIds[index];
}

/**
 * Live rows of a set of people, with every dimension's "did not answer" group as a row too, with
 * every scale's sums as a release holds them (`asReleased`): the counters a release may show.
 */
export function liveRows(setting: Setting, people: readonly Person[]): Map<string, GroupTotals> {
  const rows = new Map<string, GroupTotals>();
  const add = (group: string, delta: Readonly<Stats>) => {
    const row = rows.get(group) ?? { respondents: 0, stats: {} };
    row.respondents += 1;
    for (const [key, value] of Object.entries(delta)) row.stats[key] = (row.stats[key] ?? 0) + value;
    rows.set(group, row);
  };
  for (const person of people) {
    for (const [group, delta] of groupDeltas(setting.items, person.answers)) add(group, delta);
    for (const dimension of setting.dimensions)
      if (person.answers[dimension.itemId] === undefined)
        add(dimension.groupKeys.at(-1)!, breakdownStatsDelta(setting.items, person.answers));
  }
  for (const row of rows.values()) row.stats = asReleased(setting.items, row.stats);
  return rows;
}

/** Who a unit's counters are about, when it holds the live state of `people`. */
function members(setting: Setting, people: readonly Person[], group: string, unit: string | null): Set<number> {
  const dimension = setting.dimensions.find((d) => d.groupKeys.includes(group));
  return new Set(
    people
      .filter((p) => group === ALL_GROUP || (dimension !== undefined && inGroup(p, dimension, group)))
      .filter((p) => {
        if (unit === null) return true;
        // Two statements' cross-products: about the people who answered both with a point.
        if (unit.includes('*')) return unit.split('*').every((itemId) => typeof p.answers[itemId] === 'number');
        const [itemId, target] = unit.split('@') as [string, string | undefined];
        const answer = p.answers[itemId];
        if (target !== undefined) return typeof answer === 'object' && answer !== null && target in answer;
        return answer !== undefined && answer !== 'dont_know';
      })
      .map((p) => p.id),
  );
}

/**
 * Everything one partner's releases ever showed: per variable (`<unit>` for answers, `#members`
 * for who is in which group), the sets of people released figures were about.
 */
export class Adversary {
  private readonly seen = new Map<string, Set<number>[]>();
  private readonly current = new Map<string, { counters: string; people: Set<number> }>();
  /** Problems found: a released state that was never live, or a class of fewer than k people. */
  readonly problems: string[] = [];

  constructor(private readonly setting: Setting) {}

  /** Records what a release shows, given who had answered at that moment. */
  observe(release: PartnerRows, people: readonly Person[]): void {
    const live = liveRows(this.setting, people);
    for (const [group, row] of release) {
      const [releasedUnits, liveUnits] = [unitCounters(row.stats), unitCounters(live.get(group)?.stats ?? {})];
      for (const unit of [null, ...this.setting.units]) {
        const key = `${group}/${unit ?? '#members'}`;
        const counters = unit === null ? (row.respondents === 0 ? '' : String(row.respondents)) : (releasedUnits.get(unit) ?? '');
        const liveCounters = unit === null ? String(live.get(group)?.respondents ?? 0) : (liveUnits.get(unit) ?? '');
        const before = this.current.get(key);
        let released: Set<number>;
        if (counters === '') released = new Set();
        else if (before?.counters === counters) released = before.people;
        else if (counters === liveCounters) released = members(this.setting, people, group, unit);
        else {
          this.problems.push(`${key}: released counters that were never live`);
          continue;
        }
        this.current.set(key, { counters, people: released });
        const variable = unit ?? '#members';
        if (released.size > 0) this.seen.set(variable, [...(this.seen.get(variable) ?? []), released]);
      }
    }
  }

  /** The classes of people some combination of released figures can single out, per variable. */
  smallestClasses(k: number): string[] {
    const found: string[] = [];
    for (const [variable, sets] of this.seen) {
      const signature = new Map<number, string>();
      sets.forEach((set, i) => {
        for (const person of set) signature.set(person, `${signature.get(person) ?? ''},${i}`);
      });
      const classes = new Map<string, number>();
      for (const sig of signature.values()) classes.set(sig, (classes.get(sig) ?? 0) + 1);
      const small = [...classes.values()].filter((size) => size < k);
      if (small.length > 0) found.push(`${variable}: classes of ${small.join(', ')} people`);
    }
    return found;
  }
}
