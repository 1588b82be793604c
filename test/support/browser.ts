/**
 * Debian's Chromium, driven by playwright-core, with the flags this machine needs; phone-sized
 * pages for respondents.
 */
import { type Browser, type Page, chromium } from 'playwright-core';

export const PHONE = { width: 360, height: 640 } as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Collects console errors and failed requests, so a test can assert the page stayed clean. */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  return problems;
}
