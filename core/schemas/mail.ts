/**
 * Sending invitations and reminders from the platform: the request an organiser's page makes, and
 * the limits on sending. The page sends each person's address with their link id and language in
 * small batches; the Worker writes one message per person and keeps no address (docs/mail.md).
 */
import * as v from 'valibot';
import { languages } from '../instrument/types';
import { letters } from '../invitation';
import { messageKey } from './messages';

/**
 * Most real addresses and nothing that is clearly not one: no spaces or line breaks (which could
 * add a header to a message), no brackets, quotes, commas or semicolons (which could add a
 * recipient), one @ and a dot in the domain.
 */
export const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

/** One e-mail address (RFC 5321 allows 254 characters). */
export const EmailSchema = v.pipe(v.string(), v.trim(), v.maxLength(254), v.regex(EMAIL_PATTERN, messageKey('email')));

/**
 * Messages per request. Each one is a subrequest of the Worker (the Workers Free plan allows 50
 * per request, D1 queries included), and a small batch lets the page show progress.
 */
export const MAIL_BATCH_SIZE = 20;

/** How often one personal link can be sent: the invitation, a reminder or two, or a resend after a typo. */
export const MAIL_SENDS_PER_LINK = 3;

/**
 * Messages a survey may send per day, per member of staff its partners expect (a partner that gave
 * no number counts its personal links): everyone once, and as many again for reminders and resends.
 * A leaked organiser link cannot make the platform send more than that.
 */
export const MAIL_PER_STAFF_PER_DAY = 2;

export const MailBatchSchema = v.object({
  letter: v.picklist(letters),
  /** The organiser's own address: replies go there. Kept in the organiser's browser, never on the server. */
  replyTo: EmailSchema,
  messages: v.pipe(
    v.array(
      v.object({
        linkId: v.pipe(v.string(), v.uuid()),
        to: EmailSchema,
        language: v.picklist(languages),
      }),
    ),
    v.minLength(1),
    v.maxLength(MAIL_BATCH_SIZE),
    v.check((messages) => new Set(messages.map((m) => m.linkId)).size === messages.length, messageKey('each_link_once')),
  ),
});

export type MailBatch = v.InferOutput<typeof MailBatchSchema>;

/**
 * Why one message was not sent, for the organiser's page to say in words: the link's state, the
 * platform's limits, or what the Email Service answered (its error codes, grouped by what the
 * organiser can do about them).
 */
export const mailFailures = [
  'already_answered',
  'link_revoked',
  'link_not_kept',
  'sent_too_often',
  'daily_limit',
  'address_refused',
  'address_suppressed',
  'delivery_failed',
  'not_set_up',
  'service_busy',
  'service_error',
] as const;
export type MailFailure = (typeof mailFailures)[number];
