/**
 * Abuse limits through the Workers rate-limiting binding. The client address is used only as a
 * counter key inside the limiter: it is never stored, logged or put next to answers.
 */
import type { Context } from 'hono';
import type { Localized } from '../../core/instrument/types';
import { ApiError } from '../http/errors';

const slowDown = (text: Localized) => new ApiError(429, 'too_many_requests', text);

export const tooManyRequests = () =>
  slowDown({
    nl: 'Te veel verzoeken in korte tijd. Wacht even en probeer het dan opnieuw; uw antwoorden blijven bewaard.',
    en: 'Too many requests in a short time. Wait a moment and try again; your answers are kept.',
  });

const clientAddress = (c: Context) => c.req.header('cf-connecting-ip') ?? 'local';

async function enforce(c: Context, limiter: RateLimit, key: string, refusal: () => ApiError): Promise<void> {
  const { success } = await limiter.limit({ key });
  if (!success) {
    c.header('retry-after', '10');
    throw refusal();
  }
}

/** Throws 429 once the limiter says this key has used up its budget, from this client address. */
export const enforceLimit = (c: Context, limiter: RateLimit, scope: string) =>
  enforce(c, limiter, `${scope}:${clientAddress(c)}`, tooManyRequests);

/** Throws 429 once this link has used up its budget, from wherever it is used (sending mail: per organiser link). */
export const enforceLinkLimit = (c: Context, limiter: RateLimit, linkId: string) =>
  enforce(c, limiter, `link:${linkId}`, () =>
    slowDown({
      nl: 'Er gaan met deze link veel berichten tegelijk weg. Wacht even; daarna gaat het versturen verder.',
      en: 'Many messages are going out through this link at once. Wait a moment; sending then carries on.',
    }),
  );
