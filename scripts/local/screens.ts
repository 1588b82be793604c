/**
 * Telling the respondent page's screens apart, for the browser tests and the walk benchmark alike:
 * a screen is its main heading, the place its progress line names ("Deel 4 van 10, pagina 2 van 4")
 * and its first question.
 */
import type { Page } from 'playwright-core';

/**
 * Runs in the page: without `previous` the key of the screen on view, with it whether the screen
 * has changed since (for `page.waitForFunction`). No named functions inside: tsx would wrap them
 * in a helper the page does not have.
 */
export function screenKey(previous?: string): string | boolean {
  const key = ['main h1', '#progress-label', 'main fieldset.question']
    .map((selector) => document.querySelector(selector))
    .map((element) => element?.id || element?.textContent || '')
    .join('|');
  return previous === undefined ? key : key !== previous;
}

/** Taps or clicks `press` and waits until another screen is on view. */
export async function toNextScreen(page: Page, press: () => Promise<void>): Promise<void> {
  const before = (await page.evaluate(screenKey, undefined)) as string;
  await press();
  await page.waitForFunction(screenKey, before);
}
