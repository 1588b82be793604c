import * as v from 'valibot';
import { languages } from '../instrument/types';
import { messageKey } from './messages';

/** The client's id for one respondent's submission: the same id on every retry makes submit idempotent. */
export const SubmissionIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/, messageKey('submission_id')));

/**
 * Answers are checked against the instrument by `validateAnswers`; here only the envelope. The
 * answers pass as the plain object they are, every key included: valibot's `record` would drop
 * `__proto__` or `constructor` silently, and a refused key must be named, not lost.
 */
export const AnswersEnvelopeSchema = v.object({
  submissionId: SubmissionIdSchema,
  language: v.picklist(languages),
  answers: v.custom<Record<string, unknown>>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    messageKey('shape'),
  ),
});

export const DraftQuerySchema = v.object({ submissionId: SubmissionIdSchema });
