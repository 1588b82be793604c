/**
 * Organiser routes: the partnership overview and its English texts, its surveys (create, settings, close and reopen,
 * progress, export, deletion) and its capability links (issue, revoke, re-issue). Only an organiser
 * link opens them, and every id in a request must belong to that link's partnership: anything else
 * answers 404, exactly like an id that does not exist.
 */

import type { Context } from 'hono';
import { Hono } from 'hono';
import * as v from 'valibot';
import { effectiveMinGroupSize } from '../../core/confidentiality';
import { toCsv } from '../../core/csv';
import { currentInstrument, getInstrument } from '../../core/instrument';
import { LinkIdParamSchema, NewLinksSchema } from '../../core/schemas/links';
import {
  DeleteResponsesSchema,
  ExportQuerySchema,
  NewSurveySchema,
  SurveyIdParamSchema,
  SurveySettingsSchema,
} from '../../core/schemas/organiser';
import { EnglishTextsSchema } from '../../core/schemas/partnership';
import { requireLink } from '../access/middleware';
import type { AppEnv } from '../env';
import { buildResponsesExport } from '../export/responses';
import { ApiError } from '../http/errors';
import { invalidRequest, validate } from '../http/validate';
import { today } from '../store/db';
import { readSurveyResponses, surveyHasResponses } from '../store/export';
import { issueLinks, listLinks, reissueLink, revokeLink } from '../store/links';
import {
  createSurvey,
  findPartnerInPartnership,
  findSurveyInPartnership,
  getPartnership,
  type Survey,
  setSurveyStatus,
  surveyIsOpen,
  updateEnglishTexts,
  updateSurveySettings,
} from '../store/partnerships';
import { surveyProgress } from '../store/progress';
import { deleteSurveyResponses } from '../store/retention';

const notInPartnership = () =>
  new ApiError(404, 'not_in_partnership', {
    nl: 'Deze vragenlijst, partner of link hoort niet bij uw samenwerking.',
    en: 'This survey, partner or link is not part of your partnership.',
  });

const cannotChangeOwnLink = () =>
  new ApiError(409, 'cannot_revoke_own_link', {
    nl: 'U kunt de link waarmee u nu werkt niet zelf intrekken.',
    en: 'You cannot revoke the link you are using right now.',
  });

/** The survey named in the path, only when it belongs to the organiser's partnership. */
async function ownSurvey(c: Context<AppEnv>, surveyId: string): Promise<Survey> {
  const survey = await findSurveyInPartnership(c.get('db'), c.get('link').partnershipId, surveyId);
  if (!survey) throw notInPartnership();
  return survey;
}

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

export const organiserRoutes = new Hono<AppEnv>()
  .use(requireLink('organiser'))
  .get('/', async (c) => {
    const link = c.get('link');
    const db = c.get('db');
    const [found, links] = await Promise.all([getPartnership(db, link.partnershipId), listLinks(db, link.partnershipId)]);
    if (!found) throw new Error(`organiser link ${link.id} points at a missing partnership`);
    return c.json({ ...found, surveys: found.surveys.map(surveyView), links, ownLinkId: link.id });
  })
  // Both texts at once, as the form has them: a text left out or empty is removed.
  .put('/english-texts', validate('json', EnglishTextsSchema), async (c) => {
    const partnership = await updateEnglishTexts(c.get('db'), c.get('link').partnershipId, c.req.valid('json'));
    return c.json({ partnership });
  })
  .post('/surveys', validate('json', NewSurveySchema), async (c) => {
    const survey = await createSurvey(c.get('db'), c.get('link').partnershipId, c.req.valid('json'), currentInstrument.version);
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
    return c.json({ survey: surveyView(await updateSurveySettings(c.get('db'), survey.id, settings)) });
  })
  .post('/surveys/:surveyId/close', validate('param', SurveyIdParamSchema), async (c) => {
    const survey = await ownSurvey(c, c.req.valid('param').surveyId);
    return c.json({ survey: surveyView(await setSurveyStatus(c.get('db'), survey.id, 'closed')) });
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
    return c.json({ survey: surveyView(await setSurveyStatus(c.get('db'), survey.id, 'open')) });
  })
  .get('/surveys/:surveyId/progress', validate('param', SurveyIdParamSchema), async (c) => {
    const survey = await ownSurvey(c, c.req.valid('param').surveyId);
    const found = await getPartnership(c.get('db'), survey.partnershipId);
    return c.json({ surveyId: survey.id, partners: await surveyProgress(c.get('db'), survey.id, found?.partners ?? []) });
  })
  .get('/surveys/:surveyId/export', validate('param', SurveyIdParamSchema), validate('query', ExportQuerySchema), async (c) => {
    const survey = await ownSurvey(c, c.req.valid('param').surveyId);
    const language = c.req.valid('query').lang;
    const instrument = getInstrument(survey.instrumentVersion);
    if (!instrument) throw new Error(`survey ${survey.id} uses unknown instrument version ${survey.instrumentVersion}`);
    const [found, stored] = await Promise.all([
      getPartnership(c.get('db'), survey.partnershipId),
      readSurveyResponses(c.get('db'), survey.id),
    ]);
    const exported = buildResponsesExport({
      instrument,
      sections: survey.sections,
      minGroupSize: survey.minGroupSize,
      partners: found?.partners ?? [],
      responses: stored,
      language,
    });
    const fileName = `samenwaarde-${language === 'nl' ? 'antwoorden' : 'responses'}-${today()}.csv`;
    return c.body(toCsv(exported.header, exported.rows), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
      'x-excluded-partners': String(exported.excludedPartnerIds.length),
    });
  })
  .delete('/surveys/:surveyId/responses', validate('param', SurveyIdParamSchema), validate('json', DeleteResponsesSchema), async (c) => {
    const survey = await ownSurvey(c, c.req.valid('param').surveyId);
    if (c.req.valid('json').confirm !== survey.title.trim()) {
      throw new ApiError(400, 'confirmation_mismatch', {
        nl: 'Typ de titel van de vragenlijst precies over om het verwijderen te bevestigen.',
        en: 'Type the survey title exactly to confirm the deletion.',
      });
    }
    const deleted = await deleteSurveyResponses(c.get('db'), survey.id);
    return c.json({ deleted: true as const, responses: deleted.responses });
  })
  .post('/links', validate('json', NewLinksSchema), async (c) => {
    const link = c.get('link');
    const db = c.get('db');
    const body = c.req.valid('json');
    // Every id in the body must belong to this organiser's partnership.
    if (body.surveyId && !(await findSurveyInPartnership(db, link.partnershipId, body.surveyId))) throw notInPartnership();
    if (body.partnerId && !(await findPartnerInPartnership(db, link.partnershipId, body.partnerId))) throw notInPartnership();
    const issued = await issueLinks(
      db,
      {
        scope: body.scope,
        partnershipId: link.partnershipId,
        surveyId: body.surveyId,
        partnerId: body.partnerId,
        label: body.label,
        maxUses: body.maxUses,
      },
      body.count,
    );
    return c.json(
      {
        links: issued.map((l) => ({
          id: l.id,
          secret: l.secret,
          scope: l.row.scope,
          surveyId: l.row.surveyId ?? null,
          partnerId: l.row.partnerId ?? null,
          label: l.row.label ?? null,
          maxUses: l.row.maxUses ?? null,
        })),
      },
      201,
    );
  })
  .post('/links/:id/revoke', validate('param', LinkIdParamSchema), async (c) => {
    const link = c.get('link');
    const { id } = c.req.valid('param');
    if (id === link.id) throw cannotChangeOwnLink();
    if (!(await revokeLink(c.get('db'), link.partnershipId, id))) throw notInPartnership();
    return c.json({ revoked: true as const });
  })
  .post('/links/:id/reissue', validate('param', LinkIdParamSchema), async (c) => {
    const link = c.get('link');
    const { id } = c.req.valid('param');
    // Re-issuing revokes: the organiser would lock themselves out with their own link.
    if (id === link.id) throw cannotChangeOwnLink();
    const result = await reissueLink(c.get('db'), link.partnershipId, id);
    if (result.outcome === 'not_found') throw notInPartnership();
    if (result.outcome === 'revoked') {
      throw new ApiError(409, 'link_revoked', {
        nl: 'Deze link is al ingetrokken. Maak een nieuwe link.',
        en: 'This link has already been revoked. Create a new link.',
      });
    }
    if (result.outcome === 'used') {
      throw new ApiError(409, 'link_used', {
        nl: 'Met deze persoonlijke link is al geantwoord. Een nieuwe zou iemand twee keer laten antwoorden.',
        en: 'This personal link has already been used. A new one would let someone answer twice.',
      });
    }
    const row = result.link.row;
    return c.json(
      {
        link: {
          id: result.link.id,
          secret: result.link.secret,
          scope: row.scope,
          surveyId: row.surveyId ?? null,
          partnerId: row.partnerId ?? null,
          label: row.label ?? null,
          maxUses: row.maxUses ?? null,
        },
        replaces: id,
      },
      201,
    );
  });
