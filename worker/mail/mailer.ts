/**
 * Sending one message: through the Email Service binding when deployed, or, under `npm start` and
 * the tests that run `wrangler dev`, to the local outbox (scripts/local/outbox.ts), which writes it
 * as an .eml file on the developer's machine. Both behind one interface, so the route cannot tell
 * them apart.
 *
 * Nothing here logs: an error from the binding can name the address (the local runtime's does:
 * "email to … not allowed"), so only its code travels on, and the route logs codes only.
 */
import type { MailFailure } from '../../core/schemas/mail';

/** One message to one person, as the platform sends it. */
export interface OutgoingMail {
  readonly from: { readonly email: string; readonly name: string };
  readonly to: string;
  readonly replyTo: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The Email Service's error codes this platform tells apart (docs/mail.md), and `E_UNKNOWN` for anything else. */
export type MailErrorCode = `E_${string}`;

export type MailOutcome = { readonly sent: true } | { readonly sent: false; readonly code: MailErrorCode };

export interface Mailer {
  send(mail: OutgoingMail): Promise<MailOutcome>;
}

/** How this Worker sends mail, if it sends any. */
export interface MailSetup {
  readonly mailer: Mailer;
  /** The sender address (MAIL_FROM). */
  readonly from: string;
  /** Under local development only: the page that lists what would have been sent. */
  readonly outbox: string | null;
}

const ERROR_CODE = /^E_[A-Z_]{3,60}$/;

/**
 * The code of an error the binding threw. The deployed service puts it in `code`; the local
 * runtime only says "email to … not allowed" (an address outside the binding's allowed
 * destinations), which is the service's E_RECIPIENT_NOT_ALLOWED.
 */
export function errorCode(error: unknown): MailErrorCode {
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && ERROR_CODE.test(code)) return code as MailErrorCode;
  if (typeof message === 'string' && /^email to .* not allowed$/s.test(message)) return 'E_RECIPIENT_NOT_ALLOWED';
  if (typeof message === 'string' && /^email from .* not allowed$/s.test(message)) return 'E_SENDER_NOT_VERIFIED';
  return 'E_UNKNOWN';
}

/** The Email Service binding (`send_email` in wrangler.toml). */
export function bindingMailer(binding: SendEmail): Mailer {
  return {
    async send(mail) {
      try {
        await binding.send({ ...mail });
        return { sent: true };
      } catch (error) {
        return { sent: false, code: errorCode(error) };
      }
    },
  };
}

/** The local outbox: a server on this machine that writes each message to a file (scripts/local/outbox.ts). */
export function outboxMailer(outbox: string): Mailer {
  return {
    async send(mail) {
      let res: Response;
      try {
        res = await fetch(`${outbox}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(mail),
        });
      } catch {
        // The outbox stopped (npm start ended it, or it crashed): like a service that cannot be reached.
        return { sent: false, code: 'E_INTERNAL_SERVER_ERROR' };
      }
      if (res.ok) {
        await res.body?.cancel();
        return { sent: true };
      }
      const body = (await res.json().catch(() => ({}))) as { code?: unknown };
      return { sent: false, code: errorCode(body) };
    },
  };
}

/** Only an outbox on this machine: a deployed Worker must never hand addresses to anything else. */
const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d{2,5}$/;

/**
 * How this Worker sends mail: nothing when no sender address is configured (MAIL_FROM empty: the
 * organiser page offers the mail merge only); the local outbox when `wrangler dev` was started with
 * OUTBOX_URL (scripts/local/server.ts does, and no deployed configuration has it); else the binding.
 */
export function mailSetup(env: Env): MailSetup | undefined {
  const from = env.MAIL_FROM?.trim();
  if (!from) return undefined;
  const outbox = env.OUTBOX_URL;
  if (outbox !== undefined && outbox !== '') {
    if (!LOOPBACK.test(outbox)) throw new Error('OUTBOX_URL must be an http address on this machine (127.0.0.1 or localhost)');
    return { mailer: outboxMailer(outbox), from, outbox };
  }
  return { mailer: bindingMailer(env.EMAIL), from, outbox: null };
}

/** What an Email Service error code means for the organiser, and whether the next messages can still go. */
export function failureOf(code: MailErrorCode): { readonly failure: MailFailure; readonly stopBatch: boolean } {
  switch (code) {
    case 'E_RECIPIENT_NOT_ALLOWED':
    case 'E_VALIDATION_ERROR':
      return { failure: 'address_refused', stopBatch: false };
    case 'E_RECIPIENT_SUPPRESSED':
      return { failure: 'address_suppressed', stopBatch: false };
    case 'E_DELIVERY_FAILED':
      return { failure: 'delivery_failed', stopBatch: false };
    case 'E_SENDER_NOT_VERIFIED':
    case 'E_SENDER_DOMAIN_NOT_AVAILABLE':
      return { failure: 'not_set_up', stopBatch: true };
    case 'E_RATE_LIMIT_EXCEEDED':
    case 'E_DAILY_LIMIT_EXCEEDED':
      return { failure: 'service_busy', stopBatch: true };
    default:
      return { failure: 'service_error', stopBatch: true };
  }
}
