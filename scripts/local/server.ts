/**
 * Runs Samenwaarde on the local Workers runtime: applies the committed D1 migrations to a local
 * database, starts the local outbox (scripts/local/outbox.ts: the messages the platform would have
 * sent, as .eml files in the state folder), then starts `wrangler dev` (workerd + the built web
 * app), told to hand its mail to that outbox. Used by `npm start`, the system and browser tests and
 * the benchmarks, so all of them run the same thing.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Outbox, startOutbox } from './outbox';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const wrangler = `${root}node_modules/.bin/wrangler`;

/** Wrangler without telemetry or update checks: nothing leaves the machine. */
const quietEnv = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  NO_UPDATE_NOTIFIER: '1',
  CI: process.env.CI ?? 'true',
};

/** The sender address of everything the local platform sends (to its outbox). */
export const LOCAL_SENDER = 'uitnodiging@samenwaarde.localhost';

export interface LocalServer {
  readonly url: string;
  readonly process: ChildProcess;
  /** What the platform would have sent: .eml files, and a page that lists them. */
  readonly outbox: Outbox;
  /** Everything the Worker and wrangler printed so far (empty when output is inherited). */
  output(): string;
  /** Ends wrangler and the workerd it started; resolves once wrangler has exited. */
  stop(): Promise<void>;
}

export interface LocalServerOptions {
  readonly port: number;
  /** Where the local D1 database lives (wrangler's `--persist-to`). */
  readonly persistTo: string;
  /** Print wrangler's output (for `npm start`); tests keep it for error reports only. */
  readonly inheritOutput?: boolean;
  /** Wrangler's log level when its output is kept (default `warn`); a test that reads every log line asks for `debug`. */
  readonly logLevel?: 'debug' | 'info' | 'log' | 'warn';
  /** Aborting it stops the server, also while it is still starting (`npm start` aborts on SIGINT/SIGTERM). */
  readonly signal?: AbortSignal;
  /** Another Worker's wrangler config, relative to the repository (the bench's minimal Worker); Samenwaarde's by default. */
  readonly config?: string;
  /**
   * A copy of the built app to serve instead of dist/web. The browser tests serve a snapshot: the
   * `npm start` test rebuilds dist/web while they run, and wrangler would reload, or serve a half-
   * written folder, under their feet.
   */
  readonly assets?: string;
  /**
   * Send a HEAD request every second while the server runs, so a GET that wrangler's proxy queued
   * for a retry is sent at once (see `releaseQueuedRetries`). On by default for tests, whose pages
   * must not wait for ever; off for `npm start` (its printed log would show the requests, and a
   * person's next click or reload releases a waiting retry) and for the load bench, which measures
   * the Workers alone and whose reproduction of the race needs a quiet connection.
   */
  readonly releaseQueuedRetries?: boolean;
}

/** wrangler's `--config` for a Worker other than Samenwaarde, else nothing (wrangler.toml at the root). */
const configArgs = (config?: string) => (config ? ['--config', config] : []);

/**
 * A port nothing listens on now, as the system hands one out. Tests and benchmarks take one instead
 * of a fixed or random number: other work on the same machine may hold any particular port.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Builds the web app with Vite into dist/web. */
export function buildWeb(): void {
  const build = spawnSync(`${root}node_modules/.bin/vite`, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: quietEnv });
  if (build.status !== 0) throw new Error(`vite build failed with exit code ${build.status}`);
}

/** Runs SQL against the local database (outside the Worker), e.g. to read back or inject a fault. */
export function executeLocalSql<Row = Record<string, unknown>>(persistTo: string, sql: string, config?: string): Row[] {
  const run = spawnSync(
    wrangler,
    ['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--json', '--command', sql, ...configArgs(config)],
    {
      cwd: root,
      encoding: 'utf8',
      env: quietEnv,
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (run.status !== 0) throw new Error(`wrangler d1 execute failed:\n${run.stdout}\n${run.stderr}`);
  const results = JSON.parse(run.stdout) as { results: Row[] }[];
  return results.flatMap((r) => r.results);
}

/** Applies every committed migration (db/migrations, or the given Worker's) to the local database. */
export function applyMigrations(persistTo: string, config?: string): void {
  const run = spawnSync(wrangler, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo, ...configArgs(config)], {
    cwd: root,
    encoding: 'utf8',
    env: quietEnv,
  });
  if (run.status !== 0) throw new Error(`applying D1 migrations failed:\n${run.stdout}\n${run.stderr}`);
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`wrangler dev exited with ${child.exitCode ?? child.signalCode}:\n${output()}`);
    }
    try {
      const res = await fetch(`${url}/api/instrument`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer on ${url} within 90 s:\n${output()}`);
}

/**
 * wrangler's dev proxy answers a GET or HEAD whose forwarding to the runtime failed (a connection
 * the runtime closed as idle just as the proxy reused it; docs/scaling.md, "The local runtime
 * under load") by queuing it for a retry, and sends that queue only when its next request arrives
 * (`node_modules/wrangler/wrangler-dist/ProxyWorker.js`, `requestRetryQueue`). A page whose script
 * request was queued so waits for ever: nothing else arrives while it waits for its script. A
 * request a second releases such a retry within a second. It asks for a page other than `/`: the
 * proxy reports a failed request for `/` as an error of its own instead of queuing it. Its own
 * failure needs no report: the server is stopping, or the request is queued and released by the
 * next one.
 */
function releaseQueuedRetries(url: string): () => void {
  const timer = setInterval(() => {
    fetch(`${url}/respond`, { method: 'HEAD', signal: AbortSignal.timeout(900) }).then(
      (res) => res.body?.cancel(),
      () => undefined,
    );
  }, 1_000);
  return () => clearInterval(timer);
}

/**
 * Starts the Worker with its assets and local D1 on 127.0.0.1:port; resolves once it answers.
 *
 * wrangler runs in the caller's process group, not detached: a signal to the group (Ctrl-C in a
 * terminal, `kill -TERM -<pgid>`, a CI runner ending the job) reaches wrangler and its workerd
 * directly, whatever state the caller is in. `stop()` ends wrangler itself, which takes its
 * workerd down with it.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  options.signal?.throwIfAborted();
  applyMigrations(options.persistTo, options.config);
  options.signal?.throwIfAborted();
  const outbox = await startOutbox(join(options.persistTo, 'outbox'));
  const args = [
    'dev',
    ...configArgs(options.config),
    ...(options.assets ? ['--assets', options.assets] : []),
    '--port',
    String(options.port),
    '--ip',
    '127.0.0.1',
    '--persist-to',
    options.persistTo,
    '--test-scheduled',
    '--show-interactive-dev-session=false',
    // wrangler takes 9229 for its inspector when it looks free: two servers starting at once (the
    // load bench, other work on this machine) can both see it free and one then fails. `npm start`
    // keeps 9229 for a developer's DevTools.
    ...(options.inheritOutput ? [] : ['--inspector-port', String(await freePort())]),
    '--log-level',
    options.inheritOutput ? 'info' : (options.logLevel ?? 'warn'),
    // Local development only: mail goes to the outbox on this machine (worker/mail/mailer.ts).
    '--var',
    `MAIL_FROM:${LOCAL_SENDER}`,
    '--var',
    `OUTBOX_URL:${outbox.url}`,
  ];
  const child = spawn(wrangler, args, {
    cwd: root,
    env: quietEnv,
    stdio: ['ignore', options.inheritOutput ? 'inherit' : 'pipe', options.inheritOutput ? 'inherit' : 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;
  let stopReleasing = () => {};
  const stop = async () => {
    stopReleasing();
    if (child.exitCode === null && child.signalCode === null) {
      // wrangler's launcher passes SIGTERM on to wrangler, which ends its workerd before it exits.
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        console.error(`wrangler dev (pid ${child.pid}) did not stop within 10 s of SIGTERM; killing it`);
        child.kill('SIGKILL');
      }
    }
    await exited;
    await outbox.stop();
  };
  options.signal?.addEventListener('abort', () => void stop(), { once: true });
  try {
    await waitUntilServing(url, child, () => log, options.signal);
  } catch (error) {
    await stop();
    throw error;
  }
  if (options.releaseQueuedRetries ?? !options.inheritOutput) stopReleasing = releaseQueuedRetries(url);
  return { url, process: child, outbox, output: () => log, stop };
}
