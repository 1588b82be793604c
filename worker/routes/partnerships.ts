/**
 * Starting a partnership needs no link: whoever creates one receives its organiser link, once.
 * Hence the rate limit per client address (PARTNERSHIP_LIMITER in wrangler.toml).
 */
import { Hono } from 'hono';
import { currentInstrument } from '../../core/instrument';
import { NewPartnershipSchema } from '../../core/schemas/partnership';
import { enforceLimit } from '../access/rate-limit';
import type { AppEnv } from '../env';
import { validate } from '../http/validate';
import { database } from '../store/db';
import { createPartnership } from '../store/partnerships';

export const partnershipRoutes = new Hono<AppEnv>().post('/', validate('json', NewPartnershipSchema), async (c) => {
  await enforceLimit(c, c.env.PARTNERSHIP_LIMITER, 'partnership');
  const created = await createPartnership(database(c.env.DB), c.req.valid('json'), currentInstrument.version);
  return c.json(created, 201);
});
