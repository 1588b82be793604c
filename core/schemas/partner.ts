/**
 * The partner contact's request bodies: the organisation's stated facts for one survey. The facts
 * themselves are checked against the survey's facts form by `validateFacts`; here only the envelope,
 * with the answers passed on as the plain object they are (see AnswersEnvelopeSchema).
 */
import * as v from 'valibot';
import { messageKey } from './messages';

export const FactsBodySchema = v.object({
  surveyId: v.pipe(v.string(), v.uuid()),
  answers: v.custom<Record<string, unknown>>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    messageKey('shape'),
  ),
});
