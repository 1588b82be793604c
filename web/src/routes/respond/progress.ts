/**
 * Where a respondent is and what still needs an answer, as pure functions of the sections and the
 * answers. Steps: 0 is the introduction, 1…n the sections, n + 1 the review.
 */
import type { Localized, Section } from '../../../../core/instrument/types';
import { fill } from '../../lib/i18n';
import type { AnswerMap } from './storage';
import { text } from './text';

/** An error shown at a question, kept in both languages so a language switch translates it too. */
export type Errors = Record<string, Localized>;

/** The first step a respondent has not finished: a section with an open required question, else the review. */
export function firstOpenStep(sections: readonly Section[], answers: AnswerMap): number {
  const open = sections.findIndex((s) => s.items.some((item) => item.required && answers[item.id] === undefined));
  return open >= 0 ? open + 1 : sections.length + 1;
}

/** The section's required questions without an answer, each with the error that asks for one. */
export function openRequired(section: Section, answers: AnswerMap): Errors {
  return Object.fromEntries(section.items.filter((i) => i.required && answers[i.id] === undefined).map((i) => [i.id, text.required]));
}

/** What keeps a respondent on a section, in question order: open required questions, and points that do not add up. */
export function sectionErrors(section: Section, answers: AnswerMap): Errors {
  const found: Errors = {};
  for (const item of section.items) {
    const value = answers[item.id];
    if (item.required && value === undefined) found[item.id] = text.required;
    if (item.format === 'allocation' && value !== undefined) {
      const sum = Object.values(value as Record<string, number>).reduce((a, b) => a + b, 0);
      if (sum !== item.total) found[item.id] = { nl: fill(text.sumNot100.nl, { n: sum }), en: fill(text.sumNot100.en, { n: sum }) };
    }
  }
  return found;
}

const invalidCodes = new Set(['out_of_range', 'unknown_option', 'wrong_type', 'not_whole_number', 'unknown_partner', 'duplicate_option']);

/** The server's per-question issue, in the respondent's words where the code is one we know. */
export function issueText(issue: { code: string; message: string }): Localized {
  if (issue.code === 'required') return text.required;
  if (issue.code === 'too_long') return text.tooLong;
  if (issue.code === 'sum_not_100') return text.sumWrong;
  if (invalidCodes.has(issue.code)) return text.invalidAnswer;
  return { nl: issue.message, en: issue.message };
}
