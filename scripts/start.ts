/**
 * `npm start`: builds the web app, applies the local D1 migrations, starts the Worker on
 * http://localhost:8787 (or PORT), seeds the demo partnership once, and prints its links.
 *
 * The local database and the demo's links live in .wrangler/state (or SAMENWAARDE_STATE_DIR). The
 * links are kept without an origin, so a later start on another PORT prints them with that port.
 * Invitations and reminders sent from the organiser page go to the local outbox: .eml files in
 * outbox/ of the same folder, listed on the outbox's own page (its address is printed too).
 *
 * SIGINT or SIGTERM, to this process or to its whole process group, ends wrangler and its workerd
 * too, at any moment (also while it is still starting or seeding), so the port is free again.
 * package.json runs this file with `exec`, so the signal npm passes on reaches this process, not an
 * intermediate shell.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type DemoLinks, seedDemo } from '../db/seed/demo';
import { buildWeb, root, startLocalServer } from './local/server';

const port = Number(process.env.PORT ?? 8787);
const persistTo = process.env.SAMENWAARDE_STATE_DIR ?? `${root}.wrangler/state`;
const demoFile = `${persistTo}/demo-links.json`;

// Handlers first: a signal that arrives while wrangler starts or the demo is seeded must stop it too.
const shutdown = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => shutdown.abort(signal));

/** A link as it is kept: path and fragment, no origin (older runs kept whole URLs: their origin is dropped). */
const withoutOrigin = (link: string) => link.replace(/^https?:\/\/[^/]+/, '');

async function main(): Promise<void> {
  buildWeb();
  mkdirSync(persistTo, { recursive: true });
  const server = await startLocalServer({ port, persistTo, inheritOutput: true, signal: shutdown.signal });
  // Whatever ends wrangler (a signal, a crash) ends `npm start` with it.
  server.process.on('exit', (code) => process.exit(shutdown.signal.aborted ? 0 : (code ?? 1)));

  let demo: DemoLinks;
  if (existsSync(demoFile)) {
    // Files written by earlier versions hold whole URLs, and respondents' links under `url`.
    const stored = JSON.parse(readFileSync(demoFile, 'utf8')) as Omit<DemoLinks, 'respondents'> & {
      respondents: { partner: string; path?: string; url?: string }[];
    };
    demo = {
      organiser: withoutOrigin(stored.organiser),
      report: withoutOrigin(stored.report),
      ...(stored.lead ? { lead: withoutOrigin(stored.lead) } : {}),
      respondents: stored.respondents.map((r) => ({ partner: r.partner, path: withoutOrigin(r.path ?? r.url ?? '') })),
    };
  } else {
    console.log('Seeding the demo partnership…');
    demo = await seedDemo(server.url);
    // Only this local file keeps the demo's secrets (the database keeps hashes), so a restart can print them again.
    writeFileSync(demoFile, JSON.stringify(demo, null, 2));
  }
  const origin = `http://localhost:${port}`;
  console.log(`
Samenwaarde runs on ${origin}

Demo partnership links:
Organiser: ${origin}${demo.organiser}
Report: ${origin}${demo.report}
${demo.lead ? `Lead (report and agreements): ${origin}${demo.lead}\n` : ''}${demo.respondents.map((r) => `Respondent (${r.partner}): ${origin}${r.path}`).join('\n')}

Outbox (on this computer only: what invitations and reminders would have been sent): ${server.outbox.url}
`);
}

try {
  await main();
} catch (error) {
  // Stopped by a signal while starting: wrangler is already being stopped; not an error.
  if (!shutdown.signal.aborted) throw error;
}
