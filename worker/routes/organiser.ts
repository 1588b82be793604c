/**
 * Organiser routes: the partnership overview and its English texts, its surveys (create, settings,
 * close and reopen, progress, deletion) and its capability links (issue, revoke, re-issue). Only an
 * organiser link opens them, and every id in a request must belong to that link's partnership:
 * anything else answers 404, exactly like an id that does not exist. Organisers see live counts
 * (responses per partner and day, uses per link), never answers: the figures are the report's, from
 * its releases.
 */

import type { Context } from 'hono';
import { Hono } from 'hono';
import * as v from 'valibot';
import { effectiveMinGroupSize } from '../../core/confidentiality';
import { currentInstrument } from '../../core/instrument';
import { LinkIdParamSchema, MAX_LINKS_PER_SURVEY, MAX_OTHER_LINKS_PER_PARTNERSHIP, NewLinksSchema } from '../../core/schemas/links';
import { DeleteResponsesSchema, NewSurveySchema, SurveyIdParamSchema, SurveySettingsSchema } from '../../core/schemas/organiser';
import { EnglishTextsSchema } from '../../core/schemas/partnership';
import { requireLink } from '../access/middleware';
import type { AppEnv } from '../env';
import { ApiError, requestLanguage } from '../http/errors';
import { invalidRequest, validate } from '../http/validate';
import { today } from '../store/db';
import { countLinks, issueLinks, linkCapacity, listLinks, openLinkCap, reissueLink, revokeLink } from '../store/links';
import {
  createSurvey,
  findPartnerInPartnership,
  findSurveyInPartnership,
  getPartnership,
  type Partner,
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

const notInPartnership = () =>
  new ApiError(404, 'not_in_partnership', {
    nl: 'Deze vragenlijst, partner of link hoort niet bij uw samenwerking.',
    en: 'This survey, partner or link is not part of your partnership.',
  });

const tooManyLinks = (limit: number) =>
  new ApiError(409, 'too_many_links', {
    nl: `Zoveel links kunnen er niet bij: hoogstens ${limit.toLocaleString('nl-NL')} voor een vragenlijst (of voor de samenwerking zelf). Trek ongebruikte links in als u er meer nodig hebt.`,
    en: `That many links cannot be added: at most ${limit.toLocaleString('en-GB')} for a survey (or for the partnership itself). Revoke unused links if you need more.`,
  });

/** An open link refused because its default cap would be nothing, or cannot be known. */
function noRoomForOpenLink(reason: 'no_room' | 'no_staff_number', partner: Partner) {
  return reason === 'no_room'
    ? new ApiError(409, 'no_room_for_open_link', {
        nl: `De links van ${partner.name} kunnen samen al evenveel antwoorden aan als er medewerkers zijn (${partner.expectedStaff}). Kies zelf een maximum voor de open link, of bewust geen maximum.`,
        en: `${partner.name}'s links can already take as many answers as it has staff (${partner.expectedStaff}). Choose a maximum for the open link yourself, or deliberately none.`,
      })
    : new ApiError(400, 'open_link_cap_needed', {
        nl: `Van ${partner.name} is niet bekend hoeveel medewerkers er zijn. Kies een maximum aantal antwoorden voor de open link, of bewust geen maximum.`,
        en: `${partner.name}'s number of staff is not known. Choose a maximum number of answers for the open link, or deliberately none.`,
      });
}

/** Said with every open link that lets a partner take more answers than it has staff, or any number. */
const paddingWarning = (partner: Partner) => ({
  nl: `Let op: via deze link kunnen meer antwoorden binnenkomen dan ${partner.name} medewerkers heeft (of onbeperkt). Wie er zelf antwoorden bij verzint, kan zo de antwoorden van echte medewerkers herleiden. Iedereen die het rapport leest, ziet hoeveel antwoorden via open links kwamen en dat deze link geen passend maximum heeft.`,
  en: `Note: this link can take more answers than ${partner.name} has staff (or any number). Someone who adds made-up answers could work out real staff's answers that way. Everyone who reads the report sees how many answers came through open links, and that this link has no fitting maximum.`,
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
    const closed = await setSurveyStatus(c.get('db'), survey.id, 'closed');
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
    return c.json({ survey: surveyView(await setSurveyStatus(c.get('db'), survey.id, 'open')) });
  })
  .get('/surveys/:surveyId/progress', validate('param', SurveyIdParamSchema), async (c) => {
    const survey = await ownSurvey(c, c.req.valid('param').surveyId);
    const found = await getPartnership(c.get('db'), survey.partnershipId);
    return c.json({ surveyId: survey.id, partners: await surveyProgress(c.get('db'), survey.id, found?.partners ?? []) });
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
    const partner = body.partnerId ? await findPartnerInPartnership(db, link.partnershipId, body.partnerId) : undefined;
    if (body.partnerId && !partner) throw notInPartnership();
    const respondentLink = body.scope === 'respondent_open' || body.scope === 'respondent_single';
    const limit = respondentLink ? MAX_LINKS_PER_SURVEY : MAX_OTHER_LINKS_PER_PARTNERSHIP;
    if ((await countLinks(db, link.partnershipId, respondentLink ? body.surveyId! : null)) + body.count > limit) throw tooManyLinks(limit);
    let maxUses = body.maxUses ?? null;
    let beyondStaff = false;
    if (body.scope === 'respondent_open') {
      const cap = openLinkCap(body.maxUses, partner!.expectedStaff, await linkCapacity(db, body.surveyId!, partner!.id));
      if (cap.outcome !== 'cap') throw noRoomForOpenLink(cap.outcome, partner!);
      ({ maxUses, beyondStaff } = cap);
    }
    const issued = await issueLinks(
      db,
      {
        scope: body.scope,
        partnershipId: link.partnershipId,
        surveyId: body.surveyId,
        partnerId: body.partnerId,
        label: body.label,
        maxUses,
      },
      body.count,
    );
    return c.json(
      {
        ...(beyondStaff ? { warning: paddingWarning(partner!)[requestLanguage(c)] } : {}),
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
