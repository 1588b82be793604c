/**
 * Sending invitations and reminders from the platform (worker/mail/). The organiser's page sends,
 * per person, an address, the id of their personal link and a language; the Worker writes and sends
 * one message per person and answers per link id whether it went. No address is stored or logged:
 * the request body is the only place one exists, for the length of the request. Only organiser
 * links reach this route (organiser.ts); the rate is limited per organiser link.
 */
import { Hono } from 'hono';
import { MailBatchSchema } from '../../core/schemas/mail';
import { SurveyIdParamSchema } from '../../core/schemas/organiser';
import { enforceLinkLimit } from '../access/rate-limit';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { validate } from '../http/validate';
import { mailSetup } from '../mail/mailer';
import { sendBatch } from '../mail/send';
import { mailableLinks } from '../store/mail';
import { getPartnership, surveyIsOpen } from '../store/partnerships';
import { actor, notInPartnership, ownSurvey } from './organiser-links';

export const organiserMailRoutes = new Hono<AppEnv>().post(
  '/surveys/:surveyId/mail',
  validate('param', SurveyIdParamSchema),
  validate('json', MailBatchSchema),
  async (c) => {
    const setup = mailSetup(c.env);
    if (!setup) {
      throw new ApiError(503, 'mail_not_set_up', {
        nl: 'Deze installatie van Samenwaarde verstuurt geen e-mail. Gebruik de bestanden voor Word, Outlook of Excel om de links te versturen.',
        en: 'This installation of Samenwaarde does not send e-mail. Use the files for Word, Outlook or Excel to send the links.',
      });
    }
    const db = c.get('db');
    const survey = await ownSurvey(c, c.req.valid('param').surveyId);
    const batch = c.req.valid('json');
    if (!surveyIsOpen(survey)) {
      throw new ApiError(409, 'survey_closed', {
        nl: 'Deze vragenlijst is gesloten: een uitnodiging zou naar een link leiden die niet werkt. Heropen de vragenlijst eerst.',
        en: 'This survey is closed: an invitation would lead to a link that does not work. Reopen the survey first.',
      });
    }
    if (batch.messages.some((m) => !survey.languages.includes(m.language))) {
      throw new ApiError(400, 'language_not_offered', {
        nl: 'Een bericht is in een taal die deze vragenlijst niet aanbiedt. Kies een taal van de vragenlijst.',
        en: 'A message is in a language this survey does not offer. Choose one of the survey’s languages.',
      });
    }
    await enforceLinkLimit(c, c.env.MAIL_LIMITER, c.get('link').id);
    const links = await mailableLinks(
      db,
      survey.id,
      batch.messages.map((m) => m.linkId),
    );
    if (!links) throw notInPartnership();
    const [by, found] = await Promise.all([actor(c), getPartnership(db, survey.partnershipId)]);
    if (!found) throw new Error(`survey ${survey.id} points at a missing partnership`);
    if (!by.keyring) {
      throw new ApiError(409, 'cannot_show_links', {
        nl: 'Met deze organisatorlink kunnen geen links verstuurd worden: hij is gemaakt voordat links bewaard werden. Vraag een collega met een andere organisatorlink om u een nieuwe te geven.',
        en: 'This organiser link cannot send links: it was made before links were kept. Ask a colleague with another organiser link to give you a new one.',
      });
    }
    const sent = await sendBatch(db, {
      setup,
      actor: { ...by, keyring: by.keyring },
      survey,
      partnership: found.partnership,
      partners: found.partners,
      origin: new URL(c.req.url).origin,
      batch,
      links: new Map(links.map((l) => [l.id, l])),
    });
    return c.json(sent);
  },
);
