/**
 * The organiser's preview: the respondent's own pages, opened from the organiser page with the
 * organiser link (`/respond?preview=<survey>&partner=<partner>#<organiser secret>`). The survey
 * context comes from the organiser's preview route, answers stay in this tab's memory, and nothing
 * is sent: no draft, no response, no progress counter.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DeviceStore, LocalRespondent } from './storage';

/** The survey and partner to preview, from the page address; undefined on a respondent's own page. */
export interface PreviewTarget {
  readonly surveyId: string;
  readonly partnerId: string;
}

export function previewFromLocation(): PreviewTarget | undefined {
  const query = new URLSearchParams(location.search);
  const surveyId = query.get('preview');
  const partnerId = query.get('partner');
  return surveyId && partnerId ? { surveyId, partnerId } : undefined;
}

/** On the organiser's preview, the name of the partner previewed as (screens say so); empty on a respondent's page. */
export const PreviewContext = createContext('');
export const usePreview = () => useContext(PreviewContext);

/** A store that forgets with the tab: the preview keeps nothing on the device either. */
export function memoryStore(): DeviceStore {
  let state: LocalRespondent | undefined;
  let context: unknown;
  return {
    load: () => state,
    save: (next) => {
      state = next;
      return true;
    },
    forget: () => {
      state = undefined;
    },
    loadContext: <T>() => context as T | undefined,
    saveContext: (next) => {
      context = next;
      return true;
    },
  };
}
