/**
 * The organiser's preview: the respondent's own pages, opened from the organiser page with the
 * organiser link (`/preview?survey=<survey>&partner=<partner>#<organiser secret>`). The survey
 * context comes from the organiser's preview route, answers stay in this tab's memory, and nothing
 * is sent: no draft, no response, no progress counter.
 *
 * Only the preview's entry (web/src/preview.tsx, a build of its own) imports this file, so a
 * respondent's phone never downloads what only the organiser uses.
 */
import type { Language } from '../../lib/i18n';
import type { DeviceStore, LocalRespondent } from './storage';
import { openSurvey, type PreviewTexts, type Session } from './useSession';
import './preview.css';

/** The survey and partner to preview, from the page address. */
export interface PreviewTarget {
  readonly surveyId: string;
  readonly partnerId: string;
}

export function previewFromLocation(): PreviewTarget | undefined {
  const query = new URLSearchParams(location.search);
  const surveyId = query.get('survey');
  const partnerId = query.get('partner');
  return surveyId && partnerId ? { surveyId, partnerId } : undefined;
}

/** What the preview says on its screens, in Dutch and English. */
const previewTexts: PreviewTexts = {
  banner: {
    nl: 'Voorbeeld voor de organisator: zo ziet een respondent van {partner} de vragenlijst. Er wordt niets opgeslagen of verstuurd.',
    en: 'Preview for the organiser: this is how a respondent of {partner} sees the survey. Nothing is saved or sent.',
  },
  done: {
    nl: 'Dit was het voorbeeld. Er is niets verstuurd of opgeslagen: de respons telt niet mee. U kunt dit tabblad sluiten.',
    en: 'That was the preview. Nothing was sent or saved: it does not count in the response. You can close this tab.',
  },
};

/** Opens the survey as a respondent of the target partner sees it, kept in this tab's memory only. */
export async function openPreview(secret: string | undefined, language: Language, target: PreviewTarget | undefined): Promise<Session> {
  if (!target) return { kind: 'unknown_link' };
  return openSurvey(secret, language, {
    store: memoryStore(),
    fetchContext: (api) =>
      api.organiser.surveys[':surveyId'].preview.$get({ param: { surveyId: target.surveyId }, query: { partnerId: target.partnerId } }),
    texts: previewTexts,
  });
}

/** A store that forgets with the tab: the preview keeps nothing on the device either. */
function memoryStore(): DeviceStore {
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
