/**
 * Request schemas for the organiser's survey management (new survey, settings, export, deletion).
 * The organiser's forms validate with these same schemas before sending (see partnership.ts).
 */
import * as v from 'valibot';
import { languages } from '../instrument/types';
import { messageKey } from './messages';
import { closesAfterOpening, DaySchema, keptUntilClosing, MinGroupSizeSchema, wellFormed } from './partnership';

export { SurveySchema as NewSurveySchema } from './partnership';

/** A survey id in the path; the route still checks that it belongs to the link's partnership. */
export const SurveyIdParamSchema = v.object({ surveyId: v.pipe(v.string(), v.uuid()) });

/**
 * Settings an organiser may change after creating a survey. The threshold k can only be lowered
 * while no responses exist (respondents were promised the k they saw); the route checks that, and
 * the order of the days once the change is merged with the stored ones.
 */
export const SurveySettingsSchema = v.pipe(
  v.object({
    minGroupSize: v.optional(MinGroupSizeSchema),
    opensOn: v.optional(DaySchema),
    closesOn: v.optional(v.nullable(DaySchema)),
    retainUntil: v.optional(v.nullable(DaySchema)),
  }),
  v.check((s) => Object.values(s).some((value) => value !== undefined), messageKey('settings_empty')),
  v.forward(v.partialCheck([['opensOn'], ['closesOn']], closesAfterOpening, messageKey('closes_before_opening')), ['closesOn']),
  v.forward(v.partialCheck([['closesOn'], ['retainUntil']], keptUntilClosing, messageKey('retain_before_closing')), ['retainUntil']),
);

/** Deleting responses for good: the organiser types the survey's title to confirm. */
export const DeleteResponsesSchema = v.object({
  confirm: v.pipe(v.string(), v.trim(), v.minLength(1, messageKey('confirm_title')), wellFormed),
});

/** The partner whose respondents the organiser previews the survey as. */
export const PreviewQuerySchema = v.object({ partnerId: v.pipe(v.string(), v.uuid()) });

/**
 * The figures export of a survey's release: CSV (for a spreadsheet in the chosen language: Dutch
 * with `;` and decimal commas) or JSON.
 */
export const ExportQuerySchema = v.object({
  surveyId: v.optional(v.pipe(v.string(), v.uuid())),
  format: v.optional(v.picklist(['csv', 'json']), 'csv'),
  lang: v.optional(v.picklist(languages), 'nl'),
});
