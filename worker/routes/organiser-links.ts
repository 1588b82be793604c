/**
 * The organiser's capability links: issue (a second organiser link for a hand-over too), show
 * again, revoke, re-issue, and the audit list of who did what. Mounted in organiser.ts behind the
 * organiser guard; every id must belong to the link's partnership, else 404 as for an unknown id.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { LinkIdParamSchema, NewLinksSchema, ShowLinksSchema } from '../../core/schemas/links';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { validate } from '../http/validate';
import { listAudit } from '../store/audit';
import { unlockKeyring } from '../store/keyring';
import { type IssuedLink, issueLinks, type LinkActor, reissueLink, revokeLink, showLinks } from '../store/links';
import { findPartnerInPartnership, findSurveyInPartnership } from '../store/partnerships';

export const notInPartnership = () =>
  new ApiError(404, 'not_in_partnership', {
    nl: 'Deze vragenlijst, partner of link hoort niet bij uw samenwerking.',
    en: 'This survey, partner or link is not part of your partnership.',
  });

const cannotChangeOwnLink = () =>
  new ApiError(409, 'cannot_revoke_own_link', {
    nl: 'U kunt de link waarmee u nu werkt niet zelf intrekken of opnieuw uitgeven. Een andere organisatorlink kan dat wel.',
    en: 'You cannot revoke or re-issue the link you are using right now. Another organiser link can.',
  });

/** The acting organiser link with the partnership's data key, unwrapped with its secret for this request. */
async function actor(c: Context<AppEnv>): Promise<LinkActor> {
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
      await actor(c),
    );
    return c.json({ links: issued.map(issuedView) }, 201);
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
