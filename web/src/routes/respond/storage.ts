/**
 * Nothing lost: every answer is kept on the device at once (localStorage), sent to the server as a
 * draft in the background, and a submit made offline waits for the connection to return.
 */
import type { AnswerValue } from '../../../../core/instrument/types';

export type AnswerMap = Record<string, AnswerValue>;

export interface LocalRespondent {
  /** The client's id for this response: the same on every retry, so submit is idempotent. */
  submissionId: string;
  answers: AnswerMap;
  step: number;
  /** Set when the respondent pressed submit and the server has not confirmed yet. */
  pendingSubmit: boolean;
  submitted: boolean;
}

export const newSubmissionId = () => crypto.randomUUID().replaceAll('-', '');

async function storageKey(secret: string, what: string): Promise<string> {
  // The link secret itself never goes into storage keys: a hash prefix is enough to tell links apart.
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`samenwaarde:${secret}`));
  const hex = [...new Uint8Array(digest).slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `samenwaarde.${what}.${hex}`;
}

function read<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch (error) {
    console.warn('reading saved answers failed', error);
    return undefined;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch (error) {
    console.warn('saving answers on this device failed', error);
    return false;
  }
}

/** Removes a key; storage that cannot be written holds nothing to remove. */
export function forget(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch (error) {
    console.warn('removing saved answers from this device failed', error);
  }
}

/** The device-side store for one link. */
export async function deviceStore(secret: string) {
  const [stateKey, cacheKey] = await Promise.all([storageKey(secret, 'respondent'), storageKey(secret, 'context')]);
  return {
    load: () => read<LocalRespondent>(stateKey),
    save: (state: LocalRespondent) => write(stateKey, state),
    /** Removes this respondent's state from the device (a shared device, before the next person). */
    forget: () => forget(stateKey),
    /** The survey context and instrument, so a reload on a dead connection still shows the questions. */
    loadContext: <T>() => read<T>(cacheKey),
    saveContext: (context: unknown) => write(cacheKey, context),
  };
}
export type DeviceStore = Awaited<ReturnType<typeof deviceStore>>;

/** `ms`, give or take a quarter: so that many phones that met the same fault do not retry in step. */
export const jittered = (ms: number) => ms * (0.75 + Math.random() * 0.5);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the browser says the connection is back. */
const online = () => new Promise<void>((resolve) => window.addEventListener('online', () => resolve(), { once: true }));

/** Resolves when the browser believes it is online again (or at once if it is). */
export function whenOnline(): Promise<void> {
  return navigator.onLine ? Promise.resolve() : online();
}

/** Back-off delay for retry number `attempt`: 1 s, 2 s, 4 s … up to 30 s, jittered. */
export const retryDelay = (attempt: number) => jittered(Math.min(30_000, 1000 * 2 ** attempt));

/** Waits out the back-off for retry number `attempt`, or less if the connection comes back meanwhile. */
export async function backOff(attempt: number): Promise<void> {
  await Promise.race([sleep(retryDelay(attempt)), online()]);
}
