/**
 * A full walk: a scripted respondent answers the whole survey (every section) on a slow 360×640
 * touch phone in Dutch and sends it. Reports the median completion time, the taps and keys it took,
 * how many screens it saw and how far it had to scroll.
 *
 * The script answers the way a hurried person would, with the quickest control the page offers:
 * one tap per scale and per single choice, two options in each "any number of" list (as many as a
 * "choose exactly" list asks), every
 * perception row, nothing in the optional free-text boxes, and the drives as 50, 30 and 20 points
 * on the first three options (by slider taps when the page has sliders, else by typing into the
 * number fields: a tap on the field and one key per digit).
 *
 * Prints a Markdown section to stdout (BENCHMARKS.md); progress goes to stderr.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { respondentPage } from '../local/api';
import { CHROMIUM_PATH, launchBrowser, PHONE } from '../local/browser';
import { toNextScreen } from '../local/screens';
import { buildWeb, freePort, startLocalServer } from '../local/server';
import { loadAverage, median, slowPhone, throttlingText } from './phone';

const RUNS = 3;
/** The drives as the script gives them: points for the first options, in order. */
const DRIVES = [50, 30, 20];

const log = (message: string) => process.stderr.write(`${message}\n`);

interface Walk {
  ms: number;
  /** Taps on the page (buttons, options, scale points, fields, sliders). */
  taps: number;
  /** Keys typed on the phone's keyboard. */
  keys: number;
  screens: number;
  /** Scrolling needed to see every screen whole, in screen heights (page height beyond the viewport). */
  scrolled: number;
  tallest: number;
}

async function walk(page: Page, url: string): Promise<Walk> {
  const result: Walk = { ms: 0, taps: 0, keys: 0, screens: 0, scrolled: 0, tallest: 0 };
  const tap = async (target: Locator, position?: { x: number; y: number }) => {
    await target.tap(position ? { position } : undefined);
    result.taps++;
  };
  const type = async (field: Locator, digits: string) => {
    await tap(field);
    await page.keyboard.type(digits);
    result.keys += digits.length;
  };

  const started = performance.now();
  await page.goto(url);
  await tap(page.getByRole('button', { name: 'Beginnen' }));
  for (;;) {
    await page.locator('main h1').first().waitFor();
    if ((await page.getByRole('heading', { level: 1, name: 'Dank u wel!' }).count()) > 0) break;
    result.screens++;
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    result.tallest = Math.max(result.tallest, height);
    result.scrolled += Math.max(0, height - PHONE.height) / PHONE.height;
    const send = page.getByRole('button', { name: 'Antwoorden versturen' });
    if ((await send.count()) > 0) {
      await tap(send);
      await page.getByRole('heading', { level: 1, name: 'Dank u wel!' }).waitFor();
      continue;
    }
    const questions = page.locator('main fieldset.question');
    for (let i = 0; i < (await questions.count()); i++) await answer(questions.nth(i), tap, type);
    // A question the script left wrong keeps the page on this screen: the wait then times out.
    await toNextScreen(page, () => tap(page.getByRole('button', { name: 'Volgende' })));
  }
  result.ms = performance.now() - started;
  return result;
}

type Tap = (target: Locator, position?: { x: number; y: number }) => Promise<void>;

/** Answers one question as the script's respondent does (see the top of this file). */
async function answer(question: Locator, tap: Tap, type: (field: Locator, digits: string) => Promise<void>): Promise<void> {
  const sliders = question.locator('input[type="range"]');
  const fields = question.locator('input[type="number"]');
  if ((await sliders.count()) > 0) {
    for (const [i, points] of DRIVES.entries()) {
      const slider = sliders.nth(i);
      await slider.scrollIntoViewIfNeeded();
      const box = (await slider.boundingBox())!;
      const max = Number(await slider.getAttribute('max'));
      // The last drive: a tap at the far end, which the slider snaps to the points still left.
      const share = i === DRIVES.length - 1 ? 1 : points / max;
      await tap(slider, { x: Math.min(box.width - 1, Math.max(1, share * box.width)), y: box.height / 2 });
    }
    return;
  }
  if ((await fields.count()) > 0) {
    for (const [i, points] of DRIVES.entries()) await type(fields.nth(i), String(points));
    return;
  }
  const rows = question.locator('.point-row');
  const rowCount = await rows.count();
  if (rowCount > 0) {
    for (let r = 0; r < rowCount; r++)
      await tap(
        rows
          .nth(r)
          .locator('label.point')
          .nth((r % 3) + 2),
      );
    return;
  }
  const options = question.locator('label.option');
  if ((await options.count()) > 0) {
    const many = (await question.locator('input[type="checkbox"]').count()) > 0;
    // "Choose exactly three" says how many it takes; any other list of checkboxes gets two.
    const counter = question.locator('[data-choose]');
    const exactly = (await counter.count()) > 0 ? Number(await counter.getAttribute('data-choose')) : 0;
    const taps = many ? exactly || 2 : 1;
    for (let i = 0; i < taps; i++) await tap(options.nth(i));
  }
  // Free text is optional: the script leaves it empty.
}

async function main() {
  const started = Date.now();
  log('building the web app');
  buildWeb();
  const persistTo = mkdtempSync(join(tmpdir(), 'samenwaarde-bench-walk-'));
  const server = await startLocalServer({ port: await freePort(), persistTo });
  const browser = await launchBrowser();
  try {
    const respondUrl = await respondentPage(server.url);
    const walks: Walk[] = [];
    const loads: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      log(`walk ${run + 1}/${RUNS}`);
      const { context, page } = await slowPhone(browser, server.url);
      loads.push(await loadAverage());
      walks.push(await walk(page, respondUrl));
      await context.close();
    }
    const first = walks[0]!;
    // The walk is scripted, so every run takes the same taps; only the time varies.
    if (walks.some((w) => w.taps !== first.taps || w.keys !== first.keys)) throw new Error('the runs took different taps');
    const lines = [
      '## A full walk: completion time and taps',
      '',
      `Method: \`scripts/bench/walk.ts\` starts the platform (\`wrangler dev\`, fresh local D1), creates a partnership of three partners with every section, and lets a script answer the whole survey through an open respondent link in Chromium (${CHROMIUM_PATH}, headless) as a phone: ${throttlingText}. The script answers in Dutch the way a hurried person would, with the quickest control the page offers: one tap per scale and per single choice, two options in each "any number of" list and as many as a "choose exactly" list asks (the three most important values), every perception row, nothing in the optional free-text boxes, and the drives as 50, 30 and 20 points on the first three options (slider taps where the page has sliders, the last one at the far end; else a tap on each number field and one key per digit); then "Volgende" on every screen and "Antwoorden versturen". Completion time runs from opening the link to the thank-you screen: the machine's time to load, render and answer each tap (no reading or thinking time), the median of ${RUNS} runs in fresh phones. Scrolling is each screen's page height beyond the ${PHONE.height} px viewport, in viewport heights, summed over the screens.`,
      '',
      '| full walk | figure |',
      '|---|---:|',
      `| completion time (median of ${RUNS}) | **${(median(walks.map((w) => w.ms)) / 1000).toFixed(1)} s** |`,
      `| taps on the page | **${first.taps}** |`,
      `| keys typed | ${first.keys} |`,
      `| screens (from the first question to the review) | ${first.screens} |`,
      `| scrolling, in screen heights | ${first.scrolled.toFixed(1)} |`,
      `| tallest screen | ${first.tallest} px |`,
      '',
      `Runs: ${walks.map((w) => `${(w.ms / 1000).toFixed(1)} s`).join(', ')}, with the machine's 1-minute load average at ${loads.join(', ')} as each began (times depend on the machine; taps and screens do not). Run time: ${Math.round((Date.now() - started) / 1000)} s.`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(persistTo, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
