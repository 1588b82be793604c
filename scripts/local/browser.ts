/**
 * Debian's Chromium with the flags this machine needs, for the browser tests and the page-weight
 * benchmark alike (playwright-core drives it; Lighthouse launches it through chrome-launcher).
 */
import { type Browser, chromium } from 'playwright-core';

/** The Chromium binary: Debian's, unless CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless, no sandbox (containers), no GPU, and no background traffic to the internet. */
export const CHROMIUM_FLAGS: readonly string[] = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
/** The viewport of a small phone, the device most respondents answer on. */
export const PHONE = { width: 360, height: 640 } as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
}
