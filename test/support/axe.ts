/**
 * axe-core on the screen on view: every page must pass WCAG 2.1 A and AA.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core on the screen on view and expects no WCAG 2.1 A/AA violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // The page's CSP (script-src 'self') refuses an inline <script>, so axe is evaluated through the
  // DevTools protocol instead of page.addScriptTag: the page under test keeps its real CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
  expect(violations, `axe on ${screen}`).toEqual([]);
}
