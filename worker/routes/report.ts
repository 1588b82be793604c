/**
 * The report, for report-reader, lead and organiser links: the overview (`/`: what the page shows
 * first), the rest of the report's figures (`/figures`), one pair's comparisons and how their
 * propositions fit (`/pair`), one partner's value proposition (`/partner`), one partner's
 * breakdowns (`/breakdowns`), the free-text sample (`/comments`), the figures export (`/export`)
 * and the change between two waves (`/change`; one partner's in full: `/change/partner`). A link
 * reads the waves `readableWaves` allows. Every view reads a wave's latest *release* (made first
 * when the ratchet lets figures move), never the live aggregates, and says which release it is.
 * Each reads a number of rows set by partners and groups, never by respondents (the overview, the
 * figures and a partner's card none of the counters when this isolate kept the release's model,
 * and the overview none either when another isolate stored it: `releaseOverview`);
 * the analysis itself is the pure `worker/analysis` module.
 */
import { type Context, Hono } from 'hono';
import { commentsAllowed, commentsMinRespondents, partnerVisibility } from '../../core/confidentiality';
import { getInstrument } from '../../core/instrument';
import { agreementScopes, reportScopes } from '../../core/links';
import { ExportQuerySchema } from '../../core/schemas/organiser';
import {
  ChangePartnerQuerySchema,
  ChangeQuerySchema,
  PairQuerySchema,
  PartnerQuerySchema,
  ReportQuerySchema,
} from '../../core/schemas/report';
import { requireLink } from '../access/middleware';
import { type LinkPartnership, linkPartnership, readableWave, waveNotFound, waveSummary } from '../access/waves';
import {
  buildBreakdowns,
  buildPairDetail,
  buildPartnerCard,
  buildReport,
  type GroupAggregate,
  type Report,
  type ReportInput,
} from '../analysis';
import { buildChange, buildPartnerChange } from '../analysis/change';
import { type ReportOverview, reportFigures, reportOverview } from '../analysis/overview';
import { ALL_GROUP } from '../analysis/stats';
import type { AppEnv } from '../env';
import { figuresCsv, figuresExport } from '../export/figures';
import { ApiError } from '../http/errors';
import { validate } from '../http/validate';
import { auditRow } from '../store/audit';
import { readCommentSamples } from '../store/comments';
import { today } from '../store/db';
import { readFacts } from '../store/facts';
import { uncappedOpenLinks } from '../store/links';
import { surveyIsOpen } from '../store/partnerships';
import { currentRelease, type ReleaseState, type RowsWanted, readRelease, releaseSubject } from '../store/releases';
import { readStoredOverview, storeOverview } from '../store/report-overviews';
import { keepModel, keptModel, modelKey } from './report-cache';

const notShown = () =>
  new ApiError(404, 'not_shown', {
    nl: 'Over deze partner(s) is (nog) niets te tonen: te weinig reacties.',
    en: 'Nothing can be shown about this partner (or these partners) yet: not enough responses.',
  });

/**
 * A wave the link may read (the latest it may read by default), with its current release: made first
 * when the ratchet lets figures move. Any other survey id answers as one that does not exist.
 */
async function openWave(found: LinkPartnership, wanted: string | undefined, rows?: RowsWanted) {
  const survey = readableWave(found, wanted);
  const instrument = getInstrument(survey.instrumentVersion);
  if (!instrument) throw new Error(`survey ${survey.id} uses unknown instrument version ${survey.instrumentVersion}`);
  const subject = releaseSubject(survey, found.partners);
  const [release, uncapped, facts] = await Promise.all([
    currentRelease(found.db, subject, rows),
    uncappedOpenLinks(found.db, survey.id),
    instrument.facts ? readFacts(found.db, survey.id) : new Map(),
  ]);
  return { ...found, survey, instrument, subject, release, uncapped, facts };
}

/** The wave a report view reads (see `openWave`). */
async function reportSurvey(c: Context<AppEnv>, wanted: string | undefined, rows?: RowsWanted) {
  return openWave(await linkPartnership(c), wanted, rows);
}

type Found = Awaited<ReturnType<typeof reportSurvey>>;

/** The analysis input from the release's rows (those the route read). */
function reportInput(found: Found): ReportInput {
  const stats = new Map<string, Map<string, GroupAggregate>>();
  for (const row of found.release.rows) {
    const byGroup = stats.get(row.partnerId) ?? new Map<string, GroupAggregate>();
    byGroup.set(row.groupKey, { respondents: row.respondents, stats: row.stats });
    stats.set(row.partnerId, byGroup);
  }
  return {
    instrument: found.instrument,
    sections: found.survey.sections,
    minGroupSize: found.survey.minGroupSize,
    partners: found.partners.map((p) => ({
      id: p.id,
      name: p.name,
      shownAsOrganisation: p.shownAsOrganisation,
      expectedStaff: p.expectedStaff,
      uncappedOpenLinks: found.uncapped.get(p.id) ?? 0,
    })),
    stats,
    collaborationFunction: found.partnership.collaborationFunction,
    facts: found.facts,
  };
}

/** The key of the model of the release `read` is about (report-cache.ts). */
const keyOf = (read: Found, input: ReportInput) => modelKey(read.survey.id, read.release.header?.sequence ?? 0, input);

/**
 * The model of the release `found` is about: the one this isolate kept (report-cache.ts), or built
 * (`buildModel`).
 */
async function releaseModel(found: Found, rowsRead = false): Promise<{ found: Found; input: ReportInput; report: Report }> {
  const input = reportInput(found);
  const kept = keptModel(keyOf(found, input));
  return kept ? { found, input, report: kept } : buildModel(found, rowsRead ? input : undefined);
}

/**
 * Builds the model of the release `found` is about from the release's `all` rows, and keeps it:
 * from `asRead` when `found` read them (`asRead` is their input). When `found` read no rows (the
 * overview, the figures and a partner's card need none once the model is kept), the release is
 * read again with its rows, in one batch, and that read is returned with the model: the figures
 * and the release line are then of one release, even when another reader made a new one in between.
 */
async function buildModel(found: Found, asRead?: ReportInput): Promise<{ found: Found; input: ReportInput; report: Report; key: string }> {
  const read = asRead ? found : { ...found, release: await readRelease(found.db, found.survey.id, { groupKey: ALL_GROUP }) };
  const input = asRead ?? reportInput(read);
  const report = buildReport(input);
  const key = keyOf(read, input);
  keepModel(key, report);
  return { found: read, input, report, key };
}

/**
 * The overview of the release `found` is about: cut from the model this isolate kept; else, in an
 * isolate that has not built it, the one stored in D1 when its key is this read's (the model's
 * inputs are the same, so the overview is); else cut from a model built now, and stored for the
 * isolates that have not built it. Parsing a release's rows and the analysis run once per release
 * and key, not once per isolate (docs/scaling.md).
 */
async function releaseOverview(found: Found): Promise<{ found: Found; overview: ReportOverview }> {
  const key = keyOf(found, reportInput(found));
  const kept = keptModel(key);
  if (kept) return { found, overview: reportOverview(kept) };
  const stored = await readStoredOverview(found.db, found.survey.id);
  if (stored?.modelKey === key) return { found, overview: JSON.parse(stored.body) as ReportOverview };
  const built = await buildModel(found);
  const overview = reportOverview(built.report);
  const sequence = built.found.release.header?.sequence ?? 0;
  await storeOverview(found.db, { surveyId: found.survey.id, sequence, modelKey: built.key, body: JSON.stringify(overview) });
  return { found: built.found, overview };
}

/**
 * Which release the reader sees, and how many responses of the partners it shows are not in its
 * figures yet (counts only; partners not shown get no count at all).
 */
export function releaseInfo(release: ReleaseState, found: Pick<Found, 'partners' | 'subject' | 'survey'>) {
  let notYetIncluded = 0;
  for (const partner of found.partners) {
    const released = release.partners.find((r) => r.partnerId === partner.id)?.respondents ?? 0;
    const visibility = partnerVisibility({ shownAsOrganisation: partner.shownAsOrganisation, respondents: released }, found.subject.k);
    if (visibility.status === 'shown') notYetIncluded += (release.live.get(partner.id) ?? released) - released;
  }
  return {
    sequence: release.header?.sequence ?? 0,
    releasedOn: release.header?.releasedOn ?? null,
    deleted: release.header?.kind === 'deleted',
    notYetIncluded,
    surveyOpen: surveyIsOpen(found.survey),
  };
}

/**
 * What every report view starts with: the partnership and its context (its function, the point on
 * its horizon and the sectors its partners come from: what the findings are read against) and the
 * survey. Sectors go without partner names: a partner is named only where the report may say
 * something about it.
 */
const surveyHeader = (found: Found) => ({
  partnership: {
    // English only where the organiser gave it (as for respondents): the page shows the Dutch, marked as Dutch, otherwise.
    name: { nl: found.partnership.name, en: found.partnership.nameEn },
    challenge: { nl: found.partnership.challenge, en: found.partnership.challengeEn },
    collaborationFunction: found.partnership.collaborationFunction,
    horizon: found.partnership.horizon,
    sectors: [...new Set(found.partners.map((p) => p.sector))],
  },
  survey: { ...waveSummary(found.survey), sections: found.survey.sections },
  release: releaseInfo(found.release, found),
});

/**
 * The earlier wave `from` and the later wave `to`, both readable by the link and in that order, each
 * with its own release.
 */
async function changeWaves(c: Context<AppEnv>, query: { from: string; to: string }) {
  const found = await linkPartnership(c);
  const [from, to] = [found.waves.findIndex((s) => s.id === query.from), found.waves.findIndex((s) => s.id === query.to)];
  if (from < 0 || to < 0) throw waveNotFound();
  if (from >= to) {
    throw new ApiError(400, 'change_order', {
      nl: 'Vergelijk een eerdere meting (van) met een latere (tot): kies twee verschillende metingen, de eerdere eerst.',
      en: 'Compare an earlier wave (from) with a later one (to): choose two different waves, the earlier first.',
    });
  }
  // Each wave's `all` rows: the change reads no breakdown.
  const [before, after] = await Promise.all([
    openWave(found, query.from, { groupKey: ALL_GROUP }),
    openWave(found, query.to, { groupKey: ALL_GROUP }),
  ]);
  return { before, after, header: { before: surveyHeader(before), after: surveyHeader(after) } };
}

export const reportRoutes = new Hono<AppEnv>()
  .use(requireLink(...reportScopes))
  // What the page shows first (analysis/overview.ts); the rest of the model is `/figures`.
  .get('/', validate('query', ReportQuerySchema), async (c) => {
    const { found, overview } = await releaseOverview(await reportSurvey(c, c.req.valid('query').surveyId, { partnerIds: [] }));
    return c.json({
      ...surveyHeader(found),
      // The waves this link may read, in order: the page names the one it shows and offers the others.
      waves: found.waves.map(waveSummary),
      reader: { recordsAgreements: (agreementScopes as readonly string[]).includes(found.link.scope) },
      report: overview,
    });
  })
  .get('/figures', validate('query', ReportQuerySchema), async (c) => {
    const { found, report } = await releaseModel(await reportSurvey(c, c.req.valid('query').surveyId, { partnerIds: [] }));
    return c.json({ ...surveyHeader(found), figures: reportFigures(report) });
  })
  // The change between two waves: each wave's figures from its own release under its own rules.
  .get('/change', validate('query', ChangeQuerySchema), async (c) => {
    const { before, after, header } = await changeWaves(c, c.req.valid('query'));
    return c.json({ ...header, change: buildChange(reportInput(before), reportInput(after)) });
  })
  .get('/change/partner', validate('query', ChangePartnerQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const { before, after, header } = await changeWaves(c, query);
    const detail = buildPartnerChange(reportInput(before), reportInput(after), query.partnerId);
    if (!detail) throw notShown();
    return c.json({ ...header, detail });
  })
  .get('/pair', validate('query', PairQuerySchema), async (c) => {
    const query = c.req.valid('query');
    // Every partner's `all` row, not only the pair's: a verdict allows for every comparison of the report.
    const { found, input, report } = await releaseModel(await reportSurvey(c, query.surveyId, { groupKey: ALL_GROUP }), true);
    const pair = buildPairDetail(input, query.a, query.b, report);
    if (!pair) throw notShown();
    return c.json({ ...surveyHeader(found), pair });
  })
  .get('/partner', validate('query', PartnerQuerySchema), async (c) => {
    const query = c.req.valid('query');
    // The whole model: the card says who covers its wants and where it rubs with whom.
    const { found, input, report } = await releaseModel(await reportSurvey(c, query.surveyId, { partnerIds: [] }));
    const card = buildPartnerCard(input, query.partnerId, report);
    if (!card) throw notShown();
    return c.json({ ...surveyHeader(found), card });
  })
  .get('/breakdowns', validate('query', PartnerQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const found = await reportSurvey(c, query.surveyId, { partnerIds: [query.partnerId] });
    const breakdowns = buildBreakdowns(reportInput(found), query.partnerId);
    if (!breakdowns) throw notShown();
    return c.json({ ...surveyHeader(found), breakdowns });
  })
  .get('/comments', validate('query', ReportQuerySchema), async (c) => {
    const found = await reportSurvey(c, c.req.valid('query').surveyId, { partnerIds: [] });
    const k = found.subject.k;
    // Free text of a partner comes from its released cohorts only, once they hold max(10, k) people.
    const cohorts = found.release.partners.filter((r) => commentsAllowed(r.commentRespondents, k));
    const eligible = found.partners.flatMap((p) => {
      const released = cohorts.find((r) => r.partnerId === p.id);
      return released ? [{ partnerId: p.id, cohort: released.commentCohort }] : [];
    });
    const textItems = found.subject.items.filter((item) => item.format === 'text').map((item) => item.id);
    const samples = eligible.length === 0 ? [] : await readCommentSamples(found.db, found.survey.id, eligible, textItems);
    return c.json({
      ...surveyHeader(found),
      comments: {
        minRespondents: commentsMinRespondents(k),
        byPartner: eligible.map(({ partnerId }) => ({
          partnerId,
          items: samples.filter((s) => s.partnerId === partnerId).map(({ itemId, bodies }) => ({ itemId, comments: bodies })),
        })),
      },
    });
  })
  .get('/export', validate('query', ExportQuerySchema), async (c) => {
    const query = c.req.valid('query');
    const found = await reportSurvey(c, query.surveyId);
    const input = reportInput(found);
    const { sequence, releasedOn, notYetIncluded } = releaseInfo(found.release, found);
    const { id, title, instrumentVersion } = found.survey;
    const exported = figuresExport(input, { survey: { id, title, instrumentVersion }, release: { sequence, releasedOn, notYetIncluded } });
    const link = c.get('link');
    // An organiser's export goes in the audit list (that it happened, not what it held).
    if (link.scope === 'organiser')
      await auditRow(found.db, { partnershipId: link.partnershipId, linkId: link.id }, { action: 'exported', surveyId: id });
    const name = `samenwaarde-${query.lang === 'nl' ? 'cijfers' : 'figures'}-${found.release.header?.releasedOn ?? today()}`;
    const headers = { 'content-disposition': `attachment; filename="${name}.${query.format}"`, 'cache-control': 'no-store' };
    if (query.format === 'json') return c.json(exported, 200, headers);
    return c.body(figuresCsv(exported, input, query.lang), 200, { ...headers, 'content-type': 'text/csv; charset=utf-8' });
  });
