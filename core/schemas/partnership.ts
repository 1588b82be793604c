/**
 * Request bodies for setting up a partnership and its survey. The web app validates its forms with
 * these same schemas, so client and server never disagree.
 */
import * as v from 'valibot';
import { languages, requiredSections, sectionIds } from '../instrument/types';

export const collaborationFunctions = ['strategic_alignment', 'operational_alignment', 'joint_development', 'procurement'] as const;
export const sectors = ['public', 'private', 'civil_society', 'knowledge_institution', 'hybrid'] as const;

/** Day strings as stored: `YYYY-MM-DD`. */
export const DaySchema = v.pipe(v.string(), v.isoDate('use a date as YYYY-MM-DD'));

const name = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'fill this in'), v.maxLength(max, `at most ${max} characters`));

export const PartnerSchema = v.object({
  name: name(120),
  sector: v.picklist(sectors),
  expectedStaff: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000))), null),
  shownAsOrganisation: v.optional(v.boolean(), false),
});

export const MIN_GROUP_SIZE = 3;
export const DEFAULT_GROUP_SIZE = 5;

export const SurveySchema = v.pipe(
  v.object({
    title: name(160),
    sections: v.pipe(
      v.array(v.picklist(sectionIds)),
      v.check((chosen) => requiredSections.every((s) => chosen.includes(s)), `a survey uses at least: ${requiredSections.join(', ')}`),
      v.check((chosen) => new Set(chosen).size === chosen.length, 'each section once'),
    ),
    languages: v.pipe(
      v.array(v.picklist(languages)),
      v.minLength(1, 'at least one language'),
      v.check((l) => new Set(l).size === l.length, 'each language once'),
    ),
    minGroupSize: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(MIN_GROUP_SIZE, `the threshold is never below ${MIN_GROUP_SIZE}`), v.maxValue(100)),
      DEFAULT_GROUP_SIZE,
    ),
    opensOn: v.optional(DaySchema),
    closesOn: v.optional(v.nullable(DaySchema), null),
    retainUntil: v.optional(v.nullable(DaySchema), null),
  }),
  v.check((s) => !s.closesOn || !s.opensOn || s.opensOn <= s.closesOn, 'the closing date comes after the opening date'),
  v.check((s) => !s.retainUntil || !s.closesOn || s.closesOn <= s.retainUntil, 'responses are kept at least until the survey closes'),
);

export const NewPartnershipSchema = v.object({
  partnership: v.object({
    name: name(160),
    challenge: name(1000),
    collaborationFunction: v.picklist(collaborationFunctions),
    horizon: name(200),
  }),
  partners: v.pipe(
    v.array(PartnerSchema),
    v.minLength(2, 'a partnership has at least two partners'),
    v.maxLength(40, 'at most 40 partners'),
  ),
  survey: v.optional(SurveySchema),
});
