/**
 * Running sums: the bridge between stored responses and the report. A submission turns its answers
 * into a delta of integer counters; the database adds the delta to the partner's aggregate rows in
 * the same atomic batch as the response. Every counter is an integer (answers are whole numbers),
 * so sums stay exact however many responses arrive.
 *
 * Keys: `<item>|n|s|q` (count, sum, sum of squares) for scales, `<item>|dk` for "don't know",
 * `<item>:<option>|n|s|q` for allocation points, `<item>:<option>|c` for chosen options,
 * `<item>@<partner>|n|s|q` for perceptions about another partner, `<item>|a` for answered text.
 */
import type { Answers, Item } from '../instrument/types';

export type Stats = Record<string, number>;

/** The counters one response adds. Pure: the same answers always give the same delta. */
export function statsDelta(items: readonly Item[], answers: Answers): Stats {
  const delta: Stats = {};
  const add = (key: string, value: number) => {
    delta[key] = (delta[key] ?? 0) + value;
  };
  const addScale = (key: string, value: number) => {
    add(`${key}|n`, 1);
    add(`${key}|s`, value);
    add(`${key}|q`, value * value);
  };
  for (const item of items) {
    const value = answers[item.id];
    if (value === undefined) continue;
    switch (item.format) {
      case 'bipolar':
      case 'importance':
      case 'intensity':
        addScale(item.id, value as number);
        break;
      case 'agreement':
        if (value === 'dont_know') add(`${item.id}|dk`, 1);
        else addScale(item.id, value as number);
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
        add(`${item.id}:${value as string}|c`, 1);
        break;
      case 'text':
        add(`${item.id}|a`, 1);
        break;
      case 'perception':
        for (const [partnerId, position] of Object.entries(value as Readonly<Record<string, number>>)) {
          addScale(`${item.id}@${partnerId}`, position);
        }
        break;
    }
  }
  return delta;
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

export function moments(stats: Readonly<Stats>, key: string): Moments {
  return { n: stats[`${key}|n`] ?? 0, sum: stats[`${key}|s`] ?? 0, sumSquares: stats[`${key}|q`] ?? 0 };
}

/**
 * The breakdown groups a response counts in: everyone, plus one group per "about you" dimension
 * answered (`role:manager`, `involvement:direct`).
 */
export function breakdownGroups(items: readonly Item[], answers: Answers): string[] {
  const groups = ['all'];
  for (const item of items) {
    if (item.format !== 'single_choice') continue;
    const value = answers[item.id];
    if (typeof value === 'string') groups.push(`${item.tags.breakdown}:${value}`);
  }
  return groups;
}
