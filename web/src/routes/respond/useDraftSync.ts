/**
 * The respondent's answers, never lost: every change is written to this device at once, and sent to
 * the server as a draft shortly after (one save at a time; a passing fault is retried at once
 * without a word, `sendPatiently`; while offline it waits for the connection, after a lasting fault
 * it tries again with back-off). A personal link begun on another device
 * starts from the server's draft.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type Api, readError } from '../../lib/api';
import { firstOpenStep, type Page } from './progress';
import { type AnswerMap, type DeviceStore, type LocalRespondent, newSubmissionId, retryDelay } from './storage';
import { sendPatiently } from './transient';
import type { Connection, OpenedSurvey, SurveyContext } from './useSession';

/** Where the latest answers are: on the server, on their way, or only on this device. */
export type SyncState = 'idle' | 'saving' | 'saved' | 'device_only' | 'offline';

/** How long after the last change a draft goes to the server. */
const DRAFT_DELAY_MS = 800;
/** Retries after a failed draft save; the answers stay on the device either way. */
const DRAFT_RETRIES = 6;

/** Where this respondent left off: this device's state, else a fresh one (from the server's draft for a personal link begun elsewhere). */
export async function restoreRespondent(
  store: DeviceStore,
  api: Api,
  context: SurveyContext,
  pages: readonly Page[],
): Promise<{ start: LocalRespondent; restored: boolean }> {
  const kept = store.load();
  if (kept) return { start: kept, restored: false };
  let start: LocalRespondent = { submissionId: newSubmissionId(), answers: {}, step: 0, pendingSubmit: false, submitted: false };
  let restored = false;
  if (context.singleUse && context.state === 'open') {
    try {
      const res = await api.respond.draft.$get({ query: { submissionId: start.submissionId } });
      if (res.ok) {
        const { draft } = await res.json();
        if (draft && Object.keys(draft.answers).length > 0) {
          const answers = draft.answers as AnswerMap;
          start = { ...start, submissionId: draft.submissionId, answers, step: firstOpenStep(pages, answers) };
          restored = true;
        }
      } else {
        console.warn('looking for a saved draft failed', res.status);
      }
    } catch (error) {
      console.warn('looking for a saved draft failed', error);
    }
  }
  store.save(start);
  return { start, restored };
}

/** A change to the respondent's state: the fields to set, or a function of the current state that gives them. */
export type RespondentChange = Partial<LocalRespondent> | ((current: LocalRespondent) => Partial<LocalRespondent>);

export function useDraftSync(survey: OpenedSurvey, connect: () => Connection, online: boolean) {
  const { store, context } = survey;
  const [respondent, setRespondent] = useState(survey.start);
  const [sync, setSync] = useState<SyncState>(survey.restored ? 'saved' : 'idle');

  /** Changes the respondent's state and writes it to this device in the same step. */
  const update = useCallback(
    (change: RespondentChange) => {
      setRespondent((current) => {
        const next = { ...current, ...(typeof change === 'function' ? change(current) : change) };
        if (!store.save(next)) setSync('device_only');
        return next;
      });
    },
    [store],
  );

  const failures = useRef(0);
  const [retry, setRetry] = useState(0);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const generation = useRef(0);

  const saveDraft = useCallback(
    async (submissionId: string, answers: AnswerMap): Promise<void> => {
      const own = ++generation.current;
      setSync('saving');
      try {
        const { api, language } = connect();
        const res = await sendPatiently(() => api.respond.draft.$put({ json: { submissionId, language, answers } }));
        if (res.ok) {
          await res.json();
          failures.current = 0;
          // Only the latest save may say "saved".
          if (own === generation.current) setSync('saved');
          return;
        }
        const error = await readError(res);
        console.warn('draft not saved on the server', res.status, error.code);
        // A refusal (closed survey, used link, invalid answer) will not change by retrying; a fault may.
        if (res.status < 500 && res.status !== 429) return setSync('device_only');
      } catch (error) {
        console.warn('draft did not reach the server', error);
      }
      setSync(navigator.onLine ? 'device_only' : 'offline');
      if (failures.current < DRAFT_RETRIES) {
        failures.current++;
        setRetry((n) => n + 1);
      }
    },
    [connect],
  );

  const { submissionId, answers } = respondent;
  const wanted =
    !survey.preview && !respondent.submitted && !respondent.pendingSubmit && Object.keys(answers).length > 0 && context.state === 'open';
  // Runs again when the answers change (not when only the step does), when the connection comes or
  // goes, and for each retry.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `retry` is not read here, it is the trigger: each bump after a failed save asks for one more try of the same answers (the delay comes from `failures`).
  useEffect(() => {
    if (!wanted) return;
    if (!online) return setSync('offline');
    const delay = failures.current === 0 ? DRAFT_DELAY_MS : retryDelay(failures.current - 1);
    const timer = window.setTimeout(() => {
      // One save at a time, so an older save can never land after a newer one.
      saving.current = saving.current.then(() => saveDraft(submissionId, answers));
    }, delay);
    return () => window.clearTimeout(timer);
  }, [wanted, online, submissionId, answers, retry, saveDraft]);

  return { respondent, update, sync };
}
