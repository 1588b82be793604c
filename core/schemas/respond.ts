import * as v from 'valibot';
import { languages } from '../instrument/types';
import { messageKey } from './messages';

/** The client's id for one respondent's submission: the same id on every retry makes submit idempotent. */
export const SubmissionIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/, messageKey('submission_id')));

/** Answers are checked against the instrument by `validateAnswers`; here only the envelope. */
export const AnswersEnvelopeSchema = v.object({
  submissionId: SubmissionIdSchema,
  language: v.picklist(languages),
  answers: v.record(v.string(), v.unknown()),
});

export const DraftQuerySchema = v.object({ submissionId: SubmissionIdSchema });
