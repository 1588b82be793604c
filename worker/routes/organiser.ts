/**
 * Organiser routes: the partnership overview and its English texts, its surveys (create, settings,
 * close and reopen, progress, preview, deletion) and, from organiser-links.ts, its capability links
 * and the audit list. Only an organiser link opens them, and every id in a request must belong to
 * that link's partnership: anything else answers 404, exactly like an id that does not exist.
 * Organisers see live counts (responses per partner and day, uses per link), never answers: the
 * figures are the report's, from its releases. Every change is recorded in the audit list with the
 * organiser link that made it.
 */

import type { Context } from 'hono';
import { Hono } from 'hono';
import * as v from 'valibot';
import { effectiveMinGroupSize } from '../../core/confidentiality';
import { currentInstrument, getInstrument } from '../../core/instrument';
import {
  DeleteResponsesSchema,
  NewSurveySchema,
  PreviewQuerySchema,
  SurveyIdParamSchema,
  SurveySettingsSchema,
} from '../../core/schemas/organiser';
import { EnglishTextsSchema } from '../../core/schemas/partnership';
import { requireLink } from '../access/middleware';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { invalidRequest, validate } from '../http/validate';
import { mailSetup } from '../mail/mailer';
import { today } from '../store/db';
import { listLinks } from '../store/links';
import {
  createSurvey,
  getPartnership,
  type Survey,
  setSurveyStatus,
  surveyIsOpen,
  updateEnglishTexts,
  updateSurveySettings,
} from '../store/partnerships';
import { surveyProgress } from '../store/progress';
import { currentRelease, releaseSubject } from '../store/releases';
import { surveyHasResponses } from '../store/responses';
import { deleteSurveyResponses } from '../store/retention';
import { notInPartnership, organiserLinkRoutes, ownSurvey } from './organiser-links';
import { organiserMailRoutes } from './organiser-mail';
import { surveyContextView } from './respond';

/** The organiser link that acts, for the audit list. */
const actorOf = (c: Context<AppEnv>) => ({ partnershipId: c.get('link').partnershipId, linkId: c.get('link').id });

/** A survey as the organiser sees it, with whether respondents can answer today. */
const surveyView = (survey: Survey) => ({ ...survey, isOpen: surveyIsOpen(survey) });

/**
 * Checks the order of a survey's days after a change, merged with the days it keeps: the same
 * rules as the settings schema, which cannot see the stored days.
 */
function checkDayOrder(survey: Pick<Survey, 'opensOn' | 'closesOn' | 'retainUntil'>) {
  const days = { opensOn: survey.opensOn, closesOn: survey.closesOn, retainUntil: survey.retainUntil };
  const result = v.safeParse(SurveySettingsSchema, days);
  if (!result.success) throw invalidRequest(result.issues, 'invalid_dates');
}

const surveyRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const link = c.get('link');
    const db = c.get('db');
    const [found, links] = await Promise.all([getPartnership(db, link.partnershipId), listLinks(db, link.partnershipId)]);
    if (!found) throw new Error(`organiser link ${link.id} points at a missing partnership`);
    // Whether this platform sends mail, and (under local development only) where its outbox lists what it would have sent.
    const mail = mailSetup(c.env);
    return c.json({
      ...found,
      surveys: found.surveys.map(surveyView),
      links,
      ownLinkId: link.id,
      mail: { sending: mail !== undefined, outbox: mail?.outbox ?? null },
    });
  })
  // Both texts at once, as the form has them: a text left out or empty is removed.
  .put('/english-texts', validate('json', EnglishTextsSchema), async (c) => {
    const partnership = await updateEnglishTexts(c.get('db'), c.get('link').partnershipId, c.req.valid('json'));
    return c.json({ partnership });
  })
  .post('/surveys', validate('json', NewSurveySchema), async (c) => {
    const survey = await createSurvey(c.get('db'), actorOf(c), c.req.valid('json'), currentInstrument.version);
    return c.json({ survey: surveyView(survey) }, 201);
  })
  .patch('/surveys/:surveyId', validate('param', SurveyIdParamSchema), validate('json', SurveySettingsSchema), async (c) => {
    const survey = await ownSurvey(c, c.req.valid('param').surveyId);
    const changes = c.req.valid('json');
    if (
      changes.minGroupSize !== undefined &&
      changes.minGroupSize < survey.minGroupSize &&
      (await surveyHasResponses(c.get('db'), survey.id))
    ) {
      // Respondents answered under the threshold they were shown: it may go up, never down.
      const promised = effectiveMinGroupSize(survey.minGroupSize);
      throw new ApiError(409, 'threshold_fixed', {
        nl: `Er zijn al antwoorden binnen onder de belofte dat groepen kleiner dan ${promised} niet getoond worden. De drempel kan nu alleen nog omhoog.`,
        en: `Responses have come in under the promise that groups smaller than ${promised} are not shown. The threshold can now only go up.`,
      });
    }
    const settings = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    checkDayOrder({ ...survey, ...settings });
    return c.json({ survey: surveyView(await updateSurveySettings(c.get('db'), actorOf(c), survey.id, settings)) });
  })
  .post('/surveys/:surveyId/close', validate('param', SurveyIdParamSchema), async (c) => {
    const survey = await ownSurvey(c, c.req.valid('param').surveyId);
    const closed = await setSurveyStatus(c.get('db'), actorOf(c), survey.id, 'closed');
    // The release at the close: whatever may move now does, so the report is dated at the close.
    const found = await getPartnership(c.get('db'), closed.partnershipId);
    await currentRelease(c.get('db'), releaseSubject(closed, found?.partners ?? []));
    return c.json({ survey: surveyView(closed) });
  })
  .post('/surveys/:surveyId/reopen', validate('param', SurveyIdParamSchema), async (c) => {
    const survey = await ownSurvey(c, c.req.valid('param').surveyId);
    const day = today();
    if ((survey.closesOn && survey.closesOn < day) || (survey.retainUntil && survey.retainUntil < day)) {
      throw new ApiError(409, 'dates_passed', {
        nl: 'De sluitingsdatum (of bewaartermijn) is voorbij. Zet eerst een latere datum en heropen dan.',
        en: 'The closing date (or retention date) has passed. Set a later date first, then reopen.',
      });
    }
    return c.json({ survey: surveyView(await setSurveyStatus(c.get('db'), actorOf(c), survey.id, 'open')) });
  })
  .get('/surveys/:surveyId/progress', validate('param', SurveyIdParamSchema), async (c) => {
    const survey = await ownSurvey(c, c.req.valid('param').surveyId);
    const found = await getPartnership(c.get('db'), survey.partnershipId);
    return c.json({ surveyId: survey.id, partners: await surveyProgress(c.get('db'), survey.id, found?.partners ?? []) });
  })
  .get('/surveys/:surveyId/preview', validate('param', SurveyIdParamSchema), validate('query', PreviewQuerySchema), async (c) => {
    const survey = await ownSurvey(c, c.req.valid('param').surveyId);
    const found = await getPartnership(c.get('db'), survey.partnershipId);
    const partner = found?.partners.find((p) => p.id === c.req.valid('query').partnerId);
    const instrument = getInstrument(survey.instrumentVersion);
    if (!found || !partner) throw notInPartnership();
    if (!instrument) throw new Error(`survey ${survey.id} uses unknown instrument version ${survey.instrumentVersion}`);
    // Always open and never single-use: the preview shows every screen and stores nothing.
    return c.json(
      surveyContextView({
        state: 'open',
        singleUse: false,
        partnership: found.partnership,
        partner,
        otherPartners: found.partners.filter((p) => p.id !== partner.id),
        survey,
        instrument,
      }),
    );
  })
  .delete('/surveys/:surveyId/responses', validate('param', SurveyIdParamSchema), validate('json', DeleteResponsesSchema), async (c) => {
    const survey = await ownSurvey(c, c.req.valid('param').surveyId);
    if (c.req.valid('json').confirm !== survey.title.trim()) {
      throw new ApiError(400, 'confirmation_mismatch', {
        nl: 'Typ de titel van de vragenlijst precies over om het verwijderen te bevestigen.',
        en: 'Type the survey title exactly to confirm the deletion.',
      });
    }
    const deleted = await deleteSurveyResponses(c.get('db'), actorOf(c), survey.id);
    return c.json({ deleted: true as const, responses: deleted.responses });
  });

export const organiserRoutes = new Hono<AppEnv>()
  .use(requireLink('organiser'))
  .route('/', surveyRoutes)
  .route('/', organiserLinkRoutes)
  .route('/', organiserMailRoutes);
