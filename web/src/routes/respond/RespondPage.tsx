/**
 * The respondent's survey, opened by the link in the page address (`/respond#secret`), with what
 * `openSurvey` brings (asked for by the page's entry, web/src/respond.tsx, before the first render).
 *
 * Nothing is lost: every change is written to this device at once, sent to the server as a draft
 * shortly after (useDraftSync), and a submit made offline or during a server fault waits and
 * retries with the same submission id, so the server stores it once (useSubmit). With
 * `?preview=` the organiser walks the same screens and nothing is stored (preview.ts).
 */
import { useDocumentTitle } from '../../lib/hooks';
import { useLanguage } from '../../lib/i18n';
import { PreviewContext, type PreviewTarget } from './preview';
import { Survey } from './Survey';
import { Notice, Shell } from './screens/Shell';
import { text } from './text';
import { type Session, useSession } from './useSession';
import './respond.css';

export function RespondPage(props: { secret: string | undefined; opening: Promise<Session>; preview?: PreviewTarget }) {
  const session = useSession(props.secret, props.opening);
  const previewedAs = props.preview && session.session.kind === 'ready' ? session.session.context.partner.name : '';
  return (
    <PreviewContext.Provider value={previewedAs}>
      <Screen {...session} />
    </PreviewContext.Provider>
  );
}

function Screen({ session, connect, setLinkState, linkUnknown }: ReturnType<typeof useSession>) {
  const { t } = useLanguage();

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
