/**
 * Checks on text and days that every request schema shares.
 */

/** Half of a UTF-16 surrogate pair, with its other half missing. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * True unless the text holds a lone UTF-16 surrogate: half a character, which no encoding can
 * store (it would come back as a replacement character, so what was saved is not what was sent).
 */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** True when a `YYYY-MM-DD` day exists in the calendar: 2026-02-28 does, 2026-02-30 does not. */
export function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
