import { describe, expect, it } from 'vitest';
import { currentInstrument } from '../../../../core/instrument';
import { firstOpenStep, pageErrors, splitItems, stepOf, surveyPages } from './progress';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);
const sizes = (n: number, weight = 1) => splitItems(numbers(n), () => weight).map((page) => page.length);

describe('pages of a long section', () => {
  it('holds at most five statements a page, on as few pages as that allows, as even as they go', () => {
    expect(sizes(1)).toEqual([1]);
    expect(sizes(5)).toEqual([5]);
    expect(sizes(6)).toEqual([3, 3]);
    expect(sizes(10)).toEqual([5, 5]);
    expect(sizes(12)).toEqual([4, 4, 4]);
    expect(sizes(20)).toEqual([5, 5, 5, 5]);
    expect(sizes(0)).toEqual([]);
  });

  it('counts a perception statement once per partner it asks about', () => {
    // Two other partners: two statements (four ratings) a page.
    expect(sizes(5, 2)).toEqual([2, 2, 1]);
    // More partners than fit: one statement a page, never none.
    expect(sizes(3, 7)).toEqual([1, 1, 1]);
  });

  it('pages every section of the instrument, each item once and in order, numbered within its section', () => {
    const sections = currentInstrument.sections;
    const pages = surveyPages(sections, 2);
    expect(pages.flatMap((p) => p.items)).toEqual(sections.flatMap((s) => s.items));
    const readiness = pages.filter((p) => p.section.id === 'readiness');
    // Version 2: thirty statements, three per factor, in six pages of five.
    expect(readiness.map((p) => [p.page, p.pages, p.items.length])).toEqual([
      [1, 6, 5],
      [2, 6, 5],
      [3, 6, 5],
      [4, 6, 5],
      [5, 6, 5],
      [6, 6, 5],
    ]);
    // Four perceptions about two other partners: 8 statements, two pages of two.
    expect(pages.filter((p) => p.section.id === 'perceptions').map((p) => p.items.length)).toEqual([2, 2]);
    expect(pages.every((p) => p.sectionIndex === sections.indexOf(p.section))).toBe(true);
  });

  it('finds the first page with an open required question, and the page of a question', () => {
    const sections = currentInstrument.sections.filter((s) => ['drives', 'culture'].includes(s.id));
    const pages = surveyPages(sections, 2);
    expect(firstOpenStep(pages, {})).toBe(1);
    const culture = sections[1]!.items;
    const answers = Object.fromEntries([['drives.allocation', { continuity: 100 }], ...culture.slice(0, 5).map((item) => [item.id, 4])]);
    // Drives and the first culture page answered: the second culture page (step 3) is next.
    expect(firstOpenStep(pages, answers)).toBe(3);
    expect(stepOf(pages, [culture[7]!.id])).toBe(3);
    expect(stepOf(pages, ['no.such.item'])).toBeUndefined();
    const all = { ...answers, ...Object.fromEntries(culture.map((item) => [item.id, 4])) };
    expect(firstOpenStep(pages, all)).toBe(pages.length + 1);
  });

  it('keeps a page while a required question is open or the points do not add up', () => {
    const drives = currentInstrument.sections[0]!.items;
    expect(Object.keys(pageErrors(drives, {}))).toEqual(['drives.allocation']);
    expect(pageErrors(drives, { 'drives.allocation': { continuity: 60 } })['drives.allocation']?.nl).toBe(
      'Verdeel precies 100 punten (nu 60).',
    );
    expect(pageErrors(drives, { 'drives.allocation': { continuity: 60, innovation: 40 } })).toEqual({});
  });

  it('keeps the values page until exactly three are chosen, and counts it as open before that', () => {
    const values = currentInstrument.sections.find((s) => s.id === 'values')!;
    const pages = surveyPages([values], 2);
    for (const chosen of [[], ['inclusion'], ['inclusion', 'lawfulness']]) {
      expect(pageErrors(values.items, { 'values.most_important': chosen })['values.most_important']?.nl).toBe(
        'Kies er precies 3 om verder te gaan.',
      );
      expect(firstOpenStep(pages, { 'values.most_important': chosen })).toBe(1);
    }
    const three = { 'values.most_important': ['inclusion', 'lawfulness', 'efficiency'] };
    expect(pageErrors(values.items, three)).toEqual({});
    expect(firstOpenStep(pages, three)).toBe(2);
  });
});
