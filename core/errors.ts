/**
 * The API's one error shape, as the client receives it: `{ "error": { "code", "message", "issues"? } }`.
 * The Worker writes it (worker/http/errors.ts) and the web app reads it; both take the type from here.
 */

/** One answer or field that was not valid, with a message in the request's language. */
export interface ErrorIssue {
  readonly itemId: string;
  readonly code: string;
  readonly message: string;
}

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly issues?: readonly ErrorIssue[] };
}
