/**
 * Server-side answer validation, generated from the instrument: every item of version 1 accepts
 * its valid answers and rejects each kind of invalid answer with an issue that names the item and
 * says, in Dutch and English, what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { surveyItems } from './index';
import type { Answers, AnswerValue, Item, ItemFormat } from './types';
import { requiredSections, scalePoints, sectionIds } from './types';
import { instrumentV1 } from './v1';
import { type AnswerContext, type AnswerIssueCode, type ValidationMode, validateAnswers } from './validate';

const OWN = 'partner-own';
const OTHERS = ['partner-b', 'partner-c'];
const context: AnswerContext = { sections: sectionIds, otherPartnerIds: OTHERS };
const items = surveyItems(instrumentV1, sectionIds);
const item = (id: string) => items.find((i) => i.id === id)!;

const validate = (answers: unknown, mode: ValidationMode = 'draft', ctx: AnswerContext = context) =>
  validateAnswers(instrumentV1, ctx, answers, mode);

/** Valid answers for any item, derived from its definition. */
function validAnswers(item: Item): AnswerValue[] {
  switch (item.format) {
    case 'bipolar':
    case 'importance':
    case 'intensity': {
      const points = scalePoints[item.format];
      return Array.from({ length: points }, (_, i) => i + 1);
    }
    case 'agreement':
      return [1, 2, 3, 4, 5, 'dont_know'];
    case 'allocation': {
      const ids = item.options.map((o) => o.id);
      const even = Object.fromEntries(ids.map((id, i) => [id, Math.floor(100 / ids.length) + (i < 100 % ids.length ? 1 : 0)]));
      return [{ [ids[0]!]: 100 }, { [ids[0]!]: 60, [ids[1]!]: 40, [ids[2]!]: 0 }, even];
    }
    case 'multi_select':
      return [[], [item.options[0]!.id], item.options.map((o) => o.id)];
    case 'single_choice':
      return item.options.map((o) => o.id);
    case 'text':
      return ['Samen sneller resultaat.', 'x'.repeat(item.maxLength), 'ü'.repeat(item.maxLength)];
    case 'perception':
      return [{ [OTHERS[0]!]: 1 }, { [OTHERS[0]!]: 7, [OTHERS[1]!]: 4 }];
  }
}

/** Each kind of invalid answer a format can receive, with the issue it must produce. */
function invalidAnswers(item: Item): [string, unknown, AnswerIssueCode][] {
  const common: [string, unknown, AnswerIssueCode][] = [['a boolean', true, 'wrong_type']];
  switch (item.format) {
    case 'bipolar':
    case 'importance':
    case 'intensity': {
      const points = scalePoints[item.format];
      return [
        ...common,
        ['a number as text', '3', 'wrong_type'],
        ['a list', [3], 'wrong_type'],
        ['"don\'t know" (only agreement items allow it)', 'dont_know', 'wrong_type'],
        ['a fraction', 2.5, 'not_whole_number'],
        ['zero', 0, 'out_of_range'],
        ['a negative number', -1, 'out_of_range'],
        ['one above the scale', points + 1, 'out_of_range'],
      ];
    }
    case 'agreement':
      return [
        ...common,
        ['another word', 'maybe', 'wrong_type'],
        ['a number as text', '4', 'wrong_type'],
        ['a fraction', 3.5, 'not_whole_number'],
        ['zero', 0, 'out_of_range'],
        ['six', 6, 'out_of_range'],
      ];
    case 'allocation': {
      const [a, b] = item.options.map((o) => o.id);
      return [
        ...common,
        ['a number', 100, 'wrong_type'],
        ['a list', [100], 'wrong_type'],
        ['points as text', { [a!]: '100' }, 'wrong_type'],
        ['an unknown option', { [a!]: 50, profit_at_all_costs: 50 }, 'unknown_option'],
        ['a fraction', { [a!]: 50.5, [b!]: 49.5 }, 'not_whole_number'],
        ['negative points', { [a!]: 110, [b!]: -10 }, 'out_of_range'],
        ['a total of 99', { [a!]: 50, [b!]: 49 }, 'sum_not_100'],
        ['a total of 101', { [a!]: 50, [b!]: 51 }, 'sum_not_100'],
        ['only zeros', { [a!]: 0, [b!]: 0 }, 'sum_not_100'],
      ];
    }
    case 'multi_select': {
      const first = item.options[0]!.id;
      return [
        ...common,
        ['one option as text, not a list', first, 'wrong_type'],
        ['an object', { [first]: true }, 'wrong_type'],
        ['an unknown option', [first, 'gold'], 'unknown_option'],
        ['a number in the list', [1], 'unknown_option'],
        ['the same option twice', [first, first], 'duplicate_option'],
      ];
    }
    case 'single_choice':
      return [
        ...common,
        ['a number', 2, 'wrong_type'],
        ['a list', [item.options[0]!.id], 'wrong_type'],
        ['an unknown option', 'ceo', 'unknown_option'],
      ];
    case 'text':
      return [
        ...common,
        ['a number', 42, 'wrong_type'],
        ['a list', ['text'], 'wrong_type'],
        ['one character too many', 'x'.repeat(item.maxLength + 1), 'too_long'],
        ['far too long', 'woord '.repeat(1000), 'too_long'],
      ];
    case 'perception':
      return [
        ...common,
        ['a number', 4, 'wrong_type'],
        ['a list', [4, 4], 'wrong_type'],
        ['a position as text', { [OTHERS[0]!]: '4' }, 'wrong_type'],
        ['a fraction', { [OTHERS[0]!]: 4.5 }, 'not_whole_number'],
        ['one above the scale', { [OTHERS[0]!]: 8 }, 'out_of_range'],
        ['zero', { [OTHERS[0]!]: 0 }, 'out_of_range'],
        ['the own partner', { [OWN]: 4 }, 'unknown_partner'],
        ['a partner outside the partnership', { [OTHERS[0]!]: 4, 'partner-elsewhere': 4 }, 'unknown_partner'],
      ];
  }
}

/** The one issue a rejected answer produced, checked to name the item in both languages. */
function theIssue(result: ReturnType<typeof validate>, about: Item) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.issues).toHaveLength(1);
  const [issue] = result.issues;
  expect(issue!.itemId).toBe(about.id);
  expect(issue!.message.nl).toContain(about.text.nl);
  expect(issue!.message.en).toContain(about.text.en);
  expect(issue!.message.nl).not.toBe(issue!.message.en);
  return issue!;
}

describe('every item accepts its valid answers', () => {
  const cases = items.flatMap((i) => validAnswers(i).map((answer) => [i.id, i.format, answer] as [string, ItemFormat, AnswerValue]));

  it.each(cases)('%s (%s) accepts %j', (id, _format, answer) => {
    const result = validate({ [id]: answer });
    expect(result).toEqual({ ok: true, answers: { [id]: answer } });
  });
});

describe('every item rejects each kind of invalid answer, naming the item', () => {
  const cases = items.flatMap((i) =>
    invalidAnswers(i).map(([kind, answer, code]) => [i.id, kind, answer, code] as [string, string, unknown, AnswerIssueCode]),
  );

  it('covers every format of the instrument', () => {
    const formats = new Set(items.map((i) => i.format));
    expect(new Set(cases.map(([id]) => item(id).format))).toEqual(formats);
  });

  it.each(cases)('%s refuses %s (%j) as %s', (id, _kind, answer, code) => {
    for (const mode of ['draft', 'submit'] as const) {
      const result = validate({ [id]: answer }, mode);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const issues = result.issues.filter((i) => i.itemId === id);
      expect(issues, mode).toHaveLength(1);
      expect(issues[0]!.code).toBe(code);
    }
    expect(theIssue(validate({ [id]: answer }), item(id)).code).toBe(code);
  });
});

describe('messages', () => {
  it('says what is wrong in Dutch and in English, after the question it concerns', () => {
    const issue = theIssue(validate({ 'drives.allocation': { continuity: 60, innovation: 30 } }), item('drives.allocation'));
    expect(issue.message.nl).toContain('precies 100');
    expect(issue.message.en).toContain('exactly 100');
  });

  it('names the item’s own length limit when a text is too long', () => {
    const issue = theIssue(validate({ 'open.worries': 'x'.repeat(2001) }), item('open.worries'));
    expect(issue.message.nl).toContain('2.000 tekens');
    expect(issue.message.en).toContain('2,000 characters');
  });

  it('explains a perception about a partner outside the partnership', () => {
    const issue = theIssue(validate({ 'perceptions.control_trust': { 'partner-elsewhere': 3 } }), item('perceptions.control_trust'));
    expect(issue.code).toBe('unknown_partner');
    expect(issue.message.en).toContain('other partners in this partnership');
    expect(issue.message.nl).toContain('andere partners in deze samenwerking');
  });
});

describe('free text', () => {
  it('is stored trimmed', () => {
    expect(validate({ 'open.success': '  \n Snel beginnen.\t ' })).toEqual({ ok: true, answers: { 'open.success': 'Snel beginnen.' } });
  });

  it('counts its length after trimming', () => {
    const text = `   ${'x'.repeat(2000)}   `;
    expect(validate({ 'open.success': text })).toEqual({ ok: true, answers: { 'open.success': 'x'.repeat(2000) } });
  });

  it('leaves a blank text out, as if unanswered', () => {
    expect(validate({ 'open.success': '   ', 'open.worries': '' })).toEqual({ ok: true, answers: {} });
  });
});

describe('items and sections', () => {
  it('refuses an item id the instrument does not have', () => {
    const result = validate({ 'culture.speed_of_light': 4 });
    expect(result).toMatchObject({ ok: false, issues: [{ itemId: 'culture.speed_of_light', code: 'unknown_item' }] });
    if (!result.ok) {
      expect(result.issues[0]!.message.nl).not.toBe('');
      expect(result.issues[0]!.message.en).not.toBe('');
    }
  });

  it('refuses an item of a section the survey does not use', () => {
    const result = validate({ 'tensions.short_long': 3 }, 'draft', { ...context, sections: requiredSections });
    expect(result).toMatchObject({ ok: false, issues: [{ itemId: 'tensions.short_long', code: 'unknown_item' }] });
  });

  it('refuses a body that is not an object of answers', () => {
    for (const body of [null, [], 'answers', 42]) {
      expect(validate(body)).toMatchObject({ ok: false, issues: [{ itemId: '', code: 'not_an_object' }] });
    }
  });

  it('reports every wrong item at once, each against its own item', () => {
    const result = validate({ 'culture.control_trust': 9, 'values.fairness': 'high', 'value_case.get': ['funding', 'funding'] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.itemId, i.code])).toEqual([
        ['culture.control_trust', 'out_of_range'],
        ['values.fairness', 'wrong_type'],
        ['value_case.get', 'duplicate_option'],
      ]);
    }
  });
});

describe('required and optional', () => {
  const complete = (seed: number): Record<string, AnswerValue> => ({
    ...syntheticAnswers({ instrument: instrumentV1, sections: sectionIds, otherPartnerIds: OTHERS, random: seededRandom(seed) }),
    'open.success': 'Eén loket voor werkzoekenden.',
    'open.worries': 'Dat het na twee jaar stopt.',
  });

  it('accepts a complete response to every section in submit mode, unchanged', () => {
    for (const seed of [1, 2, 3]) {
      const answers = complete(seed);
      expect(Object.keys(answers).sort()).toEqual(items.map((i) => i.id).sort());
      expect(validate(answers, 'submit')).toEqual({ ok: true, answers });
    }
  });

  it.each(items.filter((i) => i.required).map((i) => [i.id]))('submit needs %s; a draft may leave it out', (id) => {
    const { [id]: _left, ...rest } = complete(4);
    expect(validate(rest, 'draft')).toEqual({ ok: true, answers: rest });
    const result = validate(rest, 'submit');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.itemId, i.code])).toEqual([[id, 'required']]);
      theIssue(result, item(id));
    }
  });

  it('treats null and blank answers to a required item as missing', () => {
    for (const blank of [null, '  ', {}]) {
      const answers = { ...complete(5), 'culture.control_trust': blank };
      expect(validate(answers, 'submit')).toMatchObject({ ok: false, issues: [{ itemId: 'culture.control_trust', code: 'required' }] });
    }
  });

  it('lets a respondent submit without any optional item (perceptions, open questions, about you)', () => {
    const answers = Object.fromEntries(Object.entries(complete(6)).filter(([id]) => item(id).required));
    expect(items.some((i) => !i.required && i.id in answers)).toBe(false);
    expect(validate(answers, 'submit')).toEqual({ ok: true, answers });
  });

  it('accepts "none of these" (an empty list) as an answer to a required multi-select', () => {
    expect(validate({ ...complete(7), 'value_case.bring': [] }, 'submit').ok).toBe(true);
  });

  it('accepts "don\'t know" as an answer to a required agreement item', () => {
    expect(validate({ ...complete(8), 'readiness.urgency_1': 'dont_know', 'triangle.value_1': 'dont_know' }, 'submit').ok).toBe(true);
  });

  it('does not also call an invalid required answer missing', () => {
    const result = validate({ ...complete(9), 'drives.allocation': { continuity: 99 } }, 'submit');
    expect(result).toMatchObject({ ok: false, issues: [{ itemId: 'drives.allocation', code: 'sum_not_100' }] });
    if (!result.ok) expect(result.issues).toHaveLength(1);
  });

  it('accepts perceptions about some of the other partners only, and an empty map as no answer', () => {
    expect(validate({ 'perceptions.fast_consensus': { [OTHERS[1]!]: 2 } })).toEqual({
      ok: true,
      answers: { 'perceptions.fast_consensus': { [OTHERS[1]!]: 2 } },
    });
    expect(validate({ 'perceptions.fast_consensus': {} })).toEqual({ ok: true, answers: {} });
  });

  it('refuses every perception in a partnership where the respondent has no other partner to judge', () => {
    const alone = { ...context, otherPartnerIds: [] };
    expect(validate({ 'perceptions.control_trust': { [OTHERS[0]!]: 3 } }, 'draft', alone)).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown_partner' }],
    });
  });
});

describe('output', () => {
  it('returns only what was answered, keyed by item id', () => {
    const answers: Answers = {
      'culture.control_trust': 2,
      'about.role': 'manager',
      'open.success': '  kort  ',
      'values.fairness': null as unknown as number,
    };
    expect(validate(answers)).toEqual({
      ok: true,
      answers: { 'culture.control_trust': 2, 'about.role': 'manager', 'open.success': 'kort' },
    });
  });
});
