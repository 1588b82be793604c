/**
 * Runs Samenwaarde on the local Workers runtime: applies the committed D1 migrations to a local
 * database, then starts `wrangler dev` (workerd + the built web app). Used by `npm start`, the
 * browser tests and the benchmarks, so all three run the same thing.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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

export interface LocalServer {
  readonly url: string;
  readonly process: ChildProcess;
  /** Everything the Worker and wrangler printed so far (empty when output is inherited). */
  output(): string;
  stop(): Promise<void>;
}

export interface LocalServerOptions {
  readonly port: number;
  /** Where the local D1 database lives (wrangler's `--persist-to`). */
  readonly persistTo: string;
  /** Print wrangler's output (for `npm start`); tests keep it for error reports only. */
  readonly inheritOutput?: boolean;
}

/** Builds the web app with Vite into dist/web. */
export function buildWeb(): void {
  const build = spawnSync(`${root}node_modules/.bin/vite`, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: quietEnv });
  if (build.status !== 0) throw new Error(`vite build failed with exit code ${build.status}`);
}

/** Runs SQL against the local database (outside the Worker), e.g. to read back or inject a fault. */
export function executeLocalSql<Row = Record<string, unknown>>(persistTo: string, sql: string): Row[] {
  const run = spawnSync(wrangler, ['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--json', '--command', sql], {
    cwd: root,
    encoding: 'utf8',
    env: quietEnv,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`wrangler d1 execute failed:\n${run.stdout}\n${run.stderr}`);
  const results = JSON.parse(run.stdout) as { results: Row[] }[];
  return results.flatMap((r) => r.results);
}

/** Applies every committed migration in db/migrations to the local database. */
export function applyMigrations(persistTo: string): void {
  const run = spawnSync(wrangler, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo], {
    cwd: root,
    encoding: 'utf8',
    env: quietEnv,
  });
  if (run.status !== 0) throw new Error(`applying D1 migrations failed:\n${run.stdout}\n${run.stderr}`);
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}:\n${output()}`);
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

/** Starts the Worker with its assets and local D1 on 127.0.0.1:port; resolves once it answers. */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  applyMigrations(options.persistTo);
  const args = [
    'dev',
    '--port',
    String(options.port),
    '--ip',
    '127.0.0.1',
    '--persist-to',
    options.persistTo,
    '--test-scheduled',
    '--show-interactive-dev-session=false',
    '--log-level',
    options.inheritOutput ? 'info' : 'warn',
  ];
  const child = spawn(wrangler, args, {
    cwd: root,
    env: quietEnv,
    stdio: ['ignore', options.inheritOutput ? 'inherit' : 'pipe', options.inheritOutput ? 'inherit' : 'pipe'],
    detached: process.platform !== 'win32',
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      // wrangler starts workerd as a child: end the whole process group.
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  };
  try {
    await waitUntilServing(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, process: child, output: () => log, stop };
}
