/**
 * The respondent's survey, opened by the link in the page address (`/respond#secret`), with what
 * `openSurvey` brings (asked for by the page's entry, web/src/respond.tsx, before the first render;
 * the organiser's preview has an entry of its own, web/src/preview.tsx).
 *
 * Nothing is lost: every change is written to this device at once, sent to the server as a draft
 * shortly after (useDraftSync), and a submit made offline or during a server fault waits and
 * retries with the same submission id, so the server stores it once (useSubmit). On the preview
 * the organiser walks the same screens and nothing is stored (preview.ts).
 */
import { render } from 'preact';
import { useDocumentTitle } from '../../lib/hooks';
import { fill, LanguageProvider, useLanguage } from '../../lib/i18n';
import { Survey } from './Survey';
import { Notice, PreviewBanner, Shell } from './screens/Shell';
import * as text from './text';
import { type Session, useSession } from './useSession';
import './respond.css';

/** Draws the page into the document, for an entry (the respondent's page, or the organiser's preview) that has begun opening the survey. */
export function showRespondPage(secret: string | undefined, opening: Promise<Session>) {
  render(
    <LanguageProvider>
      <RespondPage secret={secret} opening={opening} />
    </LanguageProvider>,
    document.getElementById('app')!,
  );
}

function RespondPage(props: { secret: string | undefined; opening: Promise<Session> }) {
  const { t } = useLanguage();
  const session = useSession(props.secret, props.opening);
  const opened = session.session.kind === 'ready' ? session.session : undefined;
  const banner = opened?.preview ? fill(t(opened.preview.banner), { partner: opened.context.partner.name }) : '';
  return (
    <PreviewBanner.Provider value={banner}>
      <Screen {...session} />
    </PreviewBanner.Provider>
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
