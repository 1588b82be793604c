/**
 * Respondent routes: what a respondent link opens, background draft saves, and the one submit.
 */

import type { Context } from 'hono';
import { Hono } from 'hono';
import { effectiveMinGroupSize } from '../../core/confidentiality';
import { getInstrument, surveyItems } from '../../core/instrument';
import type { Instrument } from '../../core/instrument/types';
import { validateAnswers } from '../../core/instrument/validate';
import { AnswersEnvelopeSchema, DraftQuerySchema } from '../../core/schemas/respond';
import { requireRespondentLink } from '../access/middleware';
import type { AppEnv } from '../env';
import { ApiError, invalidAnswers } from '../http/errors';
import { validate } from '../http/validate';
import { foldAfterSubmit } from '../store/fold';
import { type Partner, type Partnership, type Survey, surveyIsOpen } from '../store/partnerships';
import { partnersOf } from '../store/respondent-link';
import { draftId, findDraft, linkExhausted, saveDraft, submitResponse } from '../store/responses';

const surveyClosed = () =>
  new ApiError(409, 'survey_closed', {
    nl: 'Deze vragenlijst is gesloten. Er kunnen geen antwoorden meer bij.',
    en: 'This survey is closed. No more answers can be added.',
  });

const linkUsed = () =>
  new ApiError(409, 'link_used', {
    nl: 'Met deze persoonlijke link zijn de antwoorden al verstuurd. Dank u wel!',
    en: 'The answers for this personal link have already been sent. Thank you!',
  });

/** Everything a respondent route needs about the link's survey: resolved with the link, partners from the cache. */
async function respondentSurvey(c: Context<AppEnv>) {
  const { link, survey, partnership } = c.get('respondent');
  const db = c.get('db');
  const partners = await partnersOf(db, link.partnershipId);
  const partner = partners.find((p) => p.id === link.partnerId);
  const instrument = getInstrument(survey.instrumentVersion);
  if (!partner || !instrument) throw new Error(`respondent link ${link.id} points at a missing partner or instrument`);
  const otherPartners = partners.filter((p) => p.id !== partner.id);
  const context = { sections: survey.sections, otherPartnerIds: otherPartners.map((p) => p.id) } as const;
  return { link, db, survey, partnership, partner, otherPartners, instrument, context };
}

/**
 * What a respondent's page is told about its survey. The organiser's preview (organiser.ts) is told
 * exactly the same, so it shows the survey as a respondent of that partner sees it.
 */
export function surveyContextView(view: {
  readonly state: 'open' | 'closed' | 'used' | 'full';
  readonly singleUse: boolean;
  readonly partnership: Pick<Partnership, 'name' | 'challenge' | 'nameEn' | 'challengeEn'>;
  readonly partner: Pick<Partner, 'id' | 'name' | 'shownAsOrganisation'>;
  readonly otherPartners: readonly Pick<Partner, 'id' | 'name'>[];
  readonly survey: Survey;
  readonly instrument: Instrument;
}) {
  const { partnership, partner, survey } = view;
  return {
    state: view.state,
    singleUse: view.singleUse,
    // English only where the organiser gave it: the page shows the Dutch text, marked as Dutch, otherwise.
    partnership: {
      name: { nl: partnership.name, en: partnership.nameEn },
      challenge: { nl: partnership.challenge, en: partnership.challengeEn },
    },
    partner: { id: partner.id, name: partner.name, shownAsOrganisation: partner.shownAsOrganisation },
    otherPartners: view.otherPartners.map((p) => ({ id: p.id, name: p.name })),
    survey: {
      title: survey.title,
      instrumentVersion: view.instrument.version,
      sections: survey.sections,
      languages: survey.languages,
      // The k the respondent is promised is the k the report applies.
      minGroupSize: effectiveMinGroupSize(survey.minGroupSize),
      closesOn: survey.closesOn,
    },
  };
}

export const respondRoutes = new Hono<AppEnv>()
  .use(requireRespondentLink())
  .get('/', async (c) => {
    const { link, survey, partnership, partner, otherPartners, instrument } = await respondentSurvey(c);
    const state = linkExhausted(link) ? (link.scope === 'respondent_single' ? 'used' : 'full') : surveyIsOpen(survey) ? 'open' : 'closed';
    return c.json(
      surveyContextView({ state, singleUse: link.scope === 'respondent_single', partnership, partner, otherPartners, survey, instrument }),
    );
  })
  .get('/draft', validate('query', DraftQuerySchema), async (c) => {
    const { link, db } = await respondentSurvey(c);
    const draft = await findDraft(db, draftId(link, c.req.valid('query').submissionId));
    return c.json({ draft: draft ? { submissionId: draft.submissionId, language: draft.language, answers: draft.answers } : null });
  })
  .put('/draft', validate('json', AnswersEnvelopeSchema), async (c) => {
    const { link, db, survey, instrument, context } = await respondentSurvey(c);
    if (!surveyIsOpen(survey)) throw surveyClosed();
    if (link.scope === 'respondent_single' && linkExhausted(link)) throw linkUsed();
    const body = c.req.valid('json');
    const result = validateAnswers(instrument, context, body.answers, 'draft');
    if (!result.ok) throw invalidAnswers(result.issues);
    const outcome = await saveDraft(db, link, { submissionId: body.submissionId, answers: result.answers, language: body.language });
    if (outcome === 'too_many_drafts') {
      throw new ApiError(409, 'too_many_drafts', {
        nl: 'Via deze link staan al zoveel onafgemaakte antwoorden open als hij toelaat. Maak een eerder begonnen vragenlijst af, of vraag de organisator om een nieuwe link.',
        en: 'This link already holds as many unfinished answers as it allows. Finish a survey you started before, or ask the organiser for a new link.',
      });
    }
    return c.json({ saved: true as const });
  })
  .post('/submit', validate('json', AnswersEnvelopeSchema), async (c) => {
    const { link, db, survey, instrument, context } = await respondentSurvey(c);
    if (!surveyIsOpen(survey)) throw surveyClosed();
    const body = c.req.valid('json');
    const result = validateAnswers(instrument, context, body.answers, 'submit');
    if (!result.ok) throw invalidAnswers(result.issues);
    const items = surveyItems(instrument, survey.sections);
    const { outcome, foldDue } = await submitResponse(db, {
      link,
      instrumentVersion: instrument.version,
      items,
      answers: result.answers,
      submissionId: body.submissionId,
    });
    // After the answer is sent: the respondent does not wait for their partner's counters to be folded.
    if (foldDue) c.executionCtx.waitUntil(foldAfterSubmit(db, link.surveyId!, link.partnerId!, items));
    if (outcome === 'link_used') {
      if (link.scope === 'respondent_single') throw linkUsed();
      throw new ApiError(409, 'link_full', {
        nl: 'Via deze link zijn al genoeg antwoorden binnen. Vraag de organisator om een nieuwe link.',
        en: 'This link has received all the answers it accepts. Ask the organiser for a new link.',
      });
    }
    return c.json({ outcome }, outcome === 'stored' ? 201 : 200);
  });
