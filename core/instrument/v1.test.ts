/**
 * What each section of version 1 gives the analysis: the formats, tags and ids its figures rely on
 * (docs/instrument.md, docs/alignment.md). The texts, ids and timing of every version are tested in
 * instrument.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sectionSeconds } from './timing';
import type { BipolarItem, Item, ItemFormat, Section, SectionId } from './types';
import { readinessFactors, requiredSections, triangleSides } from './types';
import { instrumentV1, resources } from './v1';

const sections = instrumentV1.sections;
const section = (id: SectionId): Section => sections.find((s) => s.id === id)!;
const itemsOf = <F extends ItemFormat>(id: SectionId, format: F) => {
  const list = section(id).items;
  expect(
    list.every((i) => i.format === format),
    `${id} holds only ${format} items`,
  ).toBe(true);
  return list as readonly Extract<Item, { format: F }>[];
};

describe('instrument v1: what each section gives the analysis', () => {
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
  it('takes at most 8 minutes for the four required sections', () => {
    const seconds = sections.filter((s) => requiredSections.includes(s.id)).reduce((sum, s) => sum + sectionSeconds(s), 0);
    expect(seconds / 60).toBeLessThanOrEqual(8);
  });
});
