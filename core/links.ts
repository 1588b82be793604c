/**
 * Capability links as every part sees them: the scopes a link can have and the shape of a secret.
 * The Worker issues and checks links; the web app reads a secret from the page address.
 */

/** What a link opens: the organiser's pages, the report, one partner's response rate, or a survey. */
export const linkScopes = ['organiser', 'report', 'partner_contact', 'respondent_open', 'respondent_single'] as const;
export type LinkScope = (typeof linkScopes)[number];

/** Well-formed secrets only (URL-safe base64, 22–64 characters): anything else is refused unread. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

/** Where each kind of link opens in the web app; the secret goes in the fragment. */
export const scopePaths: Readonly<Record<LinkScope, string>> = {
  organiser: '/organise',
  report: '/report',
  partner_contact: '/partner',
  respondent_open: '/respond',
  respondent_single: '/respond',
};

/** A link's address on the platform at `origin`: the secret sits in the fragment, which browsers never send to a server. */
export const linkAddress = (origin: string, scope: LinkScope, secret: string) => `${origin}${scopePaths[scope]}#${secret}`;
