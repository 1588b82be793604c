/**
 * Every published version of the instrument: served exactly as published (its frozen fixture),
 * every text in both languages and in plain Dutch, ids stable and well formed, and the time it
 * takes within the promise (docs/instrument.md). What each version's sections give the analysis is
 * tested per version (v1.test.ts, v2.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { currentInstrument, getInstrument } from './index';
import { roundMinutes, sectionSeconds, TYPICAL_OTHER_PARTNERS } from './timing';
import type { Instrument, Localized } from './types';
import { languages, requiredSections, sectionIds } from './types';
import { instrumentV1 } from './v1';
import frozenV1 from './v1.frozen.json';
import { instrumentV2 } from './v2';
import frozenV2 from './v2.frozen.json';

/** Every text a user can see (the partner contact's facts form included), with where it sits, so a failure names the place. */
function everyText(instrument: Instrument): [string, Localized][] {
  const texts: [string, Localized][] = [];
  const forms = [...instrument.sections, ...(instrument.facts ? [{ id: 'facts', ...instrument.facts }] : [])];
  for (const s of forms) {
    texts.push([`${s.id}.title`, s.title], [`${s.id}.intro`, s.intro]);
    for (const item of s.items) {
      texts.push([item.id, item.text]);
      if ('left' in item) texts.push([`${item.id}.left`, item.left], [`${item.id}.right`, item.right]);
      if ('options' in item) for (const o of item.options) texts.push([`${item.id}:${o.id}`, o.label]);
    }
  }
  return texts;
}

const sentences = (text: string) => text.split(/(?<=[.?!:])\s+/).filter((s) => s.trim() !== '');
const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');

/** A published version as JSON, without the time estimates (derived from the timing model, not part of any question). */
const asPublished = (instrument: Instrument | undefined) =>
  JSON.parse(JSON.stringify(instrument, (key, value) => (key === 'minutes' ? undefined : value)));

describe('instrument registry', () => {
  it('publishes versions 1 and 2; new surveys open with version 2', () => {
    expect(getInstrument(1)).toBe(instrumentV1);
    expect(getInstrument(2)).toBe(instrumentV2);
    expect(currentInstrument).toBe(instrumentV2);
    expect(getInstrument(3)).toBeUndefined();
    expect(getInstrument(0)).toBeUndefined();
  });

  // A published version never changes, not even a typo: running surveys keep the version they
  // opened with, and stored answers and running sums are keyed by its ids and mean what its texts
  // asked. A fixture is written once, when its version is published, and is never edited or
  // regenerated; a changed question goes into a new version, with a fixture of its own.
  it('serves version 1 exactly as it was published: every id, format, option, pole, tag and text', () => {
    expect(asPublished(getInstrument(1))).toStrictEqual(frozenV1);
  });

  it('serves version 2 exactly as it was published, its facts form included', () => {
    expect(asPublished(getInstrument(2))).toStrictEqual(frozenV2);
  });
});

describe.each([instrumentV1, instrumentV2])('instrument version $version', (instrument) => {
  const { sections } = instrument;
  const items = sections.flatMap((s) => s.items);
  const texts = everyText(instrument);

  it('has a Dutch and an English text everywhere a user reads one, with no stray spaces', () => {
    expect(texts.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const [where, text] of texts) {
      if (Object.keys(text).sort().join() !== [...languages].sort().join()) failures.push(`${where}: languages ${Object.keys(text)}`);
      for (const language of languages) {
        const value = text[language] ?? '';
        if (value.trim() === '') failures.push(`${where} (${language}): empty`);
        else if (value !== value.trim().replace(/\s{2,}/g, ' ')) failures.push(`${where} (${language}): stray spaces`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('translates every text: no Dutch text is left as the English one', () => {
    expect(texts.filter(([, text]) => text.nl === text.en).map(([where]) => where)).toEqual([]);
  });

  it('writes Dutch in short sentences (B1: at most 20 words a sentence)', () => {
    const long = texts.flatMap(([where, text]) =>
      sentences(text.nl)
        .filter((s) => words(s).length > 20)
        .map((s) => `${where}: ${s}`),
    );
    expect(long).toEqual([]);
  });

  it('addresses the respondent as "u", never as "je" or "jij"', () => {
    expect(texts.filter(([, text]) => /\b(je|jij|jou|jouw|jullie)\b/i.test(text.nl)).map(([where]) => where)).toEqual([]);
  });

  it('avoids loaded words that make one sector look bad', () => {
    const loaded =
      /\b(winstbejag|bureaucrat\w*|bureaucratie|regelzucht|traag|stroperig|graaien|greed\w*|red tape|bureaucra\w*|profiteer\w*|sluggish)\b/i;
    expect(texts.filter(([, text]) => loaded.test(text.nl) || loaded.test(text.en)).map(([where]) => where)).toEqual([]);
  });

  it('gives every section its own title and introduction', () => {
    for (const language of languages) {
      expect(new Set(sections.map((s) => s.title[language])).size).toBe(sections.length);
      expect(new Set(sections.map((s) => s.intro[language])).size).toBe(sections.length);
    }
  });

  it('gives the two poles of every scale different texts, and every option of a list a different label', () => {
    for (const item of items) {
      if ('left' in item) for (const l of languages) expect(item.left[l], item.id).not.toBe(item.right[l]);
      if ('options' in item)
        for (const l of languages) expect(new Set(item.options.map((o) => o.label[l])).size, item.id).toBe(item.options.length);
    }
  });

  it('has every section once, in the documented order', () => {
    expect(sections.map((s) => s.id)).toEqual([...sectionIds]);
  });

  it('names every item `section.name`, after the section that holds it, and never uses an id twice', () => {
    for (const s of sections) {
      for (const item of s.items) expect(item.id).toMatch(new RegExp(`^${s.id}\\.[a-z][a-z0-9_]*[a-z0-9]$`));
    }
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('never uses an option id twice within an item, and names options in snake_case', () => {
    for (const item of items) {
      if (!('options' in item)) continue;
      expect(new Set(item.options.map((o) => o.id)).size, item.id).toBe(item.options.length);
      for (const o of item.options) expect(o.id).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  it('requires an answer to every item of the required sections, and to nothing in perceptions, open or about', () => {
    for (const id of requiredSections)
      expect(
        sections.find((s) => s.id === id)!.items.every((i) => i.required),
        id,
      ).toBe(true);
    for (const id of ['perceptions', 'open', 'about'] as const)
      expect(
        sections.find((s) => s.id === id)!.items.every((i) => !i.required),
        id,
      ).toBe(true);
  });

  it('shows for every section the minutes the timing model gives', () => {
    expect(Object.fromEntries(sections.map((s) => [s.id, s.minutes]))).toEqual(
      Object.fromEntries(sections.map((s) => [s.id, roundMinutes(sectionSeconds(s))])),
    );
  });

  it('takes at most 15 minutes for all sections in a partnership of four, estimated and as shown', () => {
    const seconds = sections.reduce((sum, s) => sum + sectionSeconds(s, TYPICAL_OTHER_PARTNERS), 0);
    expect(seconds / 60).toBeLessThanOrEqual(15);
    expect(sections.reduce((sum, s) => sum + s.minutes, 0)).toBeLessThanOrEqual(15);
  });
});
