#!/usr/bin/env node
/**
 * `npm run bench`: runs every benchmark in order, prints its figures, and writes them all, with how
 * they were measured, to BENCHMARKS.md. Each benchmark is a script in this folder that prints a
 * Markdown section (a `## ` heading, the method, the figures) to stdout; progress goes to stderr.
 * `npm run bench -- analysis` runs only the named ones and keeps the other sections as they were.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

/** The benchmarks, in the order BENCHMARKS.md shows them. Add a new one here. */
const benchmarks = ['analysis', 'respond-cpu', 'chance', 'load', 'page-weight', 'walk'];

const root = fileURLToPath(new URL('../../', import.meta.url));
const only = process.argv.slice(2);
const target = `${root}BENCHMARKS.md`;
const previous = existsSync(target) ? readFileSync(target, 'utf8') : '';

/**
 * The section a benchmark wrote last time, so a partial run keeps the others.
 * @param {string} name
 */
function previousSection(name) {
  const match = new RegExp(`<!-- bench:${name} -->\\n([\\s\\S]*?)<!-- /bench:${name} -->`).exec(previous);
  return match?.[1];
}

/** @type {{ name: string; body: string }[]} */
const sections = [];
let failed = false;
for (const name of benchmarks) {
  if (only.length > 0 && !only.includes(name)) {
    const kept = previousSection(name);
    if (kept) sections.push({ name, body: kept });
    continue;
  }
  const script = ['ts', 'mjs'].map((ext) => `${root}scripts/bench/${name}.${ext}`).find(existsSync);
  if (!script) throw new Error(`benchmark ${name} has no script in scripts/bench/`);
  console.error(`\n== bench: ${name}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    // A failed run says so on exit, and BENCHMARKS.md keeps the figures it had.
    console.error(`bench ${name} failed with exit code ${run.status}; its previous section is kept`);
    failed = true;
    const kept = previousSection(name);
    if (kept) sections.push({ name, body: kept });
    continue;
  }
  process.stdout.write(run.stdout);
  sections.push({ name, body: `${run.stdout.trim()}\n` });
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const header = `# Benchmarks

Written by \`npm run bench\` (scripts/bench/). Figures come from one run on this machine:
${machine}. Each section says how it was measured; rerun to refresh.
`;
writeFileSync(target, [header, ...sections.map((s) => `<!-- bench:${s.name} -->\n${s.body}<!-- /bench:${s.name} -->\n`)].join('\n'));
// The lint checks BENCHMARKS.md like any Markdown file, so it is written as the formatter would.
const format = spawnSync(process.execPath, [`${root}node_modules/@biomejs/biome/bin/biome`, 'format', '--write', target], {
  cwd: root,
  stdio: 'inherit',
});
if (format.status !== 0) failed = true;
console.error(`\nwrote ${target}`);
process.exit(failed ? 1 : 0);
