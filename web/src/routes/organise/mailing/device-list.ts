/**
 * The mail-merge list, kept in this browser only (localStorage), per survey and partner, so the
 * organiser can come back weeks later for reminders. It holds names, addresses, which link (by its
 * id) each person got and what became of the last message the platform sent them: never a link
 * itself, which the server shows again to an organiser link only. The organiser can forget it with
 * one button. The organiser's own reply-to address is kept here too, for the next send.
 */
import type { Letter } from '../../../../../core/invitation';
import type { MailFailure } from '../../../../../core/schemas/mail';
import type { Person } from './people';

/** The last message the platform sent (or tried to send) a person: on which day, and whether it went. */
export type MailRecord =
  | { readonly letter: Letter; readonly day: string; readonly outcome: 'sent' }
  | { readonly letter: Letter; readonly day: string; readonly outcome: 'failed'; readonly reason: MailFailure };

/** One person of the list, the id of the personal link made for them, and their last message from the platform. */
export interface ListedPerson extends Person {
  readonly linkId: string;
  readonly mail?: MailRecord;
}

export interface MailingList {
  /** The day the links were made (`YYYY-MM-DD`). */
  readonly createdOn: string;
  readonly people: readonly ListedPerson[];
}

const PREFIX = 'samenwaarde.mailing.';
const REPLY_TO_KEY = 'samenwaarde.reply-to';
const keyOf = (surveyId: string, partnerId: string) => `${PREFIX}${surveyId}.${partnerId}`;

/** The list kept for this survey and partner, if any. */
export function loadList(surveyId: string, partnerId: string): MailingList | undefined {
  try {
    const raw = localStorage.getItem(keyOf(surveyId, partnerId));
    return raw ? (JSON.parse(raw) as MailingList) : undefined;
  } catch (error) {
    console.warn('reading the mail-merge list on this device failed', error);
    return undefined;
  }
}

/** Keeps the list on this device; false when the browser refuses (private mode, full storage). */
export function saveList(surveyId: string, partnerId: string, list: MailingList): boolean {
  try {
    localStorage.setItem(keyOf(surveyId, partnerId), JSON.stringify(list));
    return true;
  } catch (error) {
    console.warn('keeping the mail-merge list on this device failed', error);
    return false;
  }
}

/** Removes the list from this device, and the organiser's own reply-to address with it. */
export function forgetList(surveyId: string, partnerId: string): void {
  try {
    localStorage.removeItem(keyOf(surveyId, partnerId));
    localStorage.removeItem(REPLY_TO_KEY);
  } catch (error) {
    console.warn('removing the mail-merge list from this device failed', error);
  }
}

/** After a personal link is re-issued, the person who had it gets the new one in every kept list. */
export function replaceLinkInLists(oldId: string, newId: string): void {
  try {
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith(PREFIX))) {
      const list = JSON.parse(localStorage.getItem(key) ?? 'null') as MailingList | null;
      if (!list?.people.some((p) => p.linkId === oldId)) continue;
      const people = list.people.map((p) => (p.linkId === oldId ? { ...p, linkId: newId } : p));
      localStorage.setItem(key, JSON.stringify({ ...list, people }));
    }
  } catch (error) {
    console.warn('updating the mail-merge lists on this device failed', error);
  }
}

/** The reply-to address the organiser gave last on this device, if any. */
export function loadReplyTo(): string {
  try {
    return localStorage.getItem(REPLY_TO_KEY) ?? '';
  } catch (error) {
    console.warn('reading the reply-to address on this device failed', error);
    return '';
  }
}

/** Keeps the organiser's reply-to address on this device for the next send (not on the server). */
export function saveReplyTo(address: string): void {
  try {
    localStorage.setItem(REPLY_TO_KEY, address);
  } catch (error) {
    console.warn('keeping the reply-to address on this device failed', error);
  }
}
