import type { ComponentChildren, RefObject } from 'preact';

export interface MessageProps {
  readonly title: string;
  readonly children?: ComponentChildren;
  readonly tone?: 'info' | 'error';
  /** Makes the heading focusable (tabindex -1), for pages that move the focus to the message. */
  readonly headingRef?: RefObject<HTMLHeadingElement>;
}

/** A full-page message: a closed survey, a used or unknown link, an error. */
export function Message({ title, children, tone = 'info', headingRef }: MessageProps) {
  return (
    <section class={`message message-${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <h1 ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </h1>
      {children}
    </section>
  );
}
