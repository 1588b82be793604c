/**
 * One batch of the organiser's invitations or reminders, from the checked request to the results
 * per person: what stands in a link's way, today's room, the reservations, the messages one by one,
 * and the reservations given back and the audit counts. No address is stored or logged here: they
 * pass from the request to the mailer and nowhere else.
 */
import { type InvitationFacts, invitationFacts } from '../../core/invitation';
import { linkAddress } from '../../core/links';
import { MAIL_SENDS_PER_LINK, type MailBatch, type MailFailure } from '../../core/schemas/mail';
import type { Database } from '../store/db';
import type { LinkActor } from '../store/links';
import { type MailableLink, mailToday, reserveSends, settleSends } from '../store/mail';
import type { Partner, Partnership, Survey } from '../store/partnerships';
import { failureOf, type MailErrorCode, type MailSetup } from './mailer';
import { letterMessage, SENDER_NAME } from './message';

/** One person's result, by their link id: the page has the address, the answer never repeats it. */
export type MailResult =
  | { readonly linkId: string; readonly outcome: 'sent' }
  | { readonly linkId: string; readonly outcome: 'failed'; readonly reason: MailFailure };

export interface BatchContext {
  readonly setup: MailSetup;
  /** The acting organiser link, with the keyring that opens the personal links' sealed secrets. */
  readonly actor: LinkActor & { readonly keyring: NonNullable<LinkActor['keyring']> };
  readonly survey: Survey;
  readonly partnership: Partnership;
  readonly partners: readonly Partner[];
  /** The platform's address, for the links in the messages. */
  readonly origin: string;
  readonly batch: MailBatch;
  /** The batch's links, each a personal link of the survey (mailableLinks). */
  readonly links: ReadonlyMap<string, MailableLink>;
}

/** What stands in the way of a link's message before anything is sent, if anything. */
function blocked(link: MailableLink): MailFailure | undefined {
  if (link.revoked) return 'link_revoked';
  if (link.uses > 0) return 'already_answered';
  if (!link.sealedSecret) return 'link_not_kept';
  if (link.sends >= MAIL_SENDS_PER_LINK) return 'sent_too_often';
  return undefined;
}

/**
 * Sends the reserved messages one by one, in the batch's order. A failure of the service itself
 * (not set up, over its limits, unavailable) stops the batch: the rest are not tried and say so.
 */
async function sendReserved(
  context: BatchContext,
  reserved: ReadonlyMap<string, number>,
  fail: (id: string, why: MailFailure) => void,
  done: { readonly sent: Set<string>; readonly codes: MailErrorCode[] },
) {
  const { sent, codes } = done;
  let stopped: MailFailure | undefined;
  const factsOf = (link: MailableLink, address: string): InvitationFacts =>
    invitationFacts(context.partnership, context.partners.find((p) => p.id === link.partnerId)!, context.survey, address);
  for (const message of context.batch.messages.filter((m) => reserved.has(m.linkId))) {
    const link = context.links.get(message.linkId)!;
    if (stopped) {
      fail(link.id, stopped);
      continue;
    }
    const secret = await context.actor.keyring.sealer.open(link.id, link.sealedSecret!);
    if (!secret) {
      // A value that does not open was not sealed for this row: never sent, and worth a log line.
      console.error(`link ${link.id}: its sealed secret does not open with its partnership's key`);
      fail(link.id, 'link_not_kept');
      continue;
    }
    const content = letterMessage(
      factsOf(link, linkAddress(context.origin, 'respondent_single', secret)),
      message.language,
      context.batch.letter,
    );
    const outcome = await context.setup.mailer.send({
      from: { email: context.setup.from, name: SENDER_NAME },
      to: message.to,
      replyTo: context.batch.replyTo,
      ...content,
    });
    if (outcome.sent) {
      sent.add(link.id);
      continue;
    }
    codes.push(outcome.code);
    const { failure, stopBatch } = failureOf(outcome.code);
    fail(link.id, failure);
    if (stopBatch) stopped = failure;
  }
}

/** Sends the batch; returns each person's result in the batch's order, and today's count and limit for the survey. */
export async function sendBatch(db: Database, context: BatchContext) {
  const { batch, survey, links } = context;
  const failures = new Map<string, MailFailure>();
  const fail = (linkId: string, reason: MailFailure) => failures.set(linkId, reason);

  // Before anything is sent: links that cannot be answered or were sent too often, and what is beyond today's limit.
  const sendable: string[] = [];
  for (const { linkId } of batch.messages) {
    const reason = blocked(links.get(linkId)!);
    if (reason) fail(linkId, reason);
    else sendable.push(linkId);
  }
  const today = await mailToday(db, survey);
  const room = Math.max(0, today.limit - today.sent);
  for (const linkId of sendable.slice(room)) fail(linkId, 'daily_limit');
  const wanted = sendable.slice(0, room);
  const reserved = await reserveSends(db, survey.id, wanted, today.limit);
  // Not reserved: another request took today's room in the meantime, or this link's last sends.
  for (const linkId of wanted.filter((id) => !reserved.has(id))) fail(linkId, reserved.size === 0 ? 'daily_limit' : 'sent_too_often');

  const sent = new Set<string>();
  const codes: MailErrorCode[] = [];
  try {
    await sendReserved(context, reserved, fail, { sent, codes });
  } finally {
    // Also when sending broke off: what went is counted and audited, the rest of the reservations given back.
    const perPartner = new Map<string, number>();
    for (const linkId of sent) {
      const partnerId = links.get(linkId)!.partnerId;
      perPartner.set(partnerId, (perPartner.get(partnerId) ?? 0) + 1);
    }
    const unsent = [...reserved].filter(([linkId]) => !sent.has(linkId)).map(([, seq]) => seq);
    const action = batch.letter === 'invitation' ? 'invitations_sent' : 'reminders_sent';
    await settleSends(db, context.actor, { action, surveyId: survey.id, perPartner }, unsent);
  }
  if (codes.length > 0) {
    // What went wrong, as the service's codes: never an address, never the service's message (it may hold one).
    console.warn(JSON.stringify({ level: 'warn', event: 'mail_not_sent', surveyId: survey.id, codes }));
  }
  const results: MailResult[] = batch.messages.map(({ linkId }) => {
    const reason = failures.get(linkId);
    return reason ? { linkId, outcome: 'failed', reason } : { linkId, outcome: 'sent' };
  });
  return { results, today: { sent: today.sent + sent.size, limit: today.limit } };
}
