/**
 * Abuse limits through the Workers rate-limiting binding. The client address is used only as a
 * counter key inside the limiter: it is never stored, logged or put next to answers.
 */
import type { Context } from 'hono';
import { ApiError } from '../http/errors';

export const tooManyRequests = () =>
  new ApiError(429, 'too_many_requests', {
    nl: 'Te veel verzoeken in korte tijd. Wacht even en probeer het dan opnieuw; uw antwoorden blijven bewaard.',
    en: 'Too many requests in a short time. Wait a moment and try again; your answers are kept.',
  });

const clientAddress = (c: Context) => c.req.header('cf-connecting-ip') ?? 'local';

/** Throws 429 once the limiter says this key has used up its budget. */
export async function enforceLimit(c: Context, limiter: RateLimit, scope: string): Promise<void> {
  const { success } = await limiter.limit({ key: `${scope}:${clientAddress(c)}` });
  if (!success) {
    c.header('retry-after', '10');
    throw tooManyRequests();
  }
}
