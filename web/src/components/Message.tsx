import type { ComponentChildren, RefObject } from 'preact';

/**
 * A full-page message: a closed survey, a used or unknown link, an error. With `headingRef` the
 * heading can take the focus (tabindex -1), for pages that move the focus to the message.
 */
export function Message({
  title,
  children,
  tone = 'info',
  headingRef,
}: {
  title: string;
  children?: ComponentChildren;
  tone?: 'info' | 'error';
  headingRef?: RefObject<HTMLHeadingElement>;
}) {
  return (
    <section class={`message message-${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <h1 ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </h1>
      {children}
    </section>
  );
}
