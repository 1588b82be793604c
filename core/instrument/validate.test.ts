/**
 * Answer validation as a respondent meets it. Per answer format, a hand-written table: the answers
 * a person can give are kept as given, and each kind of wrong answer is refused with one issue that
 * names the question and says, in Dutch and English, what is wrong. Then one pass over every item of
 * version 1 checks that each item is held to the rules of its own format (its scale, its options, its
 * length limit), and the rules for required items, free text and whole bodies.
 */
import { describe, expect, it } from 'vitest';
import { surveyItems } from './index';
import type { Answers, AnswerValue, Item, ItemFormat } from './types';
import { requiredSections, scalePoints, sectionIds } from './types';
import { instrumentV1 } from './v1';
import { instrumentV2 } from './v2';
import { type AnswerContext, type AnswerIssueCode, type ValidationMode, validateAnswers } from './validate';

const OWN = 'partner-own';
const OTHERS = ['partner-b', 'partner-c'];
const context: AnswerContext = { sections: sectionIds, otherPartnerIds: OTHERS };
const items = surveyItems(instrumentV1, sectionIds);
const item = (id: string) => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`instrument v1 has no item ${id}`);
  return found;
};

const validate = (answers: unknown, mode: ValidationMode = 'draft', ctx: AnswerContext = context) =>
  validateAnswers(instrumentV1, ctx, answers, mode);

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

/** One answer format: an item of that format, the answers it keeps and the wrong answers it refuses (why, the answer, the issue). */
interface FormatTable {
  readonly itemId: string;
  readonly valid: readonly AnswerValue[];
  readonly invalid: readonly (readonly [string, unknown, AnswerIssueCode])[];
}

const tables: Readonly<Record<ItemFormat, FormatTable>> = {
  bipolar: {
    itemId: 'culture.control_trust',
    valid: [1, 4, 7],
    invalid: [
      ['a boolean', true, 'wrong_type'],
      ['a number as text', '3', 'wrong_type'],
      ['a list', [3], 'wrong_type'],
      ['"don\'t know" (only agreement items allow it)', 'dont_know', 'wrong_type'],
      ['a fraction', 2.5, 'not_whole_number'],
      ['zero', 0, 'out_of_range'],
      ['a negative number', -1, 'out_of_range'],
      ['eight on a scale of seven', 8, 'out_of_range'],
    ],
  },
  importance: {
    itemId: 'values.fairness',
    valid: [1, 3, 5],
    invalid: [
      ['a boolean', true, 'wrong_type'],
      ['a word', 'high', 'wrong_type'],
      ['"don\'t know"', 'dont_know', 'wrong_type'],
      ['a fraction', 4.5, 'not_whole_number'],
      ['zero', 0, 'out_of_range'],
      ['six on a scale of five', 6, 'out_of_range'],
    ],
  },
  intensity: {
    itemId: 'tensions.short_long',
    valid: [1, 5],
    invalid: [
      ['a boolean', false, 'wrong_type'],
      ['a list', [1, 5], 'wrong_type'],
      ['a fraction', 1.5, 'not_whole_number'],
      ['zero', 0, 'out_of_range'],
      ['six on a scale of five', 6, 'out_of_range'],
    ],
  },
  agreement: {
    itemId: 'readiness.urgency_1',
    valid: [1, 3, 5, 'dont_know'],
    invalid: [
      ['a boolean', true, 'wrong_type'],
      ['another word', 'maybe', 'wrong_type'],
      ['a number as text', '4', 'wrong_type'],
      ['a fraction', 3.5, 'not_whole_number'],
      ['zero', 0, 'out_of_range'],
      ['six on a scale of five', 6, 'out_of_range'],
    ],
  },
  allocation: {
    itemId: 'drives.allocation',
    valid: [
      { continuity: 100 },
      { continuity: 60, innovation: 40, legitimacy: 0 },
      {
        continuity: 13,
        market_position: 13,
        financial_return: 13,
        innovation: 13,
        public_goods: 12,
        client_wellbeing: 12,
        professional_quality: 12,
        legitimacy: 12,
      },
    ],
    invalid: [
      ['a boolean', true, 'wrong_type'],
      ['a number', 100, 'wrong_type'],
      ['a list', [100], 'wrong_type'],
      ['points as text', { continuity: '100' }, 'wrong_type'],
      ['an option outside the list', { continuity: 50, profit_at_all_costs: 50 }, 'unknown_option'],
      ['a fraction', { continuity: 50.5, innovation: 49.5 }, 'not_whole_number'],
      ['negative points', { continuity: 110, innovation: -10 }, 'out_of_range'],
      ['a total of 99', { continuity: 50, innovation: 49 }, 'sum_not_100'],
      ['a total of 101', { continuity: 50, innovation: 51 }, 'sum_not_100'],
      ['only zeros', { continuity: 0, innovation: 0 }, 'sum_not_100'],
    ],
  },
  multi_select: {
    itemId: 'value_case.bring',
    valid: [[], ['funding'], ['funding', 'data', 'target_group_access', 'network', 'future_talent']],
    invalid: [
      ['a boolean', true, 'wrong_type'],
      ['one option as text, not a list', 'funding', 'wrong_type'],
      ['an object', { funding: true }, 'wrong_type'],
      ['an option outside the list', ['funding', 'gold'], 'unknown_option'],
      ['a number in the list', [1], 'unknown_option'],
      ['the same option twice', ['funding', 'funding'], 'duplicate_option'],
    ],
  },
  single_choice: {
    itemId: 'about.role',
    valid: ['executive', 'manager', 'professional', 'support'],
    invalid: [
      ['a boolean', true, 'wrong_type'],
      ['a number', 2, 'wrong_type'],
      ['a list', ['manager'], 'wrong_type'],
      ['an option outside the list', 'ceo', 'unknown_option'],
    ],
  },
  text: {
    itemId: 'open.worries',
    valid: ['Samen sneller resultaat.', 'x'.repeat(2000), 'ü'.repeat(2000)],
    invalid: [
      ['a boolean', true, 'wrong_type'],
      ['a number', 42, 'wrong_type'],
      ['a list', ['tekst'], 'wrong_type'],
      ['one character too many', 'x'.repeat(2001), 'too_long'],
      ['far too long', 'woord '.repeat(1000), 'too_long'],
    ],
  },
  perception: {
    itemId: 'perceptions.control_trust',
    valid: [{ 'partner-b': 1 }, { 'partner-b': 7, 'partner-c': 4 }],
    invalid: [
      ['a boolean', true, 'wrong_type'],
      ['a number', 4, 'wrong_type'],
      ['a list', [4, 4], 'wrong_type'],
      ['a position as text', { 'partner-b': '4' }, 'wrong_type'],
      ['a fraction', { 'partner-b': 4.5 }, 'not_whole_number'],
      ['eight on a scale of seven', { 'partner-b': 8 }, 'out_of_range'],
      ['zero', { 'partner-b': 0 }, 'out_of_range'],
      ['the respondent’s own partner', { [OWN]: 4 }, 'unknown_partner'],
      ['a partner outside the partnership', { 'partner-b': 4, 'partner-elsewhere': 4 }, 'unknown_partner'],
    ],
  },
};

describe('each answer format', () => {
  it('has a table here for every format the instrument uses, on an item of that format', () => {
    expect(Object.keys(tables).sort()).toEqual([...new Set(items.map((i) => i.format))].sort());
    for (const [format, table] of Object.entries(tables)) expect(item(table.itemId).format, table.itemId).toBe(format);
  });

  for (const [format, table] of Object.entries(tables)) {
    it(`${format}: keeps every answer a person can give, as given`, () => {
      for (const answer of table.valid) {
        expect(validate({ [table.itemId]: answer }), JSON.stringify(answer)).toEqual({ ok: true, answers: { [table.itemId]: answer } });
      }
    });

    it(`${format}: refuses each kind of wrong answer with one issue that names the question`, () => {
      for (const [kind, answer, code] of table.invalid) {
        for (const mode of ['draft', 'submit'] as const) {
          const result = validate({ [table.itemId]: answer }, mode);
          expect(result.ok, `${kind} (${mode})`).toBe(false);
          if (result.ok) continue;
          expect(
            result.issues.filter((i) => i.itemId === table.itemId).map((i) => i.code),
            `${kind} (${mode})`,
          ).toEqual([code]);
        }
        expect(theIssue(validate({ [table.itemId]: answer }), item(table.itemId)).code, kind).toBe(code);
      }
    });
  }
});

/** An answer the item's own definition allows: the top of its scale, its last option, its full length. */
function allowedAnswer(of: Item): AnswerValue {
  switch (of.format) {
    case 'bipolar':
    case 'importance':
    case 'intensity':
    case 'agreement':
      return scalePoints[of.format];
    case 'allocation':
      return { [of.options.at(-1)!.id]: of.total };
    case 'multi_select':
      return of.options.slice(-(of.choose ?? 1)).map((o) => o.id);
    case 'single_choice':
      return of.options.at(-1)!.id;
    case 'text':
      return 'x'.repeat(of.maxLength);
    case 'perception':
      return { [OTHERS[0]!]: scalePoints.perception };
  }
}

/** An answer just outside what the item's definition allows, and the issue it must raise. */
function justOutside(of: Item): [unknown, AnswerIssueCode] {
  switch (of.format) {
    case 'bipolar':
    case 'importance':
    case 'intensity':
    case 'agreement':
      return [scalePoints[of.format] + 1, 'out_of_range'];
    case 'allocation':
      return [{ [of.options[0]!.id]: of.total - 1 }, 'sum_not_100'];
    case 'multi_select':
      return [['not_an_option'], 'unknown_option'];
    case 'single_choice':
      return ['not_an_option', 'unknown_option'];
    case 'text':
      return ['x'.repeat(of.maxLength + 1), 'too_long'];
    case 'perception':
      return [{ [OTHERS[0]!]: scalePoints.perception + 1 }, 'out_of_range'];
  }
}

describe.each([instrumentV1, instrumentV2])('every item of version $version', (instrument) => {
  it('is held to the rules of its format: its own scale, options and length, and a refusal names it', () => {
    const failures: string[] = [];
    const validate = (answers: unknown) => validateAnswers(instrument, context, answers, 'draft');
    for (const each of surveyItems(instrument, sectionIds)) {
      const allowed = allowedAnswer(each);
      const kept = validate({ [each.id]: allowed });
      if (!kept.ok || JSON.stringify(kept.answers) !== JSON.stringify({ [each.id]: allowed }))
        failures.push(`${each.id} refused ${JSON.stringify(allowed)}`);
      const [outside, code] = justOutside(each);
      const refused = validate({ [each.id]: outside });
      const issues = refused.ok ? [] : refused.issues;
      if (issues.length !== 1 || issues[0]!.itemId !== each.id || issues[0]!.code !== code) {
        failures.push(`${each.id} did not refuse ${JSON.stringify(outside).slice(0, 40)} as ${code}: ${JSON.stringify(issues)}`);
      } else if (!issues[0]!.message.nl.includes(each.text.nl) || !issues[0]!.message.en.includes(each.text.en)) {
        failures.push(`${each.id}: the message does not name the question`);
      }
    }
    expect(failures).toEqual([]);
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
  /** A complete response to every section: an allowed answer to every item, the open questions in words. */
  const complete = (): Record<string, AnswerValue> => ({
    ...Object.fromEntries(items.map((i) => [i.id, allowedAnswer(i)])),
    'open.success': 'Eén loket voor werkzoekenden.',
    'open.worries': 'Dat het na twee jaar stopt.',
  });

  it('accepts a complete response to every section in submit mode, unchanged', () => {
    const answers = complete();
    expect(validate(answers, 'submit')).toEqual({ ok: true, answers });
  });

  it('needs every required item on submit, and names just the one left out; a draft may leave any out', () => {
    const required = items.filter((i) => i.required);
    expect(required.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const each of required) {
      const { [each.id]: _left, ...rest } = complete();
      const draft = validate(rest, 'draft');
      if (!draft.ok) failures.push(`${each.id}: a draft without it was refused`);
      const submitted = validate(rest, 'submit');
      const issues = submitted.ok ? [] : submitted.issues.map((i) => `${i.itemId}:${i.code}`);
      if (issues.join() !== `${each.id}:required`) failures.push(`${each.id}: submit gave ${issues.join() || 'no issue'}`);
    }
    expect(failures).toEqual([]);
    const { 'culture.control_trust': _left, ...rest } = complete();
    theIssue(validate(rest, 'submit'), item('culture.control_trust'));
  });

  it('treats null and blank answers to a required item as missing', () => {
    for (const blank of [null, '  ', {}]) {
      const answers = { ...complete(), 'culture.control_trust': blank };
      expect(validate(answers, 'submit')).toMatchObject({ ok: false, issues: [{ itemId: 'culture.control_trust', code: 'required' }] });
    }
  });

  it('lets a respondent submit without any optional item (perceptions, open questions, about you)', () => {
    const answers = Object.fromEntries(Object.entries(complete()).filter(([id]) => item(id).required));
    expect(items.some((i) => !i.required && i.id in answers)).toBe(false);
    expect(validate(answers, 'submit')).toEqual({ ok: true, answers });
  });

  it('accepts "none of these" (an empty list) as an answer to a required multi-select', () => {
    expect(validate({ ...complete(), 'value_case.bring': [] }, 'submit').ok).toBe(true);
  });

  it('accepts "don\'t know" as an answer to a required agreement item', () => {
    expect(validate({ ...complete(), 'readiness.urgency_1': 'dont_know', 'triangle.value_1': 'dont_know' }, 'submit').ok).toBe(true);
  });

  it('does not also call an invalid required answer missing', () => {
    const result = validate({ ...complete(), 'drives.allocation': { continuity: 99 } }, 'submit');
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
