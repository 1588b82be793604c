/**
 * A draft save or a submit that meets a passing fault is sent again at once, before the page says
 * anything about it. Passing faults are a request that got no response at all, and 502, 503 and
 * 504: something between the browser and the Worker could not reach it for a moment (Cloudflare's
 * edge; locally, wrangler's dev proxy answers 503 when the connection it reused was closed under
 * it: scripts/bench/load/stall.ts). Both requests are safe to repeat: a draft save overwrites the
 * same draft, and a submit carries the same submission id, which the server stores once.
 */
import { jittered, sleep } from './storage';

/** Quiet tries after the first, and the pause before each (with jitter, so phones do not retry in step). */
const QUIET_PAUSES_MS = [250, 1000] as const;
const PASSING = new Set([502, 503, 504]);

/**
 * Sends, and sends again after a passing fault up to twice. Returns the last response, or throws
 * the last error; the caller then shows the fault and keeps retrying with its own back-off.
 */
export async function sendPatiently<R extends { readonly status: number }>(send: () => Promise<R>): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    const last = attempt === QUIET_PAUSES_MS.length;
    try {
      const response = await send();
      if (last || !PASSING.has(response.status)) return response;
      console.info('a passing fault on the way to the server, sending again', response.status);
    } catch (error) {
      if (last || !navigator.onLine) throw error;
      console.info('a passing fault on the way to the server, sending again', error);
    }
    await sleep(jittered(QUIET_PAUSES_MS[attempt]!));
  }
}
