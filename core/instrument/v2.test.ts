/**
 * What each section of version 2 gives the analysis, the rules its texts keep (one referent per
 * section), and the change table against version 1 held to both definitions: an id shared by the
 * two versions means the same thing in both (docs/instrument.md, "From version 1 to 2").
 */
import { describe, expect, it } from 'vitest';
import { sectionSeconds } from './timing';
import type { Item, ItemFormat, Section, SectionId } from './types';
import { allowsDontKnow, collaborationFunctions, languages, readinessFactors, requiredSections, triangleSides } from './types';
import { instrumentV1 } from './v1';
import { instrumentV2 } from './v2';
import { changesFromVersion1 } from './v2/changes';

const sections = instrumentV2.sections;
const section = (id: SectionId): Section => sections.find((s) => s.id === id)!;
const itemsOf = <F extends ItemFormat>(id: SectionId, ...formats: F[]) =>
  section(id).items.filter((i) => (formats as ItemFormat[]).includes(i.format)) as Extract<Item, { format: F }>[];
const v1Items = new Map(instrumentV1.sections.flatMap((s) => s.items).map((i) => [i.id, i] as const));
const v2Items = new Map(sections.flatMap((s) => s.items).map((i) => [i.id, i] as const));

describe('instrument v2: what each section gives the analysis', () => {
  it('culture: eleven bipolar scales, four asked again as perceptions with the very same poles', () => {
    const culture = itemsOf('culture', 'bipolar');
    expect(culture).toHaveLength(section('culture').items.length);
    expect(culture).toHaveLength(11);
    const perceptions = itemsOf('perceptions', 'perception');
    expect(perceptions.map((p) => p.mirrors)).toEqual(culture.filter((i) => i.perceived).map((i) => i.id));
    expect(perceptions).toHaveLength(4);
    for (const p of perceptions) {
      const mirrored = culture.find((i) => i.id === p.mirrors)!;
      expect([p.left, p.right]).toEqual([mirrored.left, mirrored.right]);
      expect(p.id).toBe(p.mirrors.replace('culture.', 'perceptions.'));
    }
  });

  it('values: choose exactly three of thirteen, each value tagged, every lens covered, fairness split in two', () => {
    const [values, ...rest] = itemsOf('values', 'multi_select');
    expect(rest).toEqual([]);
    expect(values).toMatchObject({ id: 'values.most_important', choose: 3, required: true, tags: { values: 'most_important' } });
    expect(values!.options).toHaveLength(13);
    expect(values!.options.every((o) => o.tags !== undefined)).toBe(true);
    const ids = values!.options.map((o) => o.id);
    expect(ids).toContain('equal_treatment');
    expect(ids).toContain('tailored_help');
    expect(ids).not.toContain('fairness');
    const quadrants = new Set(values!.options.map((o) => `${o.tags!.scope}/${o.tags!.nature}`));
    expect([...quadrants].sort()).toEqual(['collective/immaterial', 'collective/material', 'individual/immaterial', 'individual/material']);
    expect(new Set(values!.options.map((o) => o.tags!.pillar))).toEqual(new Set(['people', 'planet', 'profit']));
  });

  it('readiness: thirty statements, exactly three per factor, each tagged with the factor its id names', () => {
    const readiness = itemsOf('readiness', 'agreement');
    expect(readiness).toHaveLength(section('readiness').items.length);
    expect(readiness).toHaveLength(30);
    for (const factor of readinessFactors) {
      const ofFactor = readiness.filter((i) => 'factor' in i.tags && i.tags.factor === factor);
      expect(ofFactor, factor).toHaveLength(3);
      for (const item of ofFactor) expect(item.id).toMatch(new RegExp(`^readiness\\.${factor}_\\d$`));
    }
  });

  it('triangle: first the partnership’s function (the four functions and "don’t know"), then two statements per side', () => {
    const [first, ...statements] = section('triangle').items;
    expect(first).toMatchObject({
      id: 'triangle.function',
      format: 'single_choice',
      required: true,
      dontKnow: true,
      tags: { asks: 'function' },
    });
    expect(first!.format === 'single_choice' && first!.options.map((o) => o.id)).toEqual([...collaborationFunctions]);
    for (const side of triangleSides)
      expect(statements.filter((i) => i.format === 'agreement' && 'side' in i.tags && i.tags.side === side)).toHaveLength(2);
    expect(statements).toHaveLength(6);
  });

  it('value case: bring and get as in version 1, then contributions to own and partners’ goals, and investing against receiving', () => {
    const [bring, get, ownGoals, partnerGoals, investReturn, ...rest] = section('value_case').items;
    expect(rest).toEqual([]);
    expect([bring, get]).toEqual(instrumentV1.sections.find((s) => s.id === 'value_case')!.items);
    expect(ownGoals).toMatchObject({ format: 'agreement', tags: { contribution: 'own_goals' } });
    expect(partnerGoals).toMatchObject({ format: 'agreement', tags: { contribution: 'partner_goals' } });
    expect(investReturn).toMatchObject({ id: 'value_case.invest_return', format: 'bipolar', dontKnow: true });
  });

  it('tensions: five, each with "don’t know", the political–administrative one asked as itself', () => {
    const tensions = itemsOf('tensions', 'intensity');
    expect(tensions).toHaveLength(5);
    expect(tensions.every((i) => i.dontKnow === true)).toBe(true);
    expect(tensions.map((i) => i.id)).toContain('tensions.politics_administration');
    const political = tensions.find((i) => i.id === 'tensions.politics_administration')!;
    expect(political.left.nl).toMatch(/^Politiek:/);
    expect(political.right.nl).toMatch(/^Ambtelijk:/);
  });

  it('facts: an optional short form for the partner contact that says it is not anonymous', () => {
    const facts = instrumentV2.facts!;
    expect(facts.items.length).toBeGreaterThan(0);
    expect(facts.items.every((i) => !i.required && 'fact' in i.tags)).toBe(true);
    expect(facts.intro.nl).toContain('niet anoniem');
    expect(facts.intro.en).toContain('not anonymous');
    const factors = new Set(facts.items.map((i) => ('fact' in i.tags ? i.tags.fact : '')));
    expect(factors).toEqual(new Set(['collaborating_professionals', 'resource_commitment', 'accountability']));
  });

  it('takes at most 8.5 minutes for the four required sections (three statements per factor cost about a minute)', () => {
    const seconds = sections.filter((s) => requiredSections.includes(s.id)).reduce((sum, s) => sum + sectionSeconds(s), 0);
    expect(seconds / 60).toBeLessThanOrEqual(8.5);
  });
});

describe('instrument v2: one referent per section', () => {
  const texts = (id: SectionId) =>
    section(id).items.flatMap((item) => [
      item.text,
      ...('left' in item ? [item.left, item.right] : []),
      ...('options' in item ? item.options.map((o) => o.label) : []),
    ]);
  const organisation = ['drives', 'culture', 'values', 'readiness', 'value_case'] as const;

  it('the organisation’s sections speak of "uw/onze organisatie", never as "wij", "ons" or "ik"', () => {
    const failures: string[] = [];
    for (const id of organisation)
      for (const text of texts(id)) {
        if (/\b(wij|we|ons|ik|mij|mijn)\b/i.test(text.nl) || /\bonze\b(?! organisatie)/i.test(text.nl)) failures.push(`${id}: ${text.nl}`);
        if (/\b(we|us|I|my)\b/.test(text.en) || /\bour\b(?! organisation)/i.test(text.en)) failures.push(`${id}: ${text.en}`);
      }
    expect(failures).toEqual([]);
  });

  it('the partnership’s and the respondent’s sections (triangle, tensions, perceptions) never speak as an organisation', () => {
    const failures: string[] = [];
    for (const id of ['triangle', 'tensions', 'perceptions'] as const)
      for (const text of texts(id)) if (/\b(wij|we|ons|onze|ik|mijn)\b/i.test(text.nl)) failures.push(`${id}: ${text.nl}`);
    expect(failures).toEqual([]);
  });
});

describe('from version 1 to 2: the change table', () => {
  const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

  it('says what became of every version 1 item, and only of those', () => {
    expect(Object.keys(changesFromVersion1).filter((id) => !v1Items.has(id))).toEqual([]);
    const unlisted = [...v1Items.keys()].filter((id) => !(id in changesFromVersion1));
    // Items the table does not list are the same in both versions.
    for (const id of unlisted) expect(sameJson(v1Items.get(id), v2Items.get(id)), id).toBe(true);
  });

  it('keeps an id only for the same meaning: same format, scale, options and tags; only words, "don’t know" or being perceived may change', () => {
    for (const [id, change] of Object.entries(changesFromVersion1)) {
      const [before, after] = [v1Items.get(id)!, v2Items.get(id)];
      if (change.status === 'same') expect(sameJson(before, after), id).toBe(true);
      if (change.status !== 'reworded') continue;
      expect(after, id).toBeDefined();
      const shape = (item: Item) => ({
        format: item.format,
        tags: 'tags' in item ? item.tags : null,
        options: 'options' in item ? item.options.map((o) => o.id) : null,
      });
      expect(shape(after!), id).toEqual(shape(before));
      const words = (item: Item) => languages.map((l) => [item.text[l], 'left' in item ? item.left[l] + item.right[l] : '']).join();
      const flags = (item: Item) => [allowsDontKnow(item), 'perceived' in item && item.perceived === true].join();
      expect(words(after!) !== words(before) || flags(after!) !== flags(before), `${id} is listed as reworded but did not change`).toBe(
        true,
      );
    }
  });

  it('gives a changed meaning a new id: a replaced item is gone, and what replaces it is new', () => {
    for (const [id, change] of Object.entries(changesFromVersion1)) {
      if (change.status !== 'replaced' && change.status !== 'dropped') continue;
      expect(v2Items.has(id), `${id} is listed as ${change.status} but still in version 2`).toBe(false);
      if (change.status === 'replaced')
        for (const successor of change.by) {
          expect(v2Items.has(successor), successor).toBe(true);
          expect(v1Items.has(successor), `${successor} reuses a version 1 id`).toBe(false);
        }
    }
  });
});
