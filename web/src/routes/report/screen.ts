/**
 * What the report shows open from the start depends on the screen: on a phone the header's
 * challenge and context and the list of who took part start collapsed to one line each, so the
 * summary's findings start on the first screen; on a laptop they fit beside the answer and start
 * open. Either way they are the same elements in the same order, one tap away. Each such <details>
 * has the class `phone-collapsed`: every printout opens them (ReportPage.tsx).
 */
import { useState } from 'preact/hooks';

/** Wider than the report's phone layout (report.css: `max-width: 40rem`). */
const WIDE_SCREEN = '(min-width: 40.01rem)';

/** Whether a <details> starts open here: read once, so a reader who opens or closes it keeps it that way. */
export function useOpenOnWideScreen(): boolean {
  const [open] = useState(() => matchMedia(WIDE_SCREEN).matches);
  return open;
}
