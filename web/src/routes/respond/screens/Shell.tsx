/** The frame of every respondent screen, and the full-page notices (closed, used, unknown, fault, thanks). */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Message, type MessageProps } from '../../../components/Message';
import { TopBar } from '../../../components/TopBar';
import { useDocumentTitle } from '../../../lib/hooks';
import { fill, useLanguage } from '../../../lib/i18n';
import { usePreview } from '../preview';
import { text } from '../text';

export function Shell({ children }: { children: ComponentChildren }) {
  const preview = usePreviewBanner();
  return (
    <>
      <TopBar />
      <main class="page respond">
        {preview ? <p class="preview-banner">{preview}</p> : null}
        {children}
      </main>
    </>
  );
}

/** The preview's banner text, on every screen of the organiser's preview; empty otherwise. */
function usePreviewBanner(): string {
  const { t } = useLanguage();
  const preview = usePreview();
  return preview ? fill(t(text.previewBanner), { partner: preview }) : '';
}

/**
 * A full-page message; its heading takes the focus when the page arrives here after an action
 * (a submit, a refused link) and nothing else holds the focus. Without `headingRef` (the page's own,
 * when the page moves the focus itself) the notice keeps a ref of its own.
 */
export function Notice({ headingRef, ...message }: MessageProps) {
  const ownRef = useRef<HTMLHeadingElement>(null);
  const heading = headingRef ?? ownRef;
  useDocumentTitle(message.title);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) heading.current?.focus();
  }, [heading]);
  return (
    <Shell>
      <Message {...message} headingRef={heading} />
    </Shell>
  );
}
