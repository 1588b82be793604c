/**
 * The one submit: idempotent (the same submission id on every try, so the server stores it once),
 * and patient: a passing fault is retried at once without a word (`sendPatiently`), while offline it
 * waits for the connection, after a lasting server fault it says so and tries again with back-off,
 * and a submit still under way when the page closed is sent again when it opens.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { ErrorBody } from '../../../../core/errors';
import { readError } from '../../lib/api';
import { useLatest } from '../../lib/hooks';
import { backOff, type LocalRespondent, whenOnline } from './storage';
import { sendPatiently } from './transient';
import type { RespondentChange } from './useDraftSync';
import type { Connection } from './useSession';

/** A submit in progress: sending, waiting for the connection, or retrying after a server fault. */
export type SubmitState = 'idle' | 'sending' | 'offline' | 'retrying';

/** What the page does with the server's final word on a submit. */
export interface SubmitOutcome {
  /** Stored (or stored already, by a try whose reply got lost). */
  readonly stored: () => void;
  /** Refused for good: the link or survey no longer takes answers, or answers are invalid. */
  readonly refused: (error: ErrorBody['error'], status: number) => void;
}

/** `preview`: the organiser's preview, where sending ends the walk through without a request. */
export function useSubmit(connect: () => Connection, update: (change: RespondentChange) => void, outcome: SubmitOutcome, preview = false) {
  const [submit, setSubmit] = useState<SubmitState>('idle');
  const sending = useRef(false);
  // A submit can wait minutes for a connection: it reports to the page's handlers of that moment.
  const latestOutcome = useLatest(outcome);

  const send = useCallback(
    async (state: LocalRespondent) => {
      // A double tap (or a resumed submit racing a tap) sends once; the server would also refuse a copy.
      if (sending.current) return;
      if (preview) {
        update({ submitted: true, answers: {} });
        return latestOutcome.current.stored();
      }
      sending.current = true;
      update({ pendingSubmit: true });
      setSubmit('sending');
      try {
        for (let attempt = 0; ; attempt++) {
          if (!navigator.onLine) {
            setSubmit('offline');
            await whenOnline();
            setSubmit('sending');
          }
          let serverFault = false;
          try {
            const { api, language } = connect();
            const res = await sendPatiently(() =>
              api.respond.submit.$post({ json: { submissionId: state.submissionId, language, answers: state.answers } }),
            );
            if (res.ok) {
              // stored or already_stored (a retry of a submit whose reply got lost): either way it is in.
              const { outcome } = await res.json();
              if (outcome === 'already_stored') console.info('this submission was already stored');
              // Nothing of the response stays on the device: not the answers, not the id that names it on the server.
              update({ pendingSubmit: false, submitted: true, answers: {}, submissionId: '', step: 0 });
              setSubmit('idle');
              return latestOutcome.current.stored();
            }
            const error = await readError(res);
            const status: number = res.status;
            if (status === 409 || status === 400 || status === 404) {
              update({ pendingSubmit: false });
              setSubmit('idle');
              return latestOutcome.current.refused(error, status);
            }
            console.warn('submit refused for now, retrying', res.status, error.code);
            serverFault = true;
          } catch (error) {
            console.warn('submit did not reach the server, retrying', error);
          }
          setSubmit(serverFault || navigator.onLine ? 'retrying' : 'offline');
          await backOff(attempt);
          setSubmit('sending');
        }
      } finally {
        sending.current = false;
      }
    },
    [connect, update, latestOutcome, preview],
  );

  return { submit, send };
}
