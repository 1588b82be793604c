/**
 * Request bodies for setting up a partnership and its survey. The organiser's forms validate with
 * these same schemas before sending, so the page and the Worker never disagree; every message is a
 * key of messages.ts, which words it in the reader's language.
 */
import * as v from 'valibot';
import { DEFAULT_MIN_GROUP_SIZE, MIN_GROUP_SIZE_CEILING, MIN_GROUP_SIZE_FLOOR } from '../confidentiality';
import { collaborationFunctions, languages, requiredSections, sectionIds } from '../instrument/types';
import { isCalendarDay, isWellFormedText } from '../text';
import { messageKey } from './messages';

export { type CollaborationFunction, collaborationFunctions } from '../instrument/types';
export const sectors = ['public', 'private', 'civil_society', 'knowledge_institution', 'hybrid'] as const;
export type Sector = (typeof sectors)[number];

/** Day strings as stored: `YYYY-MM-DD`, and a day the calendar has. */
export const DaySchema = v.pipe(v.string(), v.isoDate(messageKey('date')), v.check(isCalendarDay, messageKey('no_such_day')));

/** Text as stored: whole characters only. */
export const wellFormed = v.check(isWellFormedText, messageKey('text_encoding'));

const name = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, messageKey('required')), v.maxLength(max, messageKey('too_long')), wellFormed);

/** A text the organiser may leave out: trimmed, and empty means not given (null). */
const optionalText = (max: number) =>
  v.optional(
    v.nullable(
      v.pipe(
        v.string(),
        v.trim(),
        v.maxLength(max, messageKey('too_long')),
        v.transform((text) => text || null),
      ),
    ),
    null,
  );

/**
 * The partnership's name and challenge in English, for English-speaking respondents and invitations.
 * Optional: without them English readers see the Dutch texts (marked as Dutch for screen readers).
 */
export const EnglishTextsSchema = v.object({
  nameEn: optionalText(160),
  challengeEn: optionalText(1000),
});

const PartnerSchema = v.object({
  name: name(120),
  sector: v.picklist(sectors),
  expectedStaff: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000))), null),
  shownAsOrganisation: v.optional(v.boolean(), false),
});

/** k as an organiser may set it: a whole number, never below the floor (core/confidentiality). */
export const MinGroupSizeSchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(MIN_GROUP_SIZE_FLOOR, messageKey('k_floor')),
  v.maxValue(MIN_GROUP_SIZE_CEILING),
);

/** The days of a survey, as a new survey or a change of settings has them. */
export interface SurveyDays {
  readonly opensOn?: string;
  readonly closesOn?: string | null;
  readonly retainUntil?: string | null;
}

/*
 * Open ≤ close ≤ keep, for a new survey and for changed settings alike. Each rule runs once its two
 * days are valid, whatever else is wrong (partialCheck), and is reported at the later day, where the
 * organiser fixes it (forward).
 */
export const closesAfterOpening = (s: SurveyDays) => !s.closesOn || !s.opensOn || s.opensOn <= s.closesOn;
export const keptUntilClosing = (s: SurveyDays) => !s.retainUntil || !s.closesOn || s.closesOn <= s.retainUntil;

export const SurveySchema = v.pipe(
  v.object({
    title: name(160),
    sections: v.pipe(
      v.array(v.picklist(sectionIds)),
      v.check((chosen) => requiredSections.every((s) => chosen.includes(s)), messageKey('sections_required')),
      v.check((chosen) => new Set(chosen).size === chosen.length, messageKey('each_once')),
    ),
    languages: v.pipe(
      v.array(v.picklist(languages)),
      v.minLength(1, messageKey('languages_required')),
      v.check((l) => new Set(l).size === l.length, messageKey('each_once')),
    ),
    minGroupSize: v.optional(MinGroupSizeSchema, DEFAULT_MIN_GROUP_SIZE),
    opensOn: v.optional(DaySchema),
    closesOn: v.optional(v.nullable(DaySchema), null),
    retainUntil: v.optional(v.nullable(DaySchema), null),
  }),
  v.forward(v.partialCheck([['opensOn'], ['closesOn']], closesAfterOpening, messageKey('closes_before_opening')), ['closesOn']),
  v.forward(v.partialCheck([['closesOn'], ['retainUntil']], keptUntilClosing, messageKey('retain_before_closing')), ['retainUntil']),
);

export const NewPartnershipSchema = v.object({
  partnership: v.object({
    name: name(160),
    challenge: name(1000),
    ...EnglishTextsSchema.entries,
    collaborationFunction: v.picklist(collaborationFunctions),
    horizon: name(200),
  }),
  partners: v.pipe(
    v.array(PartnerSchema),
    v.minLength(2, messageKey('partners_too_few')),
    v.maxLength(40, messageKey('partners_too_many')),
  ),
  survey: v.optional(SurveySchema),
});
