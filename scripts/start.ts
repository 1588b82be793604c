/**
 * `npm start`: builds the web app, applies the local D1 migrations, starts the Worker on
 * http://localhost:8787 (or PORT), seeds the demo partnership once, and prints its links.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type DemoLinks, seedDemo } from '../db/seed/demo';
import { buildWeb, root, startLocalServer } from './local/server';

const port = Number(process.env.PORT ?? 8787);
const persistTo = `${root}.wrangler/state`;
const demoFile = `${persistTo}/demo-links.json`;

buildWeb();
mkdirSync(persistTo, { recursive: true });
const server = await startLocalServer({ port, persistTo, inheritOutput: true });

let demo: DemoLinks;
if (existsSync(demoFile)) {
  demo = JSON.parse(readFileSync(demoFile, 'utf8')) as DemoLinks;
} else {
  console.log('Seeding the demo partnership…');
  demo = await seedDemo(server.url);
  // Only this local file keeps the demo's secrets (the database keeps hashes), so a restart can print them again.
  writeFileSync(demoFile, JSON.stringify(demo, null, 2));
}
const local = (url: string) => url.replace(server.url, `http://localhost:${port}`);
console.log(`
Samenwaarde runs on http://localhost:${port}

Demo partnership links:
Organiser: ${local(demo.organiser)}
Report: ${local(demo.report)}
${demo.respondents.map((r) => `Respondent (${r.partner}): ${local(r.url)}`).join('\n')}
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
server.process.on('exit', (code) => process.exit(code ?? 0));
