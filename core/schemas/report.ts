/** Query schemas of the report's views: the survey (latest by default), a pair, one partner. */
import * as v from 'valibot';

const surveyId = v.optional(v.pipe(v.string(), v.uuid()));
const partnerId = v.pipe(v.string(), v.uuid());

export const ReportQuerySchema = v.object({ surveyId });
export const PairQuerySchema = v.object({ surveyId, a: partnerId, b: partnerId });
export const PartnerQuerySchema = v.object({ surveyId, partnerId });
