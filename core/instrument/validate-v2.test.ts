/**
 * The answers version 2 adds: exactly three values, "don't know" on the items that offer it (and
 * only there), and the partner contact's facts, all optional.
 */
import { describe, expect, it } from 'vitest';
import { sectionIds } from './types';
import { instrumentV2 } from './v2';
import { type AnswerContext, type ValidationMode, validateAnswers, validateFacts } from './validate';

const context: AnswerContext = { sections: sectionIds, otherPartnerIds: ['partner-b'] };
const validate = (answers: unknown, mode: ValidationMode = 'draft') => validateAnswers(instrumentV2, context, answers, mode);
const codes = (result: ReturnType<typeof validate>) => (result.ok ? [] : result.issues.map((i) => `${i.itemId}:${i.code}`));

describe('version 2 answers', () => {
  it('takes exactly three values, and says how many to choose when it is not three', () => {
    const three = ['inclusion', 'lawfulness', 'tailored_help'];
    expect(validate({ 'values.most_important': three })).toEqual({ ok: true, answers: { 'values.most_important': three } });
    for (const wrong of [[], ['inclusion'], ['inclusion', 'lawfulness'], [...three, 'efficiency']]) {
      const result = validate({ 'values.most_important': wrong });
      expect(codes(result), JSON.stringify(wrong)).toEqual(['values.most_important:wrong_count']);
      if (!result.ok) {
        expect(result.issues[0]!.message.nl).toContain('kies er precies 3');
        expect(result.issues[0]!.message.en).toContain('choose exactly 3');
      }
    }
    expect(codes(validate({ 'values.most_important': ['inclusion', 'inclusion', 'lawfulness'] }))).toEqual([
      'values.most_important:duplicate_option',
    ]);
  });

  it('takes "don’t know" on a tension, on investing against receiving and on the partnership’s function', () => {
    const answers = { 'tensions.short_long': 'dont_know', 'value_case.invest_return': 'dont_know', 'triangle.function': 'dont_know' };
    expect(validate(answers, 'draft')).toEqual({ ok: true, answers });
    expect(validate({ 'triangle.function': 'joint_development', 'value_case.invest_return': 2 }).ok).toBe(true);
  });

  it('refuses "don’t know" where the question does not offer it', () => {
    expect(codes(validate({ 'culture.decision_pace': 'dont_know', 'about.role': 'dont_know' }))).toEqual([
      'culture.decision_pace:wrong_type',
      'about.role:unknown_option',
    ]);
  });

  it('refuses a function that is not one of the four', () => {
    expect(codes(validate({ 'triangle.function': 'friendship' }))).toEqual(['triangle.function:unknown_option']);
  });
});

describe('a partner’s stated facts', () => {
  const facts = instrumentV2.facts!;

  it('may leave every question open, or answer any of them', () => {
    expect(validateFacts(facts, {})).toEqual({ ok: true, answers: {} });
    const answers = { 'facts.mandate': 'small_only', 'facts.committed': ['budget', 'staff_hours'], 'facts.accountability': [] };
    expect(validateFacts(facts, answers)).toEqual({ ok: true, answers });
  });

  it('refuses a question the form does not have and an answer outside the options, each against its item', () => {
    const result = validateFacts(facts, { 'facts.mandate': 'always', 'facts.salary': 3, 'culture.control_trust': 4 });
    expect(result.ok ? [] : result.issues.map((i) => `${i.itemId}:${i.code}`)).toEqual([
      'facts.mandate:unknown_option',
      'facts.salary:unknown_item',
      'culture.control_trust:unknown_item',
    ]);
  });
});
