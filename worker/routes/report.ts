/**
 * The report model, for report-reader and organiser links.
 */
import { Hono } from 'hono';
import * as v from 'valibot';
import { requireLink } from '../access/middleware';
import { buildReport } from '../analysis';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { validate } from '../http/validate';
import { getInstrument } from '../instrument';
import { readAggregates } from '../store/aggregates';
import { getPartnership } from '../store/partnerships';

const ReportQuerySchema = v.object({ surveyId: v.optional(v.pipe(v.string(), v.uuid())) });

export const reportRoutes = new Hono<AppEnv>()
  .use(requireLink('report', 'organiser'))
  .get('/', validate('query', ReportQuerySchema), async (c) => {
    const link = c.get('link');
    const db = c.get('db');
    const found = await getPartnership(db, link.partnershipId);
    if (!found) throw new Error(`link ${link.id} points at a missing partnership`);
    const wanted = c.req.valid('query').surveyId ?? link.surveyId;
    const survey = wanted ? found.surveys.find((s) => s.id === wanted) : found.surveys.at(-1);
    if (!survey) {
      throw new ApiError(404, 'survey_not_found', { nl: 'Deze samenwerking heeft (nog) geen vragenlijst.', en: 'This partnership has no survey (yet).' });
    }
    const instrument = getInstrument(survey.instrumentVersion);
    if (!instrument) throw new Error(`survey ${survey.id} uses unknown instrument version ${survey.instrumentVersion}`);
    const stats = new Map<string, Map<string, { respondents: number; stats: Record<string, number> }>>();
    for (const row of await readAggregates(db, survey.id)) {
      const byGroup = stats.get(row.partnerId) ?? new Map();
      byGroup.set(row.groupKey, { respondents: row.respondents, stats: row.stats });
      stats.set(row.partnerId, byGroup);
    }
    const report = buildReport({
      instrument,
      sections: survey.sections,
      minGroupSize: survey.minGroupSize,
      partners: found.partners,
      stats,
    });
    return c.json({
      partnership: { name: found.partnership.name, challenge: found.partnership.challenge },
      survey: { id: survey.id, title: survey.title, instrumentVersion: survey.instrumentVersion, sections: survey.sections },
      report,
    });
  });
