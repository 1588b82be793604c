/**
 * The API: every route under `/api`, one error shape, and the type the web app's client reads.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env';
import { ApiError, onError, onNotFound } from './http/errors';
import { agreementRoutes } from './routes/agreements';
import { instrumentRoutes } from './routes/instrument';
import { organiserRoutes } from './routes/organiser';
import { partnerRoutes } from './routes/partner';
import { partnershipRoutes } from './routes/partnerships';
import { reportRoutes } from './routes/report';
import { respondRoutes } from './routes/respond';

/** Larger than any complete response (free text is capped at 2,000 characters per item). */
export const MAX_BODY_BYTES = 64 * 1024;

export const api = new Hono<AppEnv>()
  .basePath('/api')
  .use(
    // The API only ever answers JSON or CSV: nothing in it may run, frame or be framed.
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
      xFrameOptions: 'DENY',
    }),
  )
  .use(async (c, next) => {
    await next();
    // Answers, links and reports must not sit in shared caches; public, immutable routes say otherwise.
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
  })
  .use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'body_too_large', {
          nl: 'Het verzoek is te groot (hoogstens 64 kB).',
          en: 'The request is too large (64 kB at most).',
        });
      },
    }),
  )
  .route('/instrument', instrumentRoutes)
  .route('/partnerships', partnershipRoutes)
  .route('/organiser', organiserRoutes)
  .route('/partner', partnerRoutes)
  .route('/respond', respondRoutes)
  .route('/report', reportRoutes)
  .route('/agreements', agreementRoutes);

api.onError(onError);
api.notFound(onNotFound);

/** The API's type, for the typed client (`hc<AppType>`) in the web app and the tests. */
export type AppType = typeof api;
