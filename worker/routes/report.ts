/**
 * The report, for report-reader and organiser links: the overview (`/`), one pair's comparisons
 * (`/pair`), one partner's breakdowns (`/breakdowns`) and the free-text sample (`/comments`). Each
 * reads a number of rows set by partners and groups, never by respondents; the analysis itself is
 * the pure `worker/analysis` module.
 */
import { type Context, Hono } from 'hono';
import { commentsAllowed, commentsMinRespondents, effectiveMinGroupSize } from '../../core/confidentiality';
import { getInstrument, surveyItems } from '../../core/instrument';
import { PairQuerySchema, PartnerQuerySchema, ReportQuerySchema } from '../../core/schemas/report';
import { requireLink } from '../access/middleware';
import { buildBreakdowns, buildPairDetail, buildReport, type GroupAggregate, type ReportInput } from '../analysis';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { validate } from '../http/validate';
import { type AggregateRow, partnerGroupsQuery, partnerRespondentsQuery, partnerTotalsQuery } from '../store/aggregates';
import { readCommentSamples } from '../store/comments';
import { getPartnership, surveyIsOpen } from '../store/partnerships';

const notShown = () =>
  new ApiError(404, 'not_shown', {
    nl: 'Over deze partner(s) is (nog) niets te tonen: te weinig reacties.',
    en: 'Nothing can be shown about this partner (or these partners) yet: not enough responses.',
  });

/** The link's partnership and the asked (or latest) survey with its instrument. */
async function reportSurvey(c: Context<AppEnv>, wanted: string | undefined) {
  const link = c.get('link');
  const db = c.get('db');
  const found = await getPartnership(db, link.partnershipId);
  if (!found) throw new Error(`link ${link.id} points at a missing partnership`);
  const id = wanted ?? link.surveyId;
  const survey = id ? found.surveys.find((s) => s.id === id) : found.surveys.at(-1);
  if (!survey) {
    throw new ApiError(404, 'survey_not_found', {
      nl: 'Deze samenwerking heeft (nog) geen vragenlijst.',
      en: 'This partnership has no survey (yet).',
    });
  }
  const instrument = getInstrument(survey.instrumentVersion);
  if (!instrument) throw new Error(`survey ${survey.id} uses unknown instrument version ${survey.instrumentVersion}`);
  return { db, ...found, survey, instrument };
}

type Found = Awaited<ReturnType<typeof reportSurvey>>;

/** The analysis input from aggregate rows. */
function reportInput(found: Found, rows: readonly AggregateRow[]): ReportInput {
  const stats = new Map<string, Map<string, GroupAggregate>>();
  for (const row of rows) {
    const byGroup = stats.get(row.partnerId) ?? new Map<string, GroupAggregate>();
    byGroup.set(row.groupKey, { respondents: row.respondents, stats: row.stats });
    stats.set(row.partnerId, byGroup);
  }
  return {
    instrument: found.instrument,
    sections: found.survey.sections,
    minGroupSize: found.survey.minGroupSize,
    partners: found.partners,
    stats,
  };
}

const surveyHeader = (found: Found) => ({
  partnership: { name: found.partnership.name, challenge: found.partnership.challenge },
  survey: {
    id: found.survey.id,
    title: found.survey.title,
    instrumentVersion: found.survey.instrumentVersion,
    sections: found.survey.sections,
    // Days only (YYYY-MM-DD); the page says them in the reader's language.
    isOpen: surveyIsOpen(found.survey),
    opensOn: found.survey.opensOn,
    closesOn: found.survey.closesOn,
  },
});

const partnerIdsOf = (found: Found) => found.partners.map((p) => p.id);

export const reportRoutes = new Hono<AppEnv>()
  .use(requireLink('report', 'organiser'))
  .get('/', validate('query', ReportQuerySchema), async (c) => {
    const found = await reportSurvey(c, c.req.valid('query').surveyId);
    const rows = await partnerTotalsQuery(found.db, found.survey.id, partnerIdsOf(found));
    // `access` lets the page offer what only an organiser may do (the responses CSV) without probing.
    const access = c.get('link').scope === 'organiser' ? ('organiser' as const) : ('report' as const);
    return c.json({ ...surveyHeader(found), access, report: buildReport(reportInput(found, rows)) });
  })
  .get('/pair', validate('query', PairQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const found = await reportSurvey(c, query.surveyId);
    // Every partner's row, not only the pair's: a verdict allows for every comparison of the report.
    const rows = await partnerTotalsQuery(found.db, found.survey.id, partnerIdsOf(found));
    const pair = buildPairDetail(reportInput(found, rows), query.a, query.b);
    if (!pair) throw notShown();
    return c.json({ ...surveyHeader(found), pair });
  })
  .get('/breakdowns', validate('query', PartnerQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const found = await reportSurvey(c, query.surveyId);
    const rows = await partnerGroupsQuery(found.db, found.survey.id, query.partnerId);
    const breakdowns = buildBreakdowns(reportInput(found, rows), query.partnerId);
    if (!breakdowns) throw notShown();
    return c.json({ ...surveyHeader(found), breakdowns });
  })
  .get('/comments', validate('query', ReportQuerySchema), async (c) => {
    const found = await reportSurvey(c, c.req.valid('query').surveyId);
    const k = effectiveMinGroupSize(found.survey.minGroupSize);
    const respondents = await partnerRespondentsQuery(found.db, found.survey.id, partnerIdsOf(found));
    const eligible = found.partners
      .filter((p) => commentsAllowed(respondents.find((r) => r.partnerId === p.id)?.respondents ?? 0, k))
      .map((p) => p.id);
    const textItems = surveyItems(found.instrument, found.survey.sections)
      .filter((item) => item.format === 'text')
      .map((item) => item.id);
    const samples = eligible.length === 0 ? [] : await readCommentSamples(found.db, found.survey.id, eligible, textItems);
    return c.json({
      ...surveyHeader(found),
      comments: {
        minRespondents: commentsMinRespondents(k),
        byPartner: eligible.map((id) => ({
          partnerId: id,
          items: samples.filter((s) => s.partnerId === id).map(({ itemId, bodies }) => ({ itemId, comments: bodies })),
        })),
      },
    });
  });
