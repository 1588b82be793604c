/**
 * Saving files the page made (link batches, exports): the data never passes through a URL a server
 * could log, and the API's bearer header stays in fetch.
 */

/** Offers `content` as a download named `fileName`. */
export function saveFile(fileName: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser time to start the download before the object URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copies text to the clipboard; false when the browser refuses (the text stays selectable on the page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Today's date as YYYY-MM-DD (UTC), the stamp in every downloaded file's name. */
export const today = (): string => new Date().toISOString().slice(0, 10);
