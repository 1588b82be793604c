/**
 * Stands in for the Hono client's cookie serializer in the web build (see vite.config.ts): the app
 * never sends a cookie (a link's secret travels as a bearer token), so the serializer's 1.4 KB stay
 * out of a respondent's download. A request that did try to send a cookie would fail here, loudly.
 */
export function serialize(): never {
  throw new Error('the web app sends no cookies');
}
