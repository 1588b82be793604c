/**
 * The mail-merge list, kept in this browser only (localStorage), per survey and partner, so the
 * organiser can come back weeks later for reminders. It holds names, addresses and which link
 * (by its id) each person got: never a link itself, which the server shows again to an organiser
 * link only. The organiser can forget it with one button.
 */
import type { Person } from './people';

/** One person of the list and the id of the personal link made for them. */
export interface ListedPerson extends Person {
  readonly linkId: string;
}

export interface MailingList {
  /** The day the links were made (`YYYY-MM-DD`). */
  readonly createdOn: string;
  readonly people: readonly ListedPerson[];
}

const PREFIX = 'samenwaarde.mailing.';
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

/** Removes the list from this device. */
export function forgetList(surveyId: string, partnerId: string): void {
  try {
    localStorage.removeItem(keyOf(surveyId, partnerId));
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
