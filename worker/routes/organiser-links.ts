/**
 * The organiser's capability links: issue (a second organiser link for a hand-over too), show
 * again, revoke, re-issue, and the audit list of who did what. Mounted in organiser.ts behind the
 * organiser guard; every id must belong to the link's partnership, else 404 as for an unknown id.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  LinkIdParamSchema,
  MAX_LINKS_PER_SURVEY,
  MAX_OTHER_LINKS_PER_PARTNERSHIP,
  NewLinksSchema,
  ShowLinksSchema,
} from '../../core/schemas/links';
import type { AppEnv } from '../env';
import { ApiError, requestLanguage } from '../http/errors';
import { validate } from '../http/validate';
import { listAudit } from '../store/audit';
import { unlockKeyring } from '../store/keyring';
import {
  countLinks,
  type IssuedLink,
  issueLinks,
  type LinkActor,
  linkCapacity,
  openLinkCap,
  reissueLink,
  revokeLink,
  showLinks,
} from '../store/links';
import { findPartnerInPartnership, findSurveyInPartnership, type Partner, type Survey } from '../store/partnerships';

export const notInPartnership = () =>
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
    nl: 'U kunt de link waarmee u nu werkt niet zelf intrekken of opnieuw uitgeven. Een andere organisatorlink kan dat wel.',
    en: 'You cannot revoke or re-issue the link you are using right now. Another organiser link can.',
  });

/** The survey named in the path, only when it belongs to the organiser's partnership. */
export async function ownSurvey(c: Context<AppEnv>, surveyId: string): Promise<Survey> {
  const survey = await findSurveyInPartnership(c.get('db'), c.get('link').partnershipId, surveyId);
  if (!survey) throw notInPartnership();
  return survey;
}

/** The acting organiser link with the partnership's data key, unwrapped with its secret for this request. */
export async function actor(c: Context<AppEnv>): Promise<LinkActor> {
  const link = c.get('link');
  const credential = { partnershipId: link.partnershipId, linkId: link.id, secret: c.get('secret') };
  return { partnershipId: link.partnershipId, linkId: link.id, keyring: await unlockKeyring(c.get('db'), credential) };
}

/** A link as the organiser receives it right after it is made. */
const issuedView = (l: IssuedLink) => ({
  id: l.id,
  secret: l.secret,
  scope: l.row.scope,
  surveyId: l.row.surveyId ?? null,
  partnerId: l.row.partnerId ?? null,
  label: l.row.label ?? null,
  maxUses: l.row.maxUses ?? null,
});

export const organiserLinkRoutes = new Hono<AppEnv>()
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
      await actor(c),
    );
    return c.json(
      { ...(beyondStaff ? { warning: paddingWarning(partner!)[requestLanguage(c)] } : {}), links: issued.map(issuedView) },
      201,
    );
  })
  .post('/links/show', validate('json', ShowLinksSchema), async (c) => {
    const by = await actor(c);
    if (!by.keyring) {
      throw new ApiError(409, 'cannot_show_links', {
        nl: 'Met deze organisatorlink kunnen links niet opnieuw getoond worden: hij is gemaakt voordat links bewaard werden. Vraag een collega met een andere organisatorlink om u een nieuwe te geven.',
        en: 'This organiser link cannot show links again: it was made before links were kept. Ask a colleague with another organiser link to give you a new one.',
      });
    }
    const shown = await showLinks(c.get('db'), by, by.keyring, c.req.valid('json').ids);
    if (!shown) throw notInPartnership();
    return c.json({ links: shown });
  })
  .post('/links/:id/revoke', validate('param', LinkIdParamSchema), async (c) => {
    const { id } = c.req.valid('param');
    if (id === c.get('link').id) throw cannotChangeOwnLink();
    if (!(await revokeLink(c.get('db'), await actor(c), id))) throw notInPartnership();
    return c.json({ revoked: true as const });
  })
  .post('/links/:id/reissue', validate('param', LinkIdParamSchema), async (c) => {
    const { id } = c.req.valid('param');
    // Re-issuing revokes: the organiser would lock themselves out with their own link.
    if (id === c.get('link').id) throw cannotChangeOwnLink();
    const result = await reissueLink(c.get('db'), await actor(c), id);
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
    return c.json({ link: issuedView(result.link), replaces: id }, 201);
  })
  .get('/audit', async (c) => c.json({ events: await listAudit(c.get('db'), c.get('link').partnershipId) }));
