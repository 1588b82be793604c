import type { ComponentChildren } from 'preact';

/** A full-page message: a closed survey, a used or unknown link, an error. */
export function Message({ title, children, tone = 'info' }: { title: string; children?: ComponentChildren; tone?: 'info' | 'error' }) {
  return (
    <section class={`message message-${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <h1>{title}</h1>
      {children}
    </section>
  );
}
