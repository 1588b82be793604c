/** The frame of every respondent screen, and the full-page notices (closed, used, unknown, fault, thanks). */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Message } from '../../../components/Message';
import { TopBar } from '../../../components/TopBar';
import { useDocumentTitle } from '../../../lib/hooks';

export function Shell({ children }: { children: ComponentChildren }) {
  return (
    <>
      <TopBar />
      <main class="page respond">{children}</main>
    </>
  );
}

/**
 * A full-page message; its heading takes the focus when the page arrives here after an action
 * (a submit, a refused link) and nothing else holds the focus.
 */
export function Notice({
  title,
  children,
  tone = 'info',
  headingRef,
}: {
  title: string;
  children?: ComponentChildren;
  tone?: 'info' | 'error';
  /** The page's heading ref, when the page moves the focus itself; else the notice keeps its own. */
  headingRef?: RefObject<HTMLHeadingElement>;
}) {
  const ownRef = useRef<HTMLHeadingElement>(null);
  const heading = headingRef ?? ownRef;
  useDocumentTitle(title);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) heading.current?.focus();
  }, [heading]);
  return (
    <Shell>
      <Message title={title} tone={tone} headingRef={heading}>
        {children}
      </Message>
    </Shell>
  );
}
