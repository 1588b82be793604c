/**
 * Text put into markup the platform writes itself (Office Open XML files, the HTML of the messages
 * it sends, the local outbox's page): escaped so that it can only ever be text.
 */

/** Text as XML or HTML character data (or a quoted attribute value); characters XML 1.0 cannot hold at all are dropped. */
export function escapeMarkup(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML refuses.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
  );
}
