/**
 * The partner contact's view: its own organisation's response rate and respondent links, nothing
 * about any other partner; and the organisation's stated facts per survey (the short form of the
 * survey's instrument version, where it has one), which the contact may save. Those facts are the
 * organisation's stated position, shown in the report with its name: not anonymous.
 */

import type { Context } from 'hono';
import { Hono } from 'hono';
import { effectiveMinGroupSize } from '../../core/confidentiality';
import { getInstrument } from '../../core/instrument';
import { validateFacts } from '../../core/instrument/validate';
import { FactsBodySchema } from '../../core/schemas/partner';
import { requireLink } from '../access/middleware';
import type { AppEnv } from '../env';
import { ApiError, invalidAnswers } from '../http/errors';
import { validate } from '../http/validate';
import { readFacts, saveFacts } from '../store/facts';
import { listRespondentLinks } from '../store/links';
import { getPartnership, surveyIsOpen } from '../store/partnerships';
import { surveyProgress } from '../store/progress';

/** The contact's partnership, partner and the surveys the link may see (one, when made for one survey). */
async function contactScope(c: Context<AppEnv>) {
  const link = c.get('link');
  const db = c.get('db');
  const found = await getPartnership(db, link.partnershipId);
  const partner = found?.partners.find((p) => p.id === link.partnerId);
  if (!found || !partner) throw new Error(`partner-contact link ${link.id} points at a missing partnership or partner`);
  const surveys = found.surveys.filter((s) => !link.surveyId || s.id === link.surveyId);
  return { link, db, found, partner, surveys };
}

const hasFactsForm = (instrumentVersion: number) => getInstrument(instrumentVersion)?.facts !== undefined;

export const partnerRoutes = new Hono<AppEnv>()
  .use(requireLink('partner_contact'))
  .get('/', async (c) => {
    const { link, db, found, partner, surveys } = await contactScope(c);
    const [progress, links, facts] = await Promise.all([
      Promise.all(surveys.map(async (s) => (await surveyProgress(db, s.id, [partner]))[0]!)),
      listRespondentLinks(db, link.partnershipId, partner.id),
      Promise.all(surveys.map((s) => (hasFactsForm(s.instrumentVersion) ? readFacts(db, s.id, partner.id) : null))),
    ]);
    return c.json({
      partnership: { name: found.partnership.name, challenge: found.partnership.challenge },
      partner: { id: partner.id, name: partner.name, expectedStaff: partner.expectedStaff },
      surveys: surveys.map((s, i) => ({
        id: s.id,
        title: s.title,
        instrumentVersion: s.instrumentVersion,
        opensOn: s.opensOn,
        closesOn: s.closesOn,
        minGroupSize: effectiveMinGroupSize(s.minGroupSize),
        isOpen: surveyIsOpen(s),
        progress: progress[i]!,
        // Null: this survey's version has no facts form; otherwise what the contact stated so far (or nothing yet).
        facts: facts[i] ? { stated: facts[i]!.get(partner.id) ?? null } : null,
      })),
      links: links.filter((l) => !link.surveyId || l.surveyId === link.surveyId),
    });
  })
  .put('/facts', validate('json', FactsBodySchema), async (c) => {
    const body = c.req.valid('json');
    const { db, partner, surveys } = await contactScope(c);
    const survey = surveys.find((s) => s.id === body.surveyId);
    if (!survey)
      throw new ApiError(404, 'survey_not_found', {
        nl: 'Deze vragenlijst is er niet (voor deze link).',
        en: 'This survey does not exist (for this link).',
      });
    const form = getInstrument(survey.instrumentVersion)?.facts;
    if (!form)
      throw new ApiError(409, 'no_facts_form', {
        nl: 'Bij deze vragenlijst horen geen feiten van de organisatie.',
        en: 'This survey does not ask for the organisation’s facts.',
      });
    const result = validateFacts(form, body.answers);
    if (!result.ok) throw invalidAnswers(result.issues);
    return c.json({ facts: await saveFacts(db, survey.id, partner.id, result.answers) });
  });
