/**
 * Page-weight budget of the respondent route, side by side with the same first section rendered
 * by SurveyJS (survey-core + survey-js-ui, built with the same bundler), plus Lighthouse (mobile).
 *
 * Prints a Markdown section to stdout (BENCHMARKS.md); progress goes to stderr.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import type { Instrument } from '../../core/instrument/types';
import { respondentPage } from '../local/api';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchBrowser } from '../local/browser';
import { buildWeb, freePort, root, startLocalServer } from '../local/server';
import { loadAverage, median, slowPhone, throttlingText } from './phone';

const RUNS = 3;
/** The respondent route's targets (issue 14): bytes and requests are checked, times reported. */
const BUDGET_GZIP_BYTES = 20 * 1024;
const BUDGET_REQUESTS = 5;
const TARGET_FIRST_QUESTION_MS = 1000;
const TARGET_FASTER_THAN_SURVEYJS = 3.4;

const log = (message: string) => process.stderr.write(`${message}\n`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Load {
  /** Bytes on the wire for every response, as Chromium counted them (compressed as served, headers included). */
  wireBytes: number;
  /** The same, for JS and CSS only. */
  jsCssWire: number;
  /** JS and CSS bodies gzipped (level 9), the way a production CDN serves them. */
  jsCssGzip: number;
  jsCssRaw: number;
  requests: number;
  /** The requests sent before the first question took input (path and query, in order). */
  beforeFirstQuestion: string[];
  otherOrigins: string[];
  /** ms from navigation start until the first question takes input. */
  firstQuestionMs: number;
}

/** Loads `url` in a fresh throttled phone context and measures it through the DevTools protocol. */
async function measure(browser: Browser, url: string, firstQuestion: FirstQuestion): Promise<Load> {
  const origin = new URL(url).origin;
  const { context, page, cdp } = await slowPhone(browser, origin);
  const sent: string[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    const target = new URL(e.request.url);
    sent.push(target.protocol === 'data:' ? 'data:' : `${target.pathname}${target.search}`);
  });
  const responses = new Map<string, { url: string; type: string }>();
  const encoded = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) => responses.set(e.requestId, { url: e.response.url, type: e.type }));
  cdp.on('Network.loadingFinished', (e) => encoded.set(e.requestId, e.encodedDataLength));
  const otherOrigins: string[] = [];
  page.on('request', (request) => {
    const requestOrigin = new URL(request.url()).origin;
    if (requestOrigin !== origin && !request.url().startsWith('data:')) otherOrigins.push(request.url());
  });

  await page.addInitScript(watchFirstQuestion, firstQuestion);
  await page.goto(url, { waitUntil: 'commit' });
  const firstQuestionMs = (await (
    await page.waitForFunction(() => (window as unknown as { firstQuestionMs?: number }).firstQuestionMs)
  ).jsonValue()) as number;
  const beforeFirstQuestion = [...sent];
  await page.waitForLoadState('networkidle');

  let jsCssGzip = 0;
  let jsCssRaw = 0;
  let jsCssWire = 0;
  for (const [requestId, response] of responses) {
    if (response.type !== 'Script' && response.type !== 'Stylesheet') continue;
    jsCssWire += encoded.get(requestId) ?? 0;
    const body = await cdp.send('Network.getResponseBody', { requestId });
    const bytes = Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8');
    jsCssRaw += bytes.length;
    jsCssGzip += gzipSync(bytes, { level: 9 }).length;
  }
  const wireBytes = [...encoded.values()].reduce((a, b) => a + b, 0);
  await context.close();
  return { wireBytes, jsCssWire, jsCssGzip, jsCssRaw, requests: responses.size, beforeFirstQuestion, otherOrigins, firstQuestionMs };
}

/** What marks a page's first question: its input (the first visible one), and a start button to tap first, if any. */
interface FirstQuestion {
  readonly input: string;
  readonly start?: string;
}

/** Our route: the intro first, then "Beginnen" shows the first question (no further download). */
const ourFirstQuestion: FirstQuestion = { input: 'fieldset.question input', start: 'Beginnen' };
/** SurveyJS renders some inputs twice (a narrow and a wide layout) and hides one: the first visible one counts. */
const surveyJsFirstQuestion: FirstQuestion = { input: '.sd-question input' };

/**
 * Runs in the page from its first moment (an init script, so the page's own CSP is untouched):
 * taps the start button the moment it appears, as a respondent who taps at once, and records
 * `performance.now()` when the first question's input is in the page and visible. Timed in the
 * page, so the browser automation's own round trips under the CPU slowdown do not count.
 */
function watchFirstQuestion({ input, start }: FirstQuestion) {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const marks = window as unknown as { firstQuestionMs?: number; tapped?: boolean };
  const observer = new MutationObserver(() => {
    const button = start ? Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === start) : undefined;
    if (button && !marks.tapped) {
      marks.tapped = true;
      button.click();
    }
    if (Array.from(document.querySelectorAll(input)).some((field) => field.getClientRects().length > 0)) {
      marks.firstQuestionMs = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/** The drives allocation and the culture scales as a SurveyJS survey: numbers that must add up to 100, 7-point ratings with both poles. */
function surveyJsJson(instrument: Instrument) {
  const section = (id: string) => instrument.sections.find((s) => s.id === id)!;
  const elements = [...section('drives').items, ...section('culture').items].flatMap((item): Record<string, unknown>[] => {
    if (item.format === 'allocation') {
      return [
        {
          type: 'multipletext',
          name: item.id,
          title: item.text.nl,
          isRequired: item.required,
          items: item.options.map((o) => ({ name: o.id, title: o.label.nl, inputType: 'number', min: 0, max: item.total })),
          validators: [
            {
              type: 'expression',
              expression: `sum(${item.options.map((o) => `{${item.id}.${o.id}}`).join(', ')}) = ${item.total}`,
              text: 'Verdeel precies 100 punten.',
            },
          ],
        },
      ];
    }
    if (item.format === 'bipolar') {
      return [
        {
          type: 'rating',
          name: item.id,
          title: item.text.nl,
          isRequired: item.required,
          rateCount: 7,
          rateMin: 1,
          rateMax: 7,
          minRateDescription: item.left.nl,
          maxRateDescription: item.right.nl,
        },
      ];
    }
    return [];
  });
  return { locale: 'nl', pages: [{ name: 'first', elements }] };
}

/** Builds a minimal SurveyJS page with Vite into a cache folder (never committed) and returns its dist path. */
async function buildSurveyJsPage(instrument: Instrument): Promise<string> {
  // Under node_modules so the bundler resolves survey-core and survey-js-ui from this project.
  const dir = join(root, 'node_modules/.cache/samenwaarde-bench-surveyjs');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'public'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>SurveyJS</title></head><body><div id="app"></div><script type="module" src="./main.js"></script></body></html>`,
  );
  writeFileSync(
    join(dir, 'main.js'),
    `import { Model } from 'survey-core';
import 'survey-core/i18n/dutch';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.css';
// The questions arrive as JSON, as the respondent route's instrument does, so only code is compared.
const json = await (await fetch('./survey.json')).json();
renderSurvey(new Model(json), document.getElementById('app'));
`,
  );
  writeFileSync(join(dir, 'public/survey.json'), JSON.stringify(surveyJsJson(instrument)));
  await build({
    configFile: false,
    root: dir,
    logLevel: 'warn',
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022' },
  });
  return join(dir, 'dist');
}

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Serves a folder on 127.0.0.1, gzipped when the browser asks for it (as `wrangler dev` serves ours). */
function serveStatic(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      const body = readFileSync(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(gzipSync(body, { level: 9 }));
      } else {
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      }
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })),
  );
}

async function runLighthouse(url: string) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      formFactor: 'mobile',
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]?.displayValue ?? 'n/a';
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      version: result.lhr.lighthouseVersion,
    };
  } finally {
    await chrome.kill();
  }
}

async function main() {
  const started = Date.now();
  log('building the web app');
  buildWeb();
  const persistTo = mkdtempSync(join(tmpdir(), 'samenwaarde-bench-weight-'));
  const server = await startLocalServer({ port: await freePort(), persistTo });
  let staticServer: Server | undefined;
  let browser: Browser | undefined;
  try {
    const respondUrl = await respondentPage(server.url);
    const instrument = (await (await fetch(`${server.url}/api/instrument/1`)).json()) as Instrument;

    log('building the SurveyJS page with Vite');
    const surveyJsDist = await buildSurveyJsPage(instrument);
    const served = await serveStatic(surveyJsDist);
    staticServer = served.server;

    browser = await launchBrowser();
    const ours: Load[] = [];
    const theirs: Load[] = [];
    for (let run = 0; run < RUNS; run++) {
      log(`throttled load ${run + 1}/${RUNS}`);
      ours.push(await measure(browser, respondUrl, ourFirstQuestion));
      theirs.push(await measure(browser, served.url, surveyJsFirstQuestion));
    }
    await browser.close();
    browser = undefined;

    log('Lighthouse (mobile)');
    const lh = await runLighthouse(respondUrl);

    const a = ours[0]!;
    const b = theirs[0]!;
    const aMs = median(ours.map((l) => l.firstQuestionMs));
    const bMs = median(theirs.map((l) => l.firstQuestionMs));
    const requestsBefore = Math.max(...ours.map((l) => l.beforeFirstQuestion.length));
    const within = a.jsCssGzip <= BUDGET_GZIP_BYTES && a.otherOrigins.length === 0 && requestsBefore <= BUDGET_REQUESTS;
    const fastEnough = aMs <= TARGET_FIRST_QUESTION_MS && bMs / aMs >= TARGET_FASTER_THAN_SURVEYJS;
    const load = await loadAverage();
    const pkg = (name: string) =>
      (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

    const lines = [
      '## Page weight: the respondent route against SurveyJS',
      '',
      `Method: \`scripts/bench/page-weight.ts\` starts the platform (\`wrangler dev\`, fresh local D1), creates a partnership with every section, and opens a respondent link in Chromium (${CHROMIUM_PATH}, headless) (${throttlingText}). Sizes come from the protocol's Network domain: every JS and CSS response body gzipped at level 9 (the budget's measure, independent of the server), and the bytes on the wire (\`encodedDataLength\`: compressed as served, headers included). "First question usable" is \`performance.now()\` (from the start of navigation) at the moment the first question's input is in the page and visible, recorded in the page itself by a \`MutationObserver\` that an init script installs before the page loads, so the automation's own round trips under the CPU slowdown do not count; for the respondent route the same observer taps "Beginnen" the moment it appears, so the figure includes the intro screen and drawing the first question after the tap. "Requests before the first question" counts every request the page sent (\`Network.requestWillBeSent\`) until then, the largest of the ${RUNS} loads. Side by side, in the same run and the same way: the same first section (the drives allocation and the culture scales from the instrument) rendered by SurveyJS (survey-core ${pkg('survey-core')} + survey-js-ui ${pkg('survey-js-ui')} with its default theme CSS and Dutch texts), built with Vite ${pkg('vite')} and served as static files, gzipped, by a local Node server; both load their questions as JSON. Times are the median of ${RUNS} loads. Lighthouse ${lh.version} runs in its default mobile mode (simulated slow 4G, 4× CPU) on the respondent page through chrome-launcher with the same Chromium and flags; nothing leaves localhost.`,
      '',
      '| | Samenwaarde respondent route | SurveyJS (first section only) | ratio |',
      '|---|---:|---:|---:|',
      `| JS + CSS, gzip | **${kb(a.jsCssGzip)}** | ${kb(b.jsCssGzip)} | ${(b.jsCssGzip / a.jsCssGzip).toFixed(1)}× |`,
      `| JS + CSS, uncompressed | ${kb(a.jsCssRaw)} | ${kb(b.jsCssRaw)} | ${(b.jsCssRaw / a.jsCssRaw).toFixed(1)}× |`,
      `| JS + CSS on the wire | ${kb(a.jsCssWire)} | ${kb(b.jsCssWire)} | ${(b.jsCssWire / a.jsCssWire).toFixed(1)}× |`,
      `| everything on the wire (incl. HTML, questions JSON, headers) | ${kb(a.wireBytes)} | ${kb(b.wireBytes)} | ${(b.wireBytes / a.wireBytes).toFixed(1)}× |`,
      `| requests before the first question (largest of ${RUNS}) | **${requestsBefore}** | ${Math.max(...theirs.map((l) => l.beforeFirstQuestion.length))} | |`,
      `| requests in all (until the network is idle) | ${a.requests} | ${b.requests} | |`,
      `| requests to other origins | ${a.otherOrigins.length} | ${b.otherOrigins.length}${b.otherOrigins.length ? ` (${[...new Set(b.otherOrigins.map((u) => new URL(u).host))].join(', ')}; refused offline here)` : ''} | |`,
      `| first question usable, throttled (median of ${RUNS}) | ${Math.round(aMs)} ms | ${Math.round(bMs)} ms | ${(bMs / aMs).toFixed(1)}× |`,
      '',
      `Requests before the first question (respondent route): ${a.beforeFirstQuestion.map((r) => `\`${r}\``).join(', ')}.`,
      '',
      `Budget (JS + CSS ≤ ${kb(BUDGET_GZIP_BYTES)} gzip, at most ${BUDGET_REQUESTS} requests before the first question, no request to another origin): **${within ? 'met' : 'NOT met'}**. Target (first question usable ≤ ${TARGET_FIRST_QUESTION_MS} ms and at least ${TARGET_FASTER_THAN_SURVEYJS}× faster than SurveyJS in the same run): **${fastEnough ? 'met' : 'NOT met'}** on this run, with the machine's 1-minute load average at ${load} (times depend on the machine; the budget does not). SurveyJS ships ${(b.jsCssGzip / a.jsCssGzip).toFixed(1)}× the JS + CSS for one section of what the respondent route ships for the whole survey.`,
      '',
      `Lighthouse ${lh.version}, mobile, respondent page (intro screen): **performance ${lh.performance}**, **accessibility ${lh.accessibility}** (FCP ${lh.fcp}, LCP ${lh.lcp}, TBT ${lh.tbt}, CLS ${lh.cls}).`,
      '',
      `Run time: ${Math.round((Date.now() - started) / 1000)} s.`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (!within) process.exitCode = 1;
  } finally {
    await browser?.close();
    staticServer?.close();
    await server.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
