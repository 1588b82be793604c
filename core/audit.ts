/**
 * What the organiser's audit list records: who (which organiser link) did what to a link or a
 * survey, and on which day. Never a time finer than the day, never anything of a respondent:
 * invitations and reminders the platform sent are counts, never addresses.
 */

/** The actions the audit list names; links and surveys alike. */
export const auditActions = [
  'issued',
  'revoked',
  'reissued',
  'exported',
  'survey_created',
  'settings_changed',
  'closed',
  'reopened',
  'responses_deleted',
  'invitations_sent',
  'reminders_sent',
] as const;
export type AuditAction = (typeof auditActions)[number];
