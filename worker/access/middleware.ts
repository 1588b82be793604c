/**
 * Route guards for capability links. The secret travels in the `Authorization: Bearer` header
 * (never in an API path, so it stays out of access logs); the link's scope decides what it opens.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { LinkScope } from '../../core/links';
import { SECRET_PATTERN } from '../../core/links';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { database } from '../store/db';
import { findLink } from '../store/links';
import { findRespondentLink } from '../store/respondent-link';
import { enforceLimit } from './rate-limit';
import { hashSecret } from './secrets';

export const linkNotFound = () =>
  new ApiError(404, 'link_not_found', {
    nl: 'Deze link werkt niet (meer). Vraag degene die hem stuurde om een nieuwe link.',
    en: 'This link does not work (any more). Ask whoever sent it for a new link.',
  });

/** The well-formed secret a request carries, if any. */
function bearerSecret(c: Context): string | undefined {
  const secret = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  return secret && SECRET_PATTERN.test(secret) ? secret : undefined;
}

/** Unknown, revoked and wrong-scope links answer alike: nothing tells an outsider which it was. */
async function refuse(c: Context<AppEnv>): Promise<never> {
  await enforceLimit(c, c.env.LINK_GUESS_LIMITER, 'guess');
  throw linkNotFound();
}

/** Lets a request through only with a live link of one of the given scopes. */
export function requireLink(...scopes: readonly LinkScope[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const secret = bearerSecret(c);
    const db = database(c.env.DB);
    const link = secret ? await findLink(db, secret) : undefined;
    if (!secret || !link || !scopes.includes(link.scope)) return refuse(c);
    c.set('link', link);
    c.set('secret', secret);
    c.set('db', db);
    await next();
  });
}

/**
 * Lets a request through only with a live respondent link, and resolves its survey and
 * partnership with it in one statement (worker/store/respondent-link.ts). The link's own request
 * budget is checked at the same time, keyed by the secret's hash rather than the link's id, so it
 * costs no round trip of its own.
 */
export function requireRespondentLink() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const secret = bearerSecret(c);
    if (!secret) return refuse(c);
    const db = database(c.env.DB);
    const tokenHash = await hashSecret(secret);
    const [found] = await Promise.all([
      findRespondentLink(db, tokenHash),
      enforceLimit(c, c.env.RESPOND_LIMITER, `respond:${tokenHash.slice(0, 32)}`),
    ]);
    if (!found) return refuse(c);
    c.set('link', found.link);
    c.set('secret', secret);
    c.set('respondent', found);
    c.set('db', db);
    await next();
  });
}
