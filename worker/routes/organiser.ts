/**
 * Organiser routes: the partnership overview and its capability links.
 */
import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import { capabilityLinks, partners, surveys } from '../../db/schema';
import { requireLink } from '../access/middleware';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { validate } from '../http/validate';
import { LinkIdParamSchema, NewLinksSchema } from '../schemas/links';
import { getPartnership } from '../store/partnerships';
import { prepareLink, revokeLink } from '../store/links';

const notInPartnership = () =>
  new ApiError(404, 'not_in_partnership', { nl: 'Deze vragenlijst of partner hoort niet bij uw samenwerking.', en: 'This survey or partner is not part of your partnership.' });

export const organiserRoutes = new Hono<AppEnv>()
  .use(requireLink('organiser'))
  .get('/', async (c) => {
    const link = c.get('link');
    const db = c.get('db');
    const found = await getPartnership(db, link.partnershipId);
    if (!found) throw new Error(`organiser link ${link.id} points at a missing partnership`);
    const links = await db
      .select({ id: capabilityLinks.id, scope: capabilityLinks.scope, surveyId: capabilityLinks.surveyId, partnerId: capabilityLinks.partnerId, label: capabilityLinks.label, uses: capabilityLinks.uses, maxUses: capabilityLinks.maxUses, revoked: capabilityLinks.revoked, createdOn: capabilityLinks.createdOn })
      .from(capabilityLinks)
      .where(eq(capabilityLinks.partnershipId, link.partnershipId));
    return c.json({ ...found, links });
  })
  .post('/links', validate('json', NewLinksSchema), async (c) => {
    const link = c.get('link');
    const db = c.get('db');
    const body = c.req.valid('json');
    // Every id in the body must belong to this organiser's partnership.
    if (body.surveyId) {
      const survey = await db.select({ id: surveys.id }).from(surveys).where(and(eq(surveys.id, body.surveyId), eq(surveys.partnershipId, link.partnershipId))).get();
      if (!survey) throw notInPartnership();
    }
    if (body.partnerId) {
      const partner = await db.select({ id: partners.id }).from(partners).where(and(eq(partners.id, body.partnerId), eq(partners.partnershipId, link.partnershipId))).get();
      if (!partner) throw notInPartnership();
    }
    const issued = await Promise.all(
      Array.from({ length: body.count }, () =>
        prepareLink({ scope: body.scope, partnershipId: link.partnershipId, surveyId: body.surveyId, partnerId: body.partnerId, label: body.label, maxUses: body.maxUses }),
      ),
    );
    // D1 allows 100 bound parameters per statement: insert in chunks, all in one atomic batch.
    const columnsPerRow = 12;
    const perStatement = Math.floor(100 / columnsPerRow);
    const chunks = Array.from({ length: Math.ceil(issued.length / perStatement) }, (_, i) => issued.slice(i * perStatement, (i + 1) * perStatement));
    const [first, ...rest] = chunks.map((chunk) => db.insert(capabilityLinks).values(chunk.map((l) => l.row)));
    await db.batch([first!, ...rest]);
    return c.json({ links: issued.map((l) => ({ id: l.id, secret: l.secret, scope: l.row.scope, surveyId: l.row.surveyId, partnerId: l.row.partnerId, label: l.row.label })) }, 201);
  })
  .post('/links/:id/revoke', validate('param', LinkIdParamSchema), async (c) => {
    const link = c.get('link');
    const { id } = c.req.valid('param');
    if (id === link.id) {
      throw new ApiError(409, 'cannot_revoke_own_link', { nl: 'U kunt de link waarmee u nu werkt niet zelf intrekken.', en: 'You cannot revoke the link you are using right now.' });
    }
    if (!(await revokeLink(c.get('db'), link.partnershipId, id))) throw notInPartnership();
    return c.json({ revoked: true as const });
  });
