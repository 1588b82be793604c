/** Query schemas of the report's views: the survey (latest by default), a pair, one partner, two waves. */
import * as v from 'valibot';

const surveyId = v.optional(v.pipe(v.string(), v.uuid()));
const partnerId = v.pipe(v.string(), v.uuid());
const waveId = v.pipe(v.string(), v.uuid());

export const ReportQuerySchema = v.object({ surveyId });
export const PairQuerySchema = v.object({ surveyId, a: partnerId, b: partnerId });
export const PartnerQuerySchema = v.object({ surveyId, partnerId });

/** Two waves to compare: `from` an earlier wave than `to` (the route checks their order, which only it knows). */
export const ChangeQuerySchema = v.object({ from: waveId, to: waveId });

/** One partner's every change between two waves. */
export const ChangePartnerQuerySchema = v.object({ ...ChangeQuerySchema.entries, partnerId });
