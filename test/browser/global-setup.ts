/**
 * Starts the real platform (wrangler dev: workerd, the built web app, a fresh local D1 with the
 * committed migrations) once for all browser tests, and gives them its URL.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildWeb, freePort, root, startLocalServer } from '../../scripts/local/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The local outbox the platform hands its mail to (scripts/local/outbox.ts). */
    outboxUrl: string;
    /** The folder its .eml files are written to. */
    outboxDir: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(root, 'dist/web/index.html'))) buildWeb();
  const persistTo = mkdtempSync(join(tmpdir(), 'samenwaarde-browser-'));
  // A snapshot of the built app: the `npm start` system test rebuilds dist/web while these tests run.
  const assets = join(persistTo, 'web');
  cpSync(join(root, 'dist/web'), assets, { recursive: true });
  const server = await startLocalServer({ port: await freePort(), persistTo, assets });
  project.provide('baseUrl', server.url);
  project.provide('outboxUrl', server.outbox.url);
  project.provide('outboxDir', server.outbox.dir);
  return async () => {
    await server.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
