/**
 * Released counters in their stored form (released-counters.ts): every row reads back exactly as it
 * was written, whatever it holds, and a row is never read under keys it was not written with.
 */
import { describe, expect, it } from 'vitest';
import { getInstrument, surveyItems } from '../../core/instrument';
import type { Answers, AnswerValue, Instrument, Item } from '../../core/instrument/types';
import { scalePoints, sectionIds } from '../../core/instrument/types';
import { addStats, asReleased, breakdownStatsDelta, channelDelta, type Stats, statsDelta, statsOf } from '../analysis/stats';
import { decodeCounters, encodeCounters, layoutFingerprint } from './released-counters';

const others = ['3f0c2a51-8d4e-4b7a-9c1d-2e5f6a7b8c9d', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'];

/** Respondent `r`'s answer to `item`: every kind of answer an item can get, "don't know" and skips among them. */
function answerOf(item: Item, r: number): AnswerValue | undefined {
  if (r % 7 === 3) return 'dont_know';
  if (r % 11 === 5) return undefined;
  switch (item.format) {
    case 'bipolar':
    case 'importance':
    case 'agreement':
    case 'intensity':
      return 1 + ((r * 3) % scalePoints[item.format]);
    case 'perception':
      return Object.fromEntries(others.map((id, o) => [id, 1 + ((r + o * 2) % scalePoints.perception)]));
    case 'allocation':
      return { [item.options[r % item.options.length]!.id]: item.total };
    case 'multi_select':
      return item.options.filter((_, o) => (r + o) % 3 === 0).map((option) => option.id);
    case 'single_choice':
      return item.options[r % item.options.length]!.id;
    case 'text':
      return 'Meer ruimte voor de professional.';
  }
}

/** A partner's `all` row and one breakdown group's row, as a release holds them, for `respondents` people. */
function releasedRows(instrument: Instrument, respondents: number): { all: Stats; group: Stats } {
  const items = surveyItems(instrument, [...sectionIds]);
  const all: Stats = {};
  const group: Stats = {};
  for (let r = 0; r < respondents; r++) {
    const answers: Record<string, AnswerValue> = {};
    for (const item of items) {
      const answer = answerOf(item, r);
      if (answer !== undefined) answers[item.id] = answer;
    }
    addStats(all, statsDelta(items, answers as Answers));
    addStats(all, channelDelta(r % 2 === 0 ? 'personal' : 'open'));
    addStats(group, breakdownStatsDelta(items, answers as Answers));
  }
  return { all: asReleased(items, all), group: asReleased(items, group) };
}

/** A stored row's counters, every one of them. */
const readBack = (text: string) => statsOf(decodeCounters(text));

const stored = (text: string) => JSON.parse(text) as { i: number; f: string; v: unknown[]; p?: object; x?: Record<string, number> };

describe.each([1, 2])('released counters of instrument version %i', (version) => {
  const instrument = getInstrument(version)!;
  const { all, group } = releasedRows(instrument, 40);

  it("reads a partner's row and a breakdown group's row back exactly as written", () => {
    for (const row of [all, group]) {
      const text = encodeCounters(instrument, row);
      expect(readBack(text)).toStrictEqual(row);
      expect([...decodeCounters(text).keys()].sort()).toEqual(Object.keys(row).sort());
    }
  });

  it('finds every counter under its key, and nothing under a key the row does not have', () => {
    const counters = decodeCounters(encodeCounters(instrument, all));
    for (const [key, value] of Object.entries(all)) expect(counters.get(key), key).toBe(value);
    const perception = Object.keys(all).find((key) => key.includes(`@${others[0]}`))!;
    for (const absent of [
      `${Object.keys(all)
        .find((key) => key.endsWith('|dk'))!
        .slice(0, -3)}:99|c`,
      perception.replace(others[0]!, 'a-partner-nobody-rated'),
      'retired.item|s',
    ]) {
      expect(counters.get(absent), absent).toBeUndefined();
    }
    // A layout key the row leaves empty is no counter either.
    const sparse = decodeCounters(encodeCounters(instrument, { 'channel:open|c': 3 }));
    expect(sparse.get(Object.keys(all)[0]!)).toBeUndefined();
    expect([...sparse.keys()]).toEqual(['channel:open|c']);
  });

  it('holds every counter of a row in its layouts, at a fraction of the size of the counters as an object', () => {
    const text = encodeCounters(instrument, all);
    expect(stored(text).x).toBeUndefined();
    // The counters about the other partners (perceptions), per partner.
    expect(Object.keys(stored(text).p ?? {}).sort()).toEqual([...others].sort());
    expect(text.length).toBeLessThan(JSON.stringify(all).length / 4);
  });

  it('keeps a zero, and leaves out what a row does not have', () => {
    const row = { [Object.keys(all)[0]!]: 0, 'channel:open|c': 3 };
    expect(readBack(encodeCounters(instrument, row))).toStrictEqual(row);
    expect(readBack(encodeCounters(instrument, {}))).toStrictEqual({});
  });

  it('keeps a counter that is in no layout as it is', () => {
    const row = { ...all, 'retired.item|s': 12, 'retired.item@someone|q': 40 };
    const text = encodeCounters(instrument, row);
    expect(stored(text).x).toEqual({ 'retired.item|s': 12, 'retired.item@someone|q': 40 });
    expect(readBack(text)).toStrictEqual(row);
    expect(decodeCounters(text).get('retired.item@someone|q')).toBe(40);
  });

  it('reads a row written before this form, the counters as a JSON object, as it is', () => {
    expect(readBack(JSON.stringify(all))).toStrictEqual(all);
  });

  it('refuses a row written in another layout rather than read it under the wrong keys', () => {
    const text = encodeCounters(instrument, all);
    const otherLayout = JSON.stringify({ ...stored(text), f: '00000000' });
    expect(() => decodeCounters(otherLayout)).toThrow(/layout 00000000/);
    const shorter = JSON.stringify({ ...stored(text), v: stored(text).v.slice(1) });
    expect(() => decodeCounters(shorter)).toThrow(/layout/);
  });
});

describe('the layouts', () => {
  // A published version's layout may never change: rows stored in it would no longer be readable.
  // A change to what a release counts needs a layout of its own, with these rows still read.
  it('stay as published for every instrument version', () => {
    expect(layoutFingerprint(getInstrument(1)!)).toBe('14b4f217');
    expect(layoutFingerprint(getInstrument(2)!)).toBe('736a08ec');
  });

  it('refuse a row of an instrument version that does not exist', () => {
    expect(() => decodeCounters(JSON.stringify({ i: 99, f: '00000000', v: [] }))).toThrow(/unknown instrument version 99/);
  });
});
