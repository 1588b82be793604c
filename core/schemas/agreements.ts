/**
 * Agreements made in a partnership's session about the report's findings: what the partners agreed
 * to do about one finding, who does it and by when. The report's agenda shows them, and the next
 * wave's report shows them beside the change on that finding (docs/design.md §6). The lead's form
 * validates with these schemas before sending; the Worker also checks that the wave has the finding.
 */
import * as v from 'valibot';
import { findingKinds } from '../instrument/findings';
import { messageKey } from './messages';
import { DaySchema, wellFormed } from './partnership';

/** The most agreements one wave can hold: a session's worth, many times over. */
export const MAX_AGREEMENTS_PER_WAVE = 200;

const text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, messageKey('required')), v.maxLength(max, messageKey('too_long')), wellFormed);

/** What an agreement is about; `findingInItems` (core/instrument) checks it against the wave. */
export const FindingSchema = v.object({
  kind: v.picklist(findingKinds),
  key: v.pipe(v.string(), v.regex(/^[a-z0-9_.]{1,80}$/, messageKey('reference'))),
});

/** What, who and by when. */
const entries = {
  action: text(500),
  owner: text(120),
  dueOn: DaySchema,
};

/** An agreement on a finding, as the lead's form has it. */
export const AgreementSchema = v.object({ finding: FindingSchema, ...entries });

/** An agreement recorded on a wave (the wave whose report the partners discussed). */
export const NewAgreementSchema = v.object({ surveyId: v.pipe(v.string(), v.uuid()), ...AgreementSchema.entries });

/** A change to an agreement: any of what, who and by when. */
export const AgreementChangeSchema = v.pipe(
  v.object({ action: v.optional(entries.action), owner: v.optional(entries.owner), dueOn: v.optional(entries.dueOn) }),
  v.check((change) => Object.values(change).some((value) => value !== undefined), messageKey('change_empty')),
);

export const AgreementIdParamSchema = v.object({ id: v.pipe(v.string(), v.uuid()) });

export const AgreementQuerySchema = v.object({ surveyId: v.pipe(v.string(), v.uuid()) });
