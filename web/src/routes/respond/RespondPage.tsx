/**
 * The respondent's survey, opened by the link in the page address (`/respond#secret`), with what
 * `openSurvey` brings (asked for by the page's entry, web/src/respond.tsx, before the first render).
 *
 * Nothing is lost: every change is written to this device at once, sent to the server as a draft
 * shortly after (useDraftSync), and a submit made offline or during a server fault waits and
 * retries with the same submission id, so the server stores it once (useSubmit).
 */
import { useDocumentTitle } from '../../lib/hooks';
import { useLanguage } from '../../lib/i18n';
import { Survey } from './Survey';
import { Notice, Shell } from './screens/Shell';
import { text } from './text';
import { type Session, useSession } from './useSession';
import './respond.css';

export function RespondPage({ secret, opening }: { secret: string | undefined; opening: Promise<Session> }) {
  const { t } = useLanguage();
  const { session, connect, setLinkState, linkUnknown } = useSession(secret, opening);

  switch (session.kind) {
    case 'loading':
      return <Loading />;
    case 'unknown_link':
      return (
        <Notice title={t(text.unknownTitle)} tone="error">
          <p>{t(text.unknownBody)}</p>
        </Notice>
      );
    case 'failed':
      return (
        <Notice title={t(text.failedTitle)} tone="error">
          <p>{t(text.failedBody)}</p>
          <button type="button" onClick={() => location.reload()}>
            {t(text.tryAgain)}
          </button>
        </Notice>
      );
    case 'ready':
      return <Survey survey={session} connect={connect} setLinkState={setLinkState} linkUnknown={linkUnknown} />;
  }
}

function Loading() {
  const { t } = useLanguage();
  useDocumentTitle(t(text.loading));
  return (
    <Shell>
      <p aria-busy="true">{t(text.loading)}</p>
    </Shell>
  );
}
