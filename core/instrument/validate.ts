/**
 * Server-side validation of answers, generated from the instrument: valibot schemas built from the
 * item definitions, so a new item or version needs no new validation code.
 */
import * as v from 'valibot';
import { oncePer } from '../once';
import { isWellFormedText } from '../text';
import { surveyItems } from './index';
import type { Answers, FactsForm, Instrument, Item, Localized, SectionId } from './types';
import { allowsDontKnow, scalePoints } from './types';

/** What can be wrong with an answer; each maps to a message a respondent can act on. */
export type AnswerIssueCode =
  | 'unknown_item'
  | 'required'
  | 'wrong_type'
  | 'not_whole_number'
  | 'out_of_range'
  | 'sum_not_100'
  | 'unknown_option'
  | 'duplicate_option'
  | 'too_long'
  | 'invalid_text'
  | 'unknown_partner'
  | 'wrong_count'
  | 'not_an_object';

export interface AnswerIssue {
  /** The item the issue is about; empty when the whole body is wrong. */
  readonly itemId: string;
  readonly code: AnswerIssueCode;
  readonly message: Localized;
}

export interface AnswerContext {
  readonly sections: readonly SectionId[];
  /** The partners a respondent may give perceptions about: the others of the same partnership. */
  readonly otherPartnerIds: readonly string[];
}

/** `draft` accepts partial answers; `submit` also requires every required item. */
export type ValidationMode = 'draft' | 'submit';

export type AnswerValidation =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly issues: readonly AnswerIssue[] };

const whole = (max: number, min = 1) =>
  v.pipe(
    v.number('wrong_type' satisfies AnswerIssueCode),
    v.integer('not_whole_number' satisfies AnswerIssueCode),
    v.minValue(min, 'out_of_range' satisfies AnswerIssueCode),
    v.maxValue(max, 'out_of_range' satisfies AnswerIssueCode),
  );

const unique = (values: string[]) => new Set(values).size === values.length;

/** A JSON object (not an array): the shape of allocation and perception answers. */
const plainObject = v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  'wrong_type' satisfies AnswerIssueCode,
);

/** Schemas built once per item: only a perception's depends on the survey (its other partners). */
const schemas = new WeakMap<Item, v.GenericSchema<unknown, unknown>>();

/** An item's schema (built once, see `schemas`), with "dont_know" as an answer where the item allows it. */
function itemSchema(item: Item, context: AnswerContext): v.GenericSchema<unknown, unknown> {
  if (item.format === 'perception') return buildItemSchema(item, context);
  let schema = schemas.get(item);
  if (!schema) {
    schema = buildItemSchema(item, context);
    schemas.set(item, schema);
  }
  return schema;
}

function buildItemSchema(item: Item, context: AnswerContext): v.GenericSchema<unknown, unknown> {
  const schema = answerSchema(item, context);
  // A point is checked against the scale; anything else that is not "dont_know" has the wrong form.
  // (A single choice lists "dont_know" among its options instead.)
  return allowsDontKnow(item) && item.format !== 'single_choice'
    ? v.union([v.literal('dont_know'), schema], 'wrong_type' satisfies AnswerIssueCode)
    : schema;
}

function answerSchema(item: Item, context: AnswerContext): v.GenericSchema<unknown, unknown> {
  switch (item.format) {
    case 'bipolar':
    case 'importance':
    case 'intensity':
    case 'agreement':
      return whole(scalePoints[item.format]);
    case 'allocation': {
      const known = new Set(item.options.map((o) => o.id));
      return v.pipe(
        plainObject,
        v.check((points) => Object.keys(points).every((id) => known.has(id)), 'unknown_option' satisfies AnswerIssueCode),
        v.strictObject(
          Object.fromEntries(item.options.map((o) => [o.id, v.optional(whole(item.total, 0))])),
          'unknown_option' satisfies AnswerIssueCode,
        ),
        v.check(
          (points) => Object.values(points).reduce<number>((sum, p) => sum + (p ?? 0), 0) === item.total,
          'sum_not_100' satisfies AnswerIssueCode,
        ),
      );
    }
    case 'multi_select': {
      const { choose } = item;
      return v.pipe(
        v.array(
          v.picklist(
            item.options.map((o) => o.id),
            'unknown_option' satisfies AnswerIssueCode,
          ),
          'wrong_type' satisfies AnswerIssueCode,
        ),
        v.check(unique, 'duplicate_option' satisfies AnswerIssueCode),
        v.check((chosen) => choose === undefined || chosen.length === choose, 'wrong_count' satisfies AnswerIssueCode),
      );
    }
    case 'single_choice':
      return v.pipe(
        v.string('wrong_type' satisfies AnswerIssueCode),
        v.picklist([...item.options.map((o) => o.id), ...(item.dontKnow ? ['dont_know'] : [])], 'unknown_option' satisfies AnswerIssueCode),
      );
    case 'text':
      return v.pipe(
        v.string('wrong_type' satisfies AnswerIssueCode),
        v.trim(),
        v.maxLength(item.maxLength, 'too_long' satisfies AnswerIssueCode),
        v.check(isWellFormedText, 'invalid_text' satisfies AnswerIssueCode),
      );
    case 'perception':
      return v.pipe(
        plainObject,
        // Only the other partners of the same partnership: never one's own, never another partnership's.
        v.check(
          (byPartner) => Object.keys(byPartner).every((id) => context.otherPartnerIds.includes(id)),
          'unknown_partner' satisfies AnswerIssueCode,
        ),
        v.record(v.string(), whole(scalePoints.perception), 'wrong_type' satisfies AnswerIssueCode),
      );
  }
}

/** True when an answer counts as given: blank text, an empty map or an empty selection do not. */
function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return true; // "none of these" is an answer for a multi-select
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/**
 * Validates answers for the given survey sections. Unknown items, out-of-range values, allocations
 * that do not sum to 100, options from outside the list, overlong text and perceptions about a
 * partner outside the partnership are each reported against the item they concern.
 */
export function validateAnswers(instrument: Instrument, context: AnswerContext, input: unknown, mode: ValidationMode): AnswerValidation {
  return validateItems(surveyItems(instrument, context.sections), context, input, mode);
}

/**
 * Validates a partner's stated facts against a version's short form: every question may be left
 * open; an unknown question, or an answer outside the options, is refused against its item.
 */
export function validateFacts(form: FactsForm, input: unknown): AnswerValidation {
  return validateItems(form.items, { sections: [], otherPartnerIds: [] }, input, 'draft');
}

/** The items by id, built once per items array (`surveyItems` hands out one per survey's sections). */
const itemsById = oncePer((items: readonly Item[]): ReadonlyMap<string, Item> => new Map(items.map((item) => [item.id, item])));

function validateItems(items: readonly Item[], context: AnswerContext, input: unknown, mode: ValidationMode): AnswerValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [issue('', 'not_an_object')] };
  }
  const byId = itemsById(items);
  const issues: AnswerIssue[] = [];
  const answers: Record<string, Answers[string]> = {};

  for (const [itemId, value] of Object.entries(input)) {
    const item = byId.get(itemId);
    if (!item) {
      issues.push(issue(itemId, 'unknown_item'));
      continue;
    }
    if (!isAnswered(value)) continue;
    const result = v.safeParse(itemSchema(item, context), value, { abortEarly: true });
    if (result.success) {
      if (isAnswered(result.output)) answers[itemId] = result.output as Answers[string];
    } else {
      issues.push(issue(itemId, result.issues[0].message as AnswerIssueCode, item));
    }
  }
  if (mode === 'submit') {
    for (const item of items) {
      if (item.required && !(item.id in answers) && !issues.some((i) => i.itemId === item.id)) {
        issues.push(issue(item.id, 'required', item));
      }
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, answers };
}

const problems: Record<AnswerIssueCode, Localized> = {
  unknown_item: { nl: 'deze vraag hoort niet bij deze vragenlijst', en: 'this question is not part of this survey' },
  required: { nl: 'deze vraag moet u nog beantwoorden', en: 'please answer this question' },
  wrong_type: { nl: 'dit antwoord heeft niet de goede vorm', en: 'this answer is not in the right form' },
  not_whole_number: { nl: 'gebruik een heel getal', en: 'use a whole number' },
  out_of_range: { nl: 'kies een van de getoonde antwoorden', en: 'choose one of the answers shown' },
  sum_not_100: { nl: 'de punten moeten samen precies 100 zijn', en: 'the points must add up to exactly 100' },
  unknown_option: { nl: 'kies alleen uit de getoonde mogelijkheden', en: 'choose only from the options shown' },
  duplicate_option: { nl: 'kies elke mogelijkheid maar één keer', en: 'choose each option only once' },
  too_long: { nl: 'de tekst is te lang (hoogstens 2.000 tekens)', en: 'the text is too long (2,000 characters at most)' },
  invalid_text: {
    nl: 'de tekst bevat een half teken dat niet bewaard kan worden; typ hem opnieuw',
    en: 'the text contains half a character that cannot be stored; please type it again',
  },
  unknown_partner: {
    nl: 'u kunt alleen iets zeggen over andere partners in deze samenwerking',
    en: 'you can only answer about other partners in this partnership',
  },
  wrong_count: { nl: 'kies het gevraagde aantal', en: 'choose the number asked for' },
  not_an_object: { nl: 'de antwoorden ontbreken of hebben niet de goede vorm', en: 'the answers are missing or not in the right form' },
};

/** How many to choose, in the message: "kies er precies 3". */
const wrongCount = (count: number): Localized => ({ nl: `kies er precies ${count}`, en: `choose exactly ${count}` });

/** The length limit in the message follows the item's own `maxLength`. */
const tooLong = (max: number): Localized => ({
  nl: `de tekst is te lang (hoogstens ${thousands(max, '.')} tekens)`,
  en: `the text is too long (${thousands(max, ',')} characters at most)`,
});
const thousands = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

function issue(itemId: string, code: AnswerIssueCode, item?: Item): AnswerIssue {
  const problem =
    code === 'too_long' && item?.format === 'text'
      ? tooLong(item.maxLength)
      : code === 'wrong_count' && item?.format === 'multi_select' && item.choose !== undefined
        ? wrongCount(item.choose)
        : problems[code];
  if (!item) return { itemId, code, message: problem };
  return {
    itemId,
    code,
    message: { nl: `“${item.text.nl}”: ${problem.nl}`, en: `“${item.text.en}”: ${problem.en}` },
  };
}
