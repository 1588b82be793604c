/**
 * Capability links as every part sees them: the scopes a link can have and the shape of a secret.
 * The Worker issues and checks links; the web app reads a secret from the page address.
 */

/**
 * What a link opens: the organiser's pages, the report (`report` reads it; `lead` reads it and
 * records the agreements made on it), one partner's response rate, or a survey. A report or lead
 * link made for one survey reads that wave only; one made for the partnership reads all its waves
 * (docs/design.md §3).
 */
export const linkScopes = ['organiser', 'report', 'lead', 'partner_contact', 'respondent_open', 'respondent_single'] as const;
export type LinkScope = (typeof linkScopes)[number];

/** The scopes that read the report (and the change between waves). */
export const reportScopes = ['report', 'lead', 'organiser'] as const satisfies readonly LinkScope[];

/** The scopes that record agreements on the report's findings. */
export const agreementScopes = ['lead', 'organiser'] as const satisfies readonly LinkScope[];

/** Well-formed secrets only (URL-safe base64, 22–64 characters): anything else is refused unread. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

/** Where each kind of link opens in the web app; the secret goes in the fragment. */
export const scopePaths: Readonly<Record<LinkScope, string>> = {
  organiser: '/organise',
  report: '/report',
  lead: '/report',
  partner_contact: '/partner',
  respondent_open: '/respond',
  respondent_single: '/respond',
};

/** A link's address on the platform at `origin`: the secret sits in the fragment, which browsers never send to a server. */
export const linkAddress = (origin: string, scope: LinkScope, secret: string) => `${origin}${scopePaths[scope]}#${secret}`;
