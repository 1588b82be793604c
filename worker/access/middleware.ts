/**
 * Route guards for capability links. The secret travels in the `Authorization: Bearer` header
 * (never in an API path, so it stays out of access logs); the link's scope decides what it opens.
 */
import { createMiddleware } from 'hono/factory';
import type { LinkScope } from '../../core/links';
import { SECRET_PATTERN } from '../../core/links';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { database } from '../store/db';
import { findLink } from '../store/links';
import { enforceLimit } from './rate-limit';

export const linkNotFound = () =>
  new ApiError(404, 'link_not_found', {
    nl: 'Deze link werkt niet (meer). Vraag degene die hem stuurde om een nieuwe link.',
    en: 'This link does not work (any more). Ask whoever sent it for a new link.',
  });

/** Lets a request through only with a live link of one of the given scopes. */
export function requireLink(...scopes: readonly LinkScope[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const secret = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const db = database(c.env.DB);
    const link = secret && SECRET_PATTERN.test(secret) ? await findLink(db, secret) : undefined;
    // Unknown, revoked and wrong-scope links answer alike: nothing tells an outsider which it was.
    if (!secret || !link || !scopes.includes(link.scope)) {
      await enforceLimit(c, c.env.LINK_GUESS_LIMITER, 'guess');
      throw linkNotFound();
    }
    if (link.scope === 'respondent_open' || link.scope === 'respondent_single') {
      await enforceLimit(c, c.env.RESPOND_LIMITER, `respond:${link.id}`);
    }
    c.set('link', link);
    c.set('secret', secret);
    c.set('db', db);
    await next();
  });
}
