/**
 * Where a respondent is and what still needs an answer, as pure functions of the pages and the
 * answers. A long section is shown in pages of at most a handful of statements, so a phone never
 * holds a wall of questions. Steps: 0 is the introduction, 1…n the pages, n + 1 the review.
 */

import { fill } from '../../../../core/fill';
import type { Item, Localized, Section } from '../../../../core/instrument/types';
import type { AnswerIssueCode } from '../../../../core/instrument/validate';
import type { AnswerMap } from './storage';
import * as text from './text';

/** At most this many statements on one page (a perception statement counts once per partner it asks about). */
export const PAGE_SIZE = 5;

/** One screen of questions: a section, or one part of a long one. */
export interface Page {
  readonly section: Section;
  /** The section's place in the survey, from 0. */
  readonly sectionIndex: number;
  /** This page's place in its section, from 1, of `pages`. */
  readonly page: number;
  readonly pages: number;
  readonly items: readonly Item[];
}

/** Splits items into as few pages as `PAGE_SIZE` allows, as even as they go (20 → 5·5·5·5, 12 → 4·4·4, 6 → 3·3). */
export function splitItems<T>(items: readonly T[], weight: (item: T) => number): T[][] {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  const greedy = (capacity: number) => {
    const pages: T[][] = [];
    let room = 0;
    for (const item of items) {
      const w = weight(item);
      if (pages.length === 0 || w > room) {
        pages.push([]);
        room = Math.max(capacity, w);
      }
      pages.at(-1)!.push(item);
      room -= w;
    }
    return pages;
  };
  const fewest = greedy(PAGE_SIZE);
  // The smallest page size that needs no more pages than the fewest: pages as even as they go.
  for (let capacity = Math.ceil(total / fewest.length); capacity < PAGE_SIZE; capacity++) {
    const even = greedy(capacity);
    if (even.length === fewest.length) return even;
  }
  return fewest;
}

/** The survey's pages in order; `otherPartners` is how many partners each perception statement asks about. */
export function surveyPages(sections: readonly Section[], otherPartners: number): Page[] {
  const weight = (item: Item) => (item.format === 'perception' ? Math.max(1, otherPartners) : 1);
  return sections.flatMap((section, sectionIndex) => {
    const parts = splitItems(section.items, weight);
    return parts.map((items, i) => ({ section, sectionIndex, page: i + 1, pages: parts.length, items }));
  });
}

/** An error shown at a question, kept in both languages so a language switch translates it too. */
export type Errors = Record<string, Localized>;

/** A choice of exactly a few (the three most important values) with another number chosen. */
const wrongCount = (item: Item, value: AnswerMap[string] | undefined) =>
  item.format === 'multi_select' && item.choose !== undefined && Array.isArray(value) && value.length !== item.choose;

const isOpen = (item: Item, answers: AnswerMap) => (item.required && answers[item.id] === undefined) || wrongCount(item, answers[item.id]);

/** The first step a respondent has not finished: a page with an open required question, else the review. */
export function firstOpenStep(pages: readonly Page[], answers: AnswerMap): number {
  const open = pages.findIndex((p) => p.items.some((item) => isOpen(item, answers)));
  return open >= 0 ? open + 1 : pages.length + 1;
}

/** The step of the first page that shows one of these questions, if any does. */
export function stepOf(pages: readonly Page[], itemIds: readonly string[]): number | undefined {
  const index = pages.findIndex((p) => p.items.some((item) => itemIds.includes(item.id)));
  return index >= 0 ? index + 1 : undefined;
}

/** A text with its count filled in, in both languages (an error is kept in both, see `Errors`). */
const counted = (template: Localized, n: number): Localized => ({ nl: fill(template.nl, { n }), en: fill(template.en, { n }) });

/** What keeps a respondent on a page, in question order: open required questions, and points that do not add up. */
export function pageErrors(items: readonly Item[], answers: AnswerMap): Errors {
  const found: Errors = {};
  for (const item of items) {
    const value = answers[item.id];
    if (isOpen(item, answers)) found[item.id] = text.required;
    if (item.format === 'multi_select' && item.choose !== undefined && wrongCount(item, value))
      found[item.id] = counted(text.chooseCount, item.choose);
    if (item.format === 'allocation' && value !== undefined) {
      const sum = Object.values(value as Record<string, number>).reduce((a, b) => a + b, 0);
      if (sum !== item.total) found[item.id] = counted(text.sumNot100, sum);
    }
  }
  return found;
}

/** The server's issue codes the respondent's words cover (the rest keep the server's message). */
const issueTexts: Readonly<Partial<Record<AnswerIssueCode, Localized>>> = {
  required: text.required,
  too_long: text.tooLong,
  sum_not_100: text.sumWrong,
  wrong_count: text.wrongCount,
  out_of_range: text.invalidAnswer,
  unknown_option: text.invalidAnswer,
  wrong_type: text.invalidAnswer,
  not_whole_number: text.invalidAnswer,
  unknown_partner: text.invalidAnswer,
  duplicate_option: text.invalidAnswer,
};

/** The server's per-question issue, in the respondent's words where the code is one we know. */
export function issueText(issue: { code: string; message: string }): Localized {
  return issueTexts[issue.code as AnswerIssueCode] ?? { nl: issue.message, en: issue.message };
}
