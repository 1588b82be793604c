/**
 * The ratchet (worker/analysis/release.ts): hand-made cases for each rule, the attack that makes a
 * breakdown stay behind for good, and the property as code: random arrivals (with skipped
 * questions, "don't know" and roles) interleaved with readings, and an adversary who keeps every
 * release and tries every combination of them (release-adversary.ts).
 */
import { describe, expect, it } from 'vitest';
import { surveyItems } from '../../../core/instrument';
import type { Answers } from '../../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../../db/seed/synthetic';
import { breakdownDimensions, type PartnerRows, releasePartner } from '../../../worker/analysis/release';
import {
  ALL_GROUP,
  aggregateResponses,
  type GroupTotals,
  isBreakdownStatsItem,
  multiItemScales,
  productUnit,
} from '../../../worker/analysis/stats';
import { allSections, columns, instrument } from './fixtures';
import { Adversary, liveRows, type Person, type Setting } from './release-adversary';

const items = surveyItems(instrument, allSections);
const others = ['q', 'r'];
const setting: Setting = {
  items,
  units: [
    ...items.flatMap((item) => {
      if (item.format === 'perception') return others.map((target) => `${item.id}@${target}`);
      return isBreakdownStatsItem(item) || item.format === 'allocation' || item.format === 'multi_select' ? [item.id] : [];
    }),
    // The cross-products of the statements of one scale (urgency: u1 and u2) are a unit of their own.
    ...[...multiItemScales(items).values()].flatMap((statements) =>
      statements.flatMap((a, i) => statements.slice(i + 1).map((b) => productUnit(a.id, b.id))),
    ),
  ],
  dimensions: breakdownDimensions(items).map((d) => ({
    itemId: d.item.id,
    groupKeys: d.groupKeys,
    optionIds: d.item.options.map((o) => o.id),
  })),
};

/** The live rows of a partner as D1 holds them (no "did not answer" rows). */
function live(answers: readonly Answers[]): Map<string, GroupTotals> {
  const totals = aggregateResponses(
    items,
    answers.map((a) => ({ partnerId: 'p', answers: a })),
  );
  return new Map([...totals].map(([key, value]) => [key.slice(2), value]));
}

const release = (previous: PartnerRows | undefined, answers: readonly Answers[], k = 5, step = k) =>
  releasePartner(items, previous, live(answers), { k, step });

const n = (rows: PartnerRows | null | undefined, group: string, key: string) => rows?.get(group)?.stats[key] ?? 0;

describe('the ratchet', () => {
  const five = columns(5, { 'values.fair': [5, 4, 4, 3, 2], 'readiness.u1': [4, 4, 4, 4, 'dont_know'] });

  it('moves nothing of a partner until its respondents grew by k', () => {
    expect(release(undefined, five.slice(0, 4))).toBeNull();
    const first = release(undefined, five)!;
    expect(first.get(ALL_GROUP)!.respondents).toBe(5);
    expect(release(first, [...five, ...five.slice(0, 4)])).toBeNull();
  });

  it('moves an item only when at least k more people answered it; "don\'t know" does not count', () => {
    const first = release(undefined, five)!;
    expect(n(first, ALL_GROUP, 'values.fair|n')).toBe(5);
    // readiness.u1 has 4 answers and a "don't know": nothing of it is released, not even the "don't know".
    expect(n(first, ALL_GROUP, 'readiness.u1|n')).toBe(0);
    expect(n(first, ALL_GROUP, 'readiness.u1|dk')).toBe(0);
    // Five more respondents: values.fair gains 5 and moves; readiness.u1 gains 5 (9 in all) and moves.
    const second = release(first, [...five, ...five])!;
    expect(n(second, ALL_GROUP, 'values.fair|n')).toBe(10);
    expect(n(second, ALL_GROUP, 'readiness.u1|n')).toBe(8);
    expect(n(second, ALL_GROUP, 'readiness.u1|dk')).toBe(2);
    // Five more who answer only "don't know" on it: the partner moves, readiness.u1 does not.
    const dontKnow = columns(5, { 'values.fair': [1, 1, 1, 1, 1], 'readiness.u1': Array(5).fill('dont_know') });
    const third = release(second, [...five, ...five, ...dontKnow])!;
    expect(n(third, ALL_GROUP, 'readiness.u1|dk')).toBe(2);
    expect(n(third, ALL_GROUP, 'values.fair|n')).toBe(15);
  });

  it("moves a partner shown as its organisation's position one response at a time", () => {
    const first = release(undefined, five.slice(0, 1), 5, 1)!;
    expect(n(first, ALL_GROUP, 'values.fair|n')).toBe(1);
    expect(n(release(first, five.slice(0, 2), 5, 1), ALL_GROUP, 'values.fair|s')).toBe(9);
  });

  it('counts the channels with the respondents', () => {
    const rows = live(five);
    rows.get(ALL_GROUP)!.stats['channel:open|c'] = 5;
    expect(releasePartner(items, undefined, rows, { k: 5, step: 5 })!.get(ALL_GROUP)!.stats['channel:open|c']).toBe(5);
  });
});

describe('breakdowns in the ratchet', () => {
  const people = (role: string | undefined, involvement: string | undefined, values: number[]) =>
    columns(values.length, {
      'values.fair': values,
      'about.role': Array(values.length).fill(role),
      'about.involvement': Array(values.length).fill(involvement),
    });

  it('releases one dimension only, with those who did not answer as a group of their own', () => {
    const answers = [...people('manager', 'yes', [5, 5, 4]), ...people('professional', 'no', [1, 2, 2])];
    const first = release(undefined, answers, 3)!;
    expect(first.get('role:manager')).toMatchObject({ respondents: 3, stats: { 'values.fair|n': 3, 'values.fair|s': 14 } });
    expect(first.get('role:professional')).toMatchObject({ respondents: 3 });
    // Involvement would split the same people the other way; two partitions cross in small cells.
    expect(first.has('involvement:yes')).toBe(false);
    const withRest = release(undefined, [...answers, ...people(undefined, undefined, [3, 3, 3])], 3)!;
    expect(withRest.get('role:-')).toMatchObject({ respondents: 3, stats: { 'values.fair|n': 3, 'values.fair|s': 9 } });
  });

  it('keeps a breakdown that missed a release of its partner as it was, for good', () => {
    // k = 5. First five: four managers and a professional. The partner moves; its role groups
    // (4 and 1) cannot, so the breakdown stays empty.
    const first = [...people('manager', undefined, [5, 5, 5, 5]), ...people('professional', undefined, [1])];
    const r1 = release(undefined, first)!;
    expect(r1.has('role:manager')).toBe(false);
    // Five more: one manager and four professionals. Managers now 5 and professionals 5 since the
    // (empty) breakdown: a rule that only looked at the groups would release them now. Then
    // partner(10) − partner(5) − (professionals(10) − professionals(0)) = the 5th manager − the
    // first professional: two people's answers, one against the other.
    const second = [...first, ...people('manager', undefined, [5]), ...people('professional', undefined, [1, 1, 1, 1])];
    const r2 = release(r1, second)!;
    expect(n(r2, ALL_GROUP, 'values.fair|n')).toBe(10);
    expect(r2.has('role:manager')).toBe(false);
    expect(r2.has('role:professional')).toBe(false);
  });

  it('moves a breakdown with its partner while every group gains 0 or at least k answers', () => {
    const first = [...people('manager', undefined, [5, 5, 5, 4, 4])];
    const r1 = release(undefined, first)!;
    expect(r1.get('role:manager')!.respondents).toBe(5);
    const second = [...first, ...people('professional', undefined, [1, 2, 1, 2, 1])];
    const r2 = release(r1, second)!;
    expect(r2.get('role:professional')).toMatchObject({ respondents: 5, stats: { 'values.fair|n': 5 } });
    // A sixth professional and four managers: the partner moves, the breakdown cannot (1 and 4).
    const third = [...second, ...people('professional', undefined, [3]), ...people('manager', undefined, [3, 3, 3, 3])];
    const r3 = release(r2, third)!;
    expect(n(r3, ALL_GROUP, 'values.fair|n')).toBe(15);
    expect(r3.get('role:professional')!.respondents).toBe(5);
    expect(n(r3, 'role:manager', 'values.fair|n')).toBe(5);
  });
});

/** A partner's staff arriving in waves: people of one role and involvement (or none), one by one. */
function arrivals(seed: number, k: number): Person[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const people: Person[] = [];
  while (people.length < 40) {
    const role = pick(['manager', 'manager', 'professional', undefined]);
    const involvement = pick(['yes', 'yes', 'no', undefined]);
    const size = 1 + Math.floor(random() * 2 * k);
    for (let i = 0; i < size; i++) {
      const answers: Record<string, unknown> = {
        ...syntheticAnswers({ instrument, sections: allSections, otherPartnerIds: others, random, skipOptional: 0.15 }),
      };
      delete answers['about.role'];
      delete answers['about.involvement'];
      if (role && random() < 0.9) answers['about.role'] = role;
      if (involvement && random() < 0.9) answers['about.involvement'] = involvement;
      if (random() < 0.15) answers['readiness.u1'] = 'dont_know';
      people.push({ id: people.length, answers: answers as Answers });
    }
  }
  return people;
}

/** Arrivals read now and then: every release the ratchet makes, watched by the adversary. */
function run(seed: number, k: number, ratchet: (previous: PartnerRows | undefined, people: readonly Person[]) => PartnerRows | null) {
  const random = seededRandom(seed * 7919);
  const adversary = new Adversary(setting);
  const everyone = arrivals(seed, k);
  let released: PartnerRows | undefined;
  for (let count = 1; count <= everyone.length; count++) {
    if (random() > 0.35) continue;
    const present = everyone.slice(0, count);
    const next = ratchet(released, present);
    if (!next) continue;
    released = next;
    adversary.observe(next, present);
  }
  return adversary;
}

const ratchet = (k: number) => (previous: PartnerRows | undefined, people: readonly Person[]) =>
  releasePartner(items, previous, live(people.map((p) => p.answers)), { k, step: k });

describe('the release property', () => {
  it.each([3, 5])(
    'lets no combination of releases single out fewer than k = %i people (100 random arrival orders)',
    (k) => {
      for (let seed = 1; seed <= 100; seed++) {
        const adversary = run(seed, k, ratchet(k));
        expect(adversary.problems, `seed ${seed}`).toEqual([]);
        expect(adversary.smallestClasses(k), `seed ${seed}`).toEqual([]);
      }
    },
    60_000,
  );

  it('catches a report that shows the live figures at every reading', () => {
    const naive = (_: PartnerRows | undefined, people: readonly Person[]) => liveRows(setting, people);
    const caught = Array.from({ length: 20 }, (_, i) => run(i + 1, 5, naive).smallestClasses(5).length > 0);
    expect(caught.every(Boolean)).toBe(true);
  });
});
