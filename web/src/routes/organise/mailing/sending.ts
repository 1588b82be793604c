/**
 * Sending a letter to people of the kept list from the platform (the organiser's page side of
 * worker/mail/): who gets which letter, and the batches to the send route, each person's address
 * going only with their own message. Results come back per link id and are kept with the person
 * on this device; the server keeps no address.
 */

import type { Language } from '../../../../../core/instrument/types';
import type { Letter } from '../../../../../core/invitation';
import { MAIL_BATCH_SIZE, type MailFailure } from '../../../../../core/schemas/mail';
import type { Api } from '../../../lib/api';
import { readError } from '../../../lib/api';
import type { MailAnswer, OverviewLink } from '../types';
import type { ListedPerson, MailRecord } from './device-list';

/** A person's link as the overview has it: live and not answered with yet is what a letter needs. */
const waitingFor = (person: ListedPerson, links: readonly OverviewLink[]) => {
  const link = links.find((l) => l.id === person.linkId);
  return link !== undefined && !link.revoked && link.uses === 0;
};

/** Reasons a new try cannot change: the link's own state or its limit. */
const final: ReadonlySet<MailFailure> = new Set(['already_answered', 'link_revoked', 'link_not_kept', 'sent_too_often']);

/**
 * Who each button sends to, among those whose link is live and not answered with: the invitation to
 * whoever has had nothing from the platform yet; the reminder to all of them, except whose
 * invitation from here failed (a reminder would speak of an invitation they never got); a new try
 * to those whose last message failed for a reason that may pass.
 */
export function recipients(people: readonly ListedPerson[], links: readonly OverviewLink[]) {
  const waiting = people.filter((p) => waitingFor(p, links));
  const failed = (p: ListedPerson) => p.mail?.outcome === 'failed';
  return {
    invitation: waiting.filter((p) => p.mail === undefined),
    reminder: waiting.filter((p) => !(failed(p) && p.mail?.letter === 'invitation')),
    again: waiting.filter((p) => p.mail?.outcome === 'failed' && !final.has(p.mail.reason)),
  };
}

/** Failures after which the next batches would fail the same way: today's limit, or the service itself. */
const stopsSending: ReadonlySet<MailFailure> = new Set(['daily_limit', 'not_set_up', 'service_busy', 'service_error']);

export interface SendRun {
  readonly api: Api;
  readonly surveyId: string;
  readonly letter: Letter;
  readonly replyTo: string;
  readonly people: readonly ListedPerson[];
  readonly languageOf: (person: ListedPerson) => Language;
  /** After each batch: the records of the people it held, by link id, and today's count. */
  readonly onBatch: (records: ReadonlyMap<string, MailRecord>, today: { sent: number; limit: number }) => void;
  /** While the platform asks to slow down: how long the page waits before it tries the batch again. */
  readonly onWait?: (seconds: number) => void;
}

/** How often one batch is tried again after "too many requests" before the run gives up. */
const MAX_WAITS = 30;

/** How a run ended: every batch answered, stopped by a failure that the next batches would meet too, or a whole batch refused (the API's words). */
export type RunEnd =
  | { readonly kind: 'done' }
  | { readonly kind: 'stopped'; readonly reason: MailFailure }
  | { readonly kind: 'refused'; readonly message: string };

/**
 * Sends the letter in batches, one after the other; each person's result goes into their record.
 * People the run did not reach (it stopped or was refused) keep the record they had.
 */
export async function sendLetter(run: SendRun): Promise<RunEnd> {
  const day = new Date().toISOString().slice(0, 10);
  for (let from = 0; from < run.people.length; from += MAIL_BATCH_SIZE) {
    const batch = run.people.slice(from, from + MAIL_BATCH_SIZE);
    const messages = batch.map((p) => ({ linkId: p.linkId, to: p.email, language: run.languageOf(p) }));
    let res: Response;
    for (let waits = 0; ; waits++) {
      res = await run.api.organiser.surveys[':surveyId'].mail.$post({
        param: { surveyId: run.surveyId },
        json: { letter: run.letter, replyTo: run.replyTo, messages },
      });
      if (res.status !== 429 || waits === MAX_WAITS) break;
      const seconds = Number(res.headers.get('retry-after') ?? 10);
      run.onWait?.(seconds);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
    if (!res.ok) return { kind: 'refused', message: (await readError(res)).message };
    const answer = (await res.json()) as MailAnswer;
    const records = new Map<string, MailRecord>(
      answer.results.map((r) => [
        r.linkId,
        r.outcome === 'sent'
          ? { letter: run.letter, day, outcome: 'sent' }
          : { letter: run.letter, day, outcome: 'failed', reason: r.reason },
      ]),
    );
    run.onBatch(records, answer.today);
    const stop = answer.results.find((r) => r.outcome === 'failed' && stopsSending.has(r.reason));
    if (stop?.outcome === 'failed') return { kind: 'stopped', reason: stop.reason };
  }
  return { kind: 'done' };
}
