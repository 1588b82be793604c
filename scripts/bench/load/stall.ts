/**
 * Where "503 Your worker restarted mid-request" comes from, reproduced on the minimal Worker with
 * no load at all. `wrangler dev` runs two workerd processes: a proxy (the port the client talks
 * to) and the runtime of the Worker. The proxy keeps its connections to the runtime open between
 * requests for 5 s; the runtime closes a connection that has carried no request for 5 s (its HTTP
 * server's pipeline timeout). When the runtime's event loop is held up near that moment (on a
 * busy machine: no CPU for a second), a request the proxy has already written on the connection
 * is still unread when the runtime wakes and its timeout fires: it closes the socket, the kernel
 * answers the unread request with a reset, and the proxy's fetch fails ("Network connection
 * lost."). wrangler's proxy then retries a GET or HEAD, and answers anything else with that 503,
 * although nothing restarted.
 *
 * The reproduction: one request, then silence; 3.5 s later the runtime process is stopped for
 * 2.3 s (SIGSTOP/SIGCONT: what a loaded machine does to it, without any load); at 4.5 s the next
 * request goes out. Linux only (it finds the runtime process under /proc).
 */

import { setTimeout as sleep } from 'node:timers/promises';
import { localRuntime } from '../../local/runtime';
import type { LocalServer } from '../../local/server';

export interface StallTrial {
  readonly method: 'POST' | 'PUT';
  readonly stalled: boolean;
  readonly status: number;
  readonly body: string;
}

/** One trial: a request, silence, (a stall of the runtime,) the next request on the kept connection. */
async function trial(server: LocalServer, runtime: number, method: StallTrial['method'], stalled: boolean): Promise<StallTrial> {
  // Quiet first, so the proxy holds no connection but the one this trial makes.
  await sleep(6_000);
  await (await fetch(`${server.url}/api/instrument`, { method: 'POST' })).text();
  await sleep(3_500);
  if (stalled) process.kill(runtime, 'SIGSTOP');
  try {
    await sleep(1_000);
    const pending = fetch(`${server.url}/api/instrument`, { method, signal: AbortSignal.timeout(20_000) });
    await sleep(1_300);
    if (stalled) process.kill(runtime, 'SIGCONT');
    const res = await pending;
    return { method, stalled, status: res.status, body: (await res.text()).slice(0, 80) };
  } finally {
    if (stalled) process.kill(runtime, 'SIGCONT');
  }
}

/**
 * A stalled POST and PUT, and the same POST without the stall, against the given server. (A GET
 * is not tried: the proxy queues a failed GET to retry it, but only sends it when the next request
 * arrives, so alone it waits for ever.)
 */
export async function reproduceStall(server: LocalServer): Promise<StallTrial[]> {
  const { runtime } = localRuntime(server);
  const trials: StallTrial[] = [];
  for (const [method, stalled] of [
    ['POST', true],
    ['POST', false],
    ['PUT', true],
  ] as const) {
    trials.push(await trial(server, runtime, method, stalled));
  }
  return trials;
}
