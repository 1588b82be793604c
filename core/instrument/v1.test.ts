/**
 * Walks the whole version-1 definition: it is the version as published (the frozen fixture), every
 * text is in both languages, ids are stable, and each section carries the tags its analysis needs
 * (docs/instrument.md, docs/alignment.md).
 */
import { describe, expect, it } from 'vitest';
import { currentInstrument, getInstrument } from './index';
import { roundMinutes, sectionSeconds, TYPICAL_OTHER_PARTNERS } from './timing';
import type { BipolarItem, Item, ItemFormat, Localized, Section, SectionId } from './types';
import { languages, readinessFactors, requiredSections, sectionIds, triangleSides } from './types';
import { instrumentV1, resources } from './v1';
import frozenV1 from './v1.frozen.json';

const sections = instrumentV1.sections;
const items = sections.flatMap((s) => s.items);
const section = (id: SectionId): Section => sections.find((s) => s.id === id)!;
const itemsOf = <F extends ItemFormat>(id: SectionId, format: F) => {
  const list = section(id).items;
  expect(
    list.every((i) => i.format === format),
    `${id} holds only ${format} items`,
  ).toBe(true);
  return list as readonly Extract<Item, { format: F }>[];
};

/** Every text a user can see, with where it sits, so a failure names the place. */
function everyText(): [string, Localized][] {
  const texts: [string, Localized][] = [];
  for (const s of sections) {
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

describe('instrument registry', () => {
  it('publishes version 1 as the current version and knows no other', () => {
    expect(instrumentV1.version).toBe(1);
    expect(getInstrument(1)).toBe(instrumentV1);
    expect(currentInstrument).toBe(instrumentV1);
    expect(getInstrument(2)).toBeUndefined();
    expect(getInstrument(0)).toBeUndefined();
  });

  it('serves version 1 exactly as it was published: every id, format, option, pole, tag and text', () => {
    // A published version never changes, not even a typo: running surveys keep the version they
    // opened with, and stored answers and running sums are keyed by its ids and mean what its texts
    // asked. v1.frozen.json was written once, when version 1 was published, and is never edited or
    // regenerated; a changed question goes into a new version, with a fixture of its own. Only
    // `minutes` (the time estimate, derived from the timing model) is left out: it is not part of
    // any question.
    const published = JSON.parse(JSON.stringify(getInstrument(1), (key, value) => (key === 'minutes' ? undefined : value)));
    expect(published).toStrictEqual(frozenV1);
  });
});

describe('instrument v1: texts', () => {
  const texts = everyText();

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
    const untranslated = texts.filter(([, text]) => text.nl === text.en).map(([where]) => where);
    expect(untranslated).toEqual([]);
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
    const informal = texts.filter(([, text]) => /\b(je|jij|jou|jouw|jullie)\b/i.test(text.nl)).map(([where]) => where);
    expect(informal).toEqual([]);
  });

  it('avoids loaded words that make one sector look bad', () => {
    const loaded =
      /\b(winstbejag|bureaucrat\w*|bureaucratie|regelzucht|traag|stroperig|graaien|greed\w*|red tape|bureaucra\w*|profiteer\w*|sluggish)\b/i;
    const hits = texts.filter(([, text]) => loaded.test(text.nl) || loaded.test(text.en)).map(([where]) => where);
    expect(hits).toEqual([]);
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
});

describe('instrument v1: ids', () => {
  it('has every section once, in the documented order', () => {
    expect(sections.map((s) => s.id)).toEqual([...sectionIds]);
  });

  it('names every item `section.name`, after the section that holds it', () => {
    for (const s of sections) {
      for (const item of s.items) expect(item.id).toMatch(new RegExp(`^${s.id}\\.[a-z][a-z0-9_]*[a-z0-9]$`));
    }
  });

  it('never uses an item id twice', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('never uses an option id twice within an item, and names options in snake_case', () => {
    for (const item of items) {
      if (!('options' in item)) continue;
      expect(new Set(item.options.map((o) => o.id)).size, item.id).toBe(item.options.length);
      for (const o of item.options) expect(o.id).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });
});

describe('instrument v1: what each section gives the analysis', () => {
  it('requires an answer to every item of the required sections, and to nothing in perceptions, open or about', () => {
    for (const id of requiredSections)
      expect(
        section(id).items.every((i) => i.required),
        id,
      ).toBe(true);
    for (const id of ['perceptions', 'open', 'about'] as const)
      expect(
        section(id).items.every((i) => !i.required),
        id,
      ).toBe(true);
  });

  it('drives: one allocation of 100 points over the eight drives', () => {
    const [allocation, ...rest] = itemsOf('drives', 'allocation');
    expect(rest).toEqual([]);
    expect(allocation!.id).toBe('drives.allocation');
    expect(allocation!.total).toBe(100);
    expect(allocation!.options.map((o) => o.id)).toEqual([
      'continuity',
      'market_position',
      'financial_return',
      'innovation',
      'public_goods',
      'client_wellbeing',
      'professional_quality',
      'legitimacy',
    ]);
  });

  it('culture: ten bipolar scales, four or five of them asked again as perceptions', () => {
    const culture = itemsOf('culture', 'bipolar');
    expect(culture).toHaveLength(10);
    const perceived = culture.filter((i) => i.perceived);
    expect(perceived.length).toBeGreaterThanOrEqual(4);
    expect(perceived.length).toBeLessThanOrEqual(5);
    expect(perceived.map((i) => i.id)).toContain('culture.control_trust');
  });

  it('values: twelve importance items, covering every public-value quadrant and every pillar', () => {
    const values = itemsOf('values', 'importance');
    expect(values).toHaveLength(12);
    for (const item of values) {
      expect(['individual', 'collective']).toContain(item.tags.scope);
      expect(['material', 'immaterial']).toContain(item.tags.nature);
      expect(['people', 'planet', 'profit']).toContain(item.tags.pillar);
    }
    const quadrants = new Set(values.map((i) => `${i.tags.scope}/${i.tags.nature}`));
    expect([...quadrants].sort()).toEqual(['collective/immaterial', 'collective/material', 'individual/immaterial', 'individual/material']);
    expect(new Set(values.map((i) => i.tags.pillar))).toEqual(new Set(['people', 'planet', 'profit']));
  });

  it('readiness: twenty statements, exactly two per factor, named after their factor', () => {
    const readiness = itemsOf('readiness', 'agreement');
    expect(readiness).toHaveLength(20);
    for (const factor of readinessFactors) {
      const ofFactor = readiness.filter((i) => 'factor' in i.tags && i.tags.factor === factor);
      expect(
        ofFactor.map((i) => i.id),
        factor,
      ).toEqual([`readiness.${factor}_1`, `readiness.${factor}_2`]);
    }
    expect(readiness.every((i) => 'factor' in i.tags && readinessFactors.includes(i.tags.factor))).toBe(true);
  });

  it('value case: "what we bring" and "what we hope to get" over one identical list of twelve resources', () => {
    const [bring, get, ...rest] = itemsOf('value_case', 'multi_select');
    expect(rest).toEqual([]);
    expect(bring).toMatchObject({ id: 'value_case.bring', tags: { valueCase: 'bring' } });
    expect(get).toMatchObject({ id: 'value_case.get', tags: { valueCase: 'get' } });
    expect(get!.options).toEqual(bring!.options);
    expect(bring!.options).toBe(resources);
    expect(resources.map((o) => o.id)).toEqual([
      'funding',
      'expertise',
      'staff_capacity',
      'data',
      'target_group_access',
      'mandate',
      'facilities',
      'network',
      'technology',
      'policy_influence',
      'reputation',
      'future_talent',
    ]);
  });

  it('triangle: two agreement items on each side of the triangle', () => {
    const triangle = itemsOf('triangle', 'agreement');
    for (const side of triangleSides) {
      expect(
        triangle.filter((i) => 'side' in i.tags && i.tags.side === side).map((i) => i.id),
        side,
      ).toEqual([`triangle.${side}_1`, `triangle.${side}_2`]);
    }
    expect(triangle).toHaveLength(2 * triangleSides.length);
  });

  it('tensions: the five tensions, each with two named sides', () => {
    const tensions = itemsOf('tensions', 'intensity');
    expect(tensions.map((i) => i.id)).toEqual([
      'tensions.short_long',
      'tensions.public_private',
      'tensions.political_administrative',
      'tensions.control_trust',
      'tensions.own_shared',
    ]);
  });

  it('perceptions: one per perceived culture scale, mirroring it with the very same poles', () => {
    const culture = new Map(itemsOf('culture', 'bipolar').map((i) => [i.id, i] as [string, BipolarItem]));
    const perceptions = itemsOf('perceptions', 'perception');
    for (const p of perceptions) {
      const mirrored = culture.get(p.mirrors);
      expect(mirrored, `${p.id} mirrors ${p.mirrors}`).toBeDefined();
      expect(mirrored!.perceived, p.mirrors).toBe(true);
      expect(p.left).toEqual(mirrored!.left);
      expect(p.right).toEqual(mirrored!.right);
      expect(p.id).toBe(p.mirrors.replace('culture.', 'perceptions.'));
    }
    const perceived = [...culture.values()].filter((i) => i.perceived).map((i) => i.id);
    expect(perceptions.map((p) => p.mirrors)).toEqual(perceived);
  });

  it('open: two optional free-text questions of at most 2,000 characters', () => {
    const open = itemsOf('open', 'text');
    expect(open.map((i) => i.id)).toEqual(['open.success', 'open.worries']);
    expect(open.every((i) => i.maxLength === 2000)).toBe(true);
  });

  it('about you: coarse role and involvement, each tagged with its breakdown', () => {
    const [role, involvement, ...rest] = itemsOf('about', 'single_choice');
    expect(rest).toEqual([]);
    expect(role).toMatchObject({ id: 'about.role', tags: { breakdown: 'role' } });
    expect(role!.options.map((o) => o.id)).toEqual(['executive', 'manager', 'professional', 'support']);
    expect(involvement).toMatchObject({ id: 'about.involvement', tags: { breakdown: 'involvement' } });
    expect(involvement!.options.map((o) => o.id)).toEqual(['direct', 'indirect']);
  });
});

describe('instrument v1: completion time', () => {
  it('shows for every section the minutes the timing model gives', () => {
    expect(Object.fromEntries(sections.map((s) => [s.id, s.minutes]))).toEqual(
      Object.fromEntries(sections.map((s) => [s.id, roundMinutes(sectionSeconds(s))])),
    );
  });

  it('takes at most 15 minutes for all sections in a partnership of four', () => {
    const seconds = sections.reduce((sum, s) => sum + sectionSeconds(s, TYPICAL_OTHER_PARTNERS), 0);
    expect(seconds / 60).toBeLessThanOrEqual(15);
    expect(sections.reduce((sum, s) => sum + s.minutes, 0)).toBeLessThanOrEqual(15);
  });

  it('takes at most 8 minutes for the four required sections', () => {
    const seconds = sections.filter((s) => requiredSections.includes(s.id)).reduce((sum, s) => sum + sectionSeconds(s), 0);
    expect(seconds / 60).toBeLessThanOrEqual(8);
  });
});
