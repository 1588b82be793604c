/**
 * One error shape for the whole API: `{ "error": { "code", "message", "issues"? } }` with the right
 * status. Messages are written for people, in Dutch or English by the request's Accept-Language.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../../core/errors';
import type { Language, Localized } from '../../core/instrument/types';

export interface ApiIssue {
  readonly itemId: string;
  readonly code: string;
  readonly message: Localized;
}

/** An error the client caused or may act on; thrown from handlers and rendered by `onError`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly text: Localized,
    readonly issues?: readonly ApiIssue[],
  ) {
    super(text.en);
    this.name = 'ApiError';
  }
}

/** A 400 for answers the instrument refuses (a respondent's, or a partner's stated facts), each issue against its question. */
export function invalidAnswers(issues: readonly ApiIssue[]): ApiError {
  return new ApiError(
    400,
    'invalid_answers',
    {
      nl: 'Niet alle antwoorden zijn in orde. Kijk de gemarkeerde vragen na.',
      en: 'Not all answers are valid. Please check the marked questions.',
    },
    issues,
  );
}

/** The language of the person behind a request: English when they ask for it, Dutch otherwise. */
export function requestLanguage(c: Context): Language {
  const query = c.req.query('lang');
  if (query === 'en' || query === 'nl') return query;
  return /^\s*en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'nl';
}

export function errorBody(error: ApiError, language: Language): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.text[language],
      ...(error.issues ? { issues: error.issues.map((i) => ({ itemId: i.itemId, code: i.code, message: i.message[language] })) } : {}),
    },
  };
}

// Hono raises these for bodies it cannot read (the body limit raises its own ApiError in app.ts).
const fromHttpException = (e: HTTPException): ApiError =>
  new ApiError(e.status as ContentfulStatusCode, 'bad_request', {
    nl: 'Het verzoek kon niet worden gelezen: stuur geldige JSON.',
    en: 'The request could not be read: send valid JSON.',
  });

export const onError: ErrorHandler = (err, c) => {
  const language = requestLanguage(c);
  if (err instanceof ApiError) return c.json(errorBody(err, language), err.status);
  if (err instanceof HTTPException) {
    const apiError = fromHttpException(err);
    return c.json(errorBody(apiError, language), apiError.status);
  }
  // Unexpected: log what went wrong (never the request's headers, which carry link secrets).
  console.error(
    JSON.stringify({
      level: 'error',
      method: c.req.method,
      route: c.req.routePath,
      error: String(err),
      stack: err instanceof Error ? err.stack : undefined,
    }),
  );
  const internal = new ApiError(500, 'internal_error', {
    nl: 'Er ging iets mis aan onze kant. Uw antwoorden zijn bewaard; probeer het zo opnieuw.',
    en: 'Something went wrong on our side. Your answers are kept; please try again shortly.',
  });
  return c.json(errorBody(internal, language), 500);
};

export const onNotFound: NotFoundHandler = (c) =>
  c.json(
    errorBody(new ApiError(404, 'not_found', { nl: 'Dit adres bestaat niet.', en: 'This address does not exist.' }), requestLanguage(c)),
    404,
  );
