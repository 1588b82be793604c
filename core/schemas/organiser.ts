/**
 * Request schemas for the organiser's survey management (new survey, settings, export, deletion).
 * The web app validates its forms with these same schemas.
 */
import * as v from 'valibot';
import { languages } from '../instrument/types';
import { DaySchema, MIN_GROUP_SIZE } from './partnership';

export { SurveySchema as NewSurveySchema } from './partnership';

/** A survey id in the path; the route still checks that it belongs to the link's partnership. */
export const SurveyIdParamSchema = v.object({ surveyId: v.pipe(v.string(), v.uuid()) });

/**
 * Settings an organiser may change after creating a survey. The threshold k can only be lowered
 * while no responses exist (respondents were promised the k they saw); the route checks that.
 */
export const SurveySettingsSchema = v.pipe(
  v.object({
    minGroupSize: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(MIN_GROUP_SIZE, `the threshold is never below ${MIN_GROUP_SIZE}`), v.maxValue(100)),
    ),
    opensOn: v.optional(DaySchema),
    closesOn: v.optional(v.nullable(DaySchema)),
    retainUntil: v.optional(v.nullable(DaySchema)),
  }),
  v.check((s) => Object.values(s).some((value) => value !== undefined), 'change at least one setting'),
);

/** Deleting responses for good: the organiser types the survey's title to confirm. */
export const DeleteResponsesSchema = v.object({
  confirm: v.pipe(v.string(), v.trim(), v.minLength(1, 'type the survey title to confirm')),
});

/** The language of the export's header row (and of labels such as "don't know"). */
export const ExportQuerySchema = v.object({ lang: v.optional(v.picklist(languages), 'nl') });
