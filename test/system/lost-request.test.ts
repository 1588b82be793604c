/**
 * A page on the local platform loads even when a request for one of its files is lost between
 * wrangler's proxy and the runtime (the runtime closed the connection as idle just as the proxy sent
 * the request on it). The proxy queues such a GET for a retry that only the next request sends
 * (scripts/local/server.ts, `releaseQueuedRetries`); without that next request the page's script
 * never arrives and the page never loads. Reproduced as a loaded machine causes it: the runtime
 * process gets no CPU (SIGSTOP) for longer than its 5 s idle timeout while the request waits.
 * Linux only (it finds the runtime process under /proc).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localRuntime } from '../../scripts/local/runtime';
import { freePort, type LocalServer, startLocalServer } from '../../scripts/local/server';

const persistTo = mkdtempSync(join(tmpdir(), 'samenwaarde-lost-'));
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ port: await freePort(), persistTo });
});
afterAll(async () => {
  await server?.stop();
  rmSync(persistTo, { recursive: true, force: true });
});

describe('the local platform', () => {
  it("still serves a page's script whose request the proxy lost while the runtime was stalled", async () => {
    const page = await fetch(`${server.url}/respond`);
    const html = await page.text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\/respond-.+\.js$/);
    const expected = await (await fetch(`${server.url}${script}`)).text();

    const { runtime } = localRuntime(server);
    process.kill(runtime, 'SIGSTOP');
    let pending: Promise<Response>;
    try {
      await sleep(1_000);
      pending = fetch(`${server.url}${script}`, { signal: AbortSignal.timeout(20_000) });
      await sleep(5_500);
    } finally {
      process.kill(runtime, 'SIGCONT');
    }
    const res = await pending;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(expected);
  });
});
