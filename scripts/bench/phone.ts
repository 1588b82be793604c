/**
 * A slow phone for the browser benchmarks: a 360×640 touch context with the cache off, the network
 * throttled to Lighthouse's "slow 4G" figures and the CPU slowed, all through the DevTools protocol,
 * and every other origin refused at once (this machine has no internet, and a request that hangs on
 * DNS would make the timing depend on it).
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { PHONE } from '../local/browser';

export const NETWORK = { downloadKbps: 1600, uploadKbps: 750, latencyMs: 150 };
export const CPU_SLOWDOWN = 4;

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The machine's 1-minute load average when a figure was taken (the machine may be shared). */
export const loadAverage = async () => (await import('node:os')).loadavg()[0]!.toFixed(2);

export interface SlowPhone {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
}

/** A fresh phone context (its own storage) throttled as above; `origin` is the only origin it may reach. */
export async function slowPhone(browser: Browser, origin: string): Promise<SlowPhone> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: NETWORK.latencyMs,
    downloadThroughput: (NETWORK.downloadKbps * 1000) / 8,
    uploadThroughput: (NETWORK.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await context.route(
    (target) => target.origin !== origin,
    (route) => route.abort('internetdisconnected'),
  );
  page.setDefaultTimeout(90_000);
  return { context, page, cdp };
}

/** The throttling in words, for a benchmark's method paragraph. */
export const throttlingText = `${PHONE.width}×${PHONE.height}, touch, the cache off, the network throttled through the DevTools protocol to ${NETWORK.downloadKbps / 1000} Mbps down / ${NETWORK.uploadKbps} kbps up / ${NETWORK.latencyMs} ms latency and the CPU slowed ${CPU_SLOWDOWN}×`;
