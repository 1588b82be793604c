/** The frame of every respondent screen, and the full-page notices (closed, used, unknown, fault, thanks). */
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { Message, type MessageProps } from '../../../components/Message';
import { TopBar } from '../../../components/TopBar';
import { useDocumentTitle } from '../../../lib/hooks';

/** On the organiser's preview, the banner every screen shows (preview.ts); empty on a respondent's page. */
export const PreviewBanner = createContext('');

export function Shell({ children }: { children: ComponentChildren }) {
  const banner = useContext(PreviewBanner);
  return (
    <>
      <TopBar />
      <main class="page respond">
        {banner ? <p class="preview-banner">{banner}</p> : null}
        {children}
      </main>
    </>
  );
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
