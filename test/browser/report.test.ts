/**
 * The alignment report as a partnership lead sees it on a laptop and on paper: every section
 * findable by its heading in Dutch and English, no WCAG 2.1 A/AA violation, a printed A4 PDF with
 * every heading; and a partner under k shown only as "not enough responses" — on the page, in
 * the PDF, in the JSON download and in the figures export; which release it shows; how the
 * responses came in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { seedDemo } from '../../db/seed/demo';
import { api } from '../../scripts/local/api';
import { sharedBrowser } from '../support/browser';
import {
  artifactPath,
  countPageObjects,
  headingsIn,
  laptop,
  occurrences,
  openReport,
  partnershipWithResponses,
  pdfText,
  printPdf,
  squeeze,
} from './report-support';
import { expectAccessible } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('the demo report', () => {
  it('shows every section in Dutch and English, passes axe, and prints every heading to an A4 PDF', async () => {
    const demo = await seedDemo(baseUrl);
    const { page, problems, close } = await laptop(browser(), baseUrl);
    await openReport(page, `${baseUrl}${demo.report}`);

    for (const heading of headingsIn('nl')) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true }).isVisible(), heading).resolves.toBe(true);
    }
    // Headings go down one level at a time: h1, then h2s, with h3/h4 only below an h2.
    const levels = await page
      .locator('main')
      .evaluate((main) => Array.from(main.querySelectorAll('h1, h2, h3, h4')).map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    for (const [i, level] of levels.entries()) if (i > 0) expect(level - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
    // Question texts and labels, never raw item ids.
    expect(await page.locator('main').innerText()).not.toMatch(/\b(culture|values|readiness|drives|tensions|triangle)\.[a-z_]+/);
    await page.screenshot({ path: artifactPath('report-top.png') });
    await expectAccessible(page, 'the report (nl)');

    // Every chart is an image with a title and a description.
    const charts = await page.locator('svg.chart').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
        return {
          role: svg.getAttribute('role'),
          title: document.getElementById(titleId ?? '')?.textContent ?? '',
          desc: document.getElementById(descId ?? '')?.textContent ?? '',
        };
      }),
    );
    expect(charts.length).toBeGreaterThan(20);
    for (const chart of charts) expect(chart.role === 'img' && chart.title !== '' && chart.desc !== '', JSON.stringify(chart)).toBe(true);

    // Print: the headings and the data tables are visible, buttons and the language switch are not.
    await page.emulateMedia({ media: 'print' });
    for (const heading of headingsIn('nl')) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true }).isVisible(), `print: ${heading}`).resolves.toBe(
        true,
      );
    }
    await expect(page.locator('#heatmaps table').first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'English' }).isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const pdf = await printPdf(page);
    const printed = await pdfText(pdf);
    expect(countPageObjects(pdf)).toBe(printed.pages);
    expect(printed.pages).toBeGreaterThan(1);
    for (const heading of headingsIn('nl')) expect(squeeze(printed.text), `PDF: ${heading}`).toContain(squeeze(heading));
    // A capability secret never reaches paper.
    const reportSecret = demo.report.split('#')[1]!;
    expect(printed.text).not.toContain(reportSecret);
    console.info(`report top: ${artifactPath('report-top.png')}; printed PDF: ${printed.pages} A4 pages`);

    await page.getByRole('button', { name: 'English' }).click();
    for (const heading of headingsIn('en')) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true }).isVisible(), heading).resolves.toBe(true);
    }
    await expectAccessible(page, 'the report (en)');
    const english = await pdfText(await printPdf(page));
    for (const heading of ['Summary', 'Fault lines', 'Readiness scorecard']) expect(squeeze(english.text)).toContain(squeeze(heading));

    expect(problems).toEqual([]);
    await close();
  }, 240_000);
});

describe('a partner under k', () => {
  it('is shown only as "not enough responses" on the page, in the PDF, in the JSON and in the figures export', async () => {
    const partners = ['Gemeente Oosterveld', 'Welzijn Samen', 'Kringloop Klein'];
    const withheld = partners[2]!;
    const setup = await partnershipWithResponses(baseUrl, partners, [6, 7, 2], 5);
    const withheldId = setup.partnerIds[2]!;
    const { page, problems, close } = await laptop(browser(), baseUrl);
    // The organiser's link: it opens the same report as a report link.
    await openReport(page, `${baseUrl}/report#${setup.organiserSecret}`);
    // Which release it is, in words: the day in Dutch, and the 13 responses of the partners shown.
    const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());
    await expect(page.locator('.release-line').innerText()).resolves.toBe(`Stand van ${day}, 13 reacties.`);
    // How each shown partner's responses came in: all through one open link without a maximum.
    const channels = page.locator('#channels tbody tr');
    await expect(channels.count()).resolves.toBe(2);
    await expect(channels.first().innerText()).resolves.toMatch(
      /^Gemeente Oosterveld \(A\)\s+0\s+6\s+onbekend\s+1 open link zonder maximum$/,
    );

    const notEnough = 'Nog niet genoeg reacties (minder dan 5)';
    await expect(page.locator('#responses tr', { hasText: withheld }).innerText()).resolves.toContain(notEnough);
    // Every place the name appears is the response overview or a "not enough responses" notice.
    const placesNamed = await page.locator('main').evaluate((main, name) => {
      const places: string[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.includes(name)) continue;
        const element = node.parentElement!;
        places.push(
          element.closest('#responses')
            ? 'overview'
            : element.closest('.withheld-notice')
              ? 'notice'
              : `elsewhere: ${element.closest('section')?.id} ${element.outerHTML.slice(0, 120)}`,
        );
      }
      return places;
    }, withheld);
    // The overview and the summary's notice.
    expect(placesNamed.sort()).toEqual(['notice', 'overview']);
    // Its figures exist nowhere: no chart letter, no column in any table or matrix.
    await expect(page.locator('.legend').innerText()).resolves.not.toContain(withheld);
    await expect(page.locator('svg.chart', { hasText: withheld }).count()).resolves.toBe(0);
    await expectAccessible(page, 'the report with a partner under k');

    const printed = await pdfText(await printPdf(page));
    const paper = squeeze(printed.text);
    expect(paper).toContain(squeeze(notEnough));
    expect(occurrences(paper, squeeze(withheld))).toBe(2);

    // The JSON download: the model, with the partner as "not enough responses" and nowhere else.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.report-header').getByRole('button', { name: 'Rapport downloaden (JSON)' }).click(),
    ]);
    const downloaded = readFileSync((await download.path())!, 'utf8');
    const json = JSON.parse(downloaded) as { report: { partners: { id: string; name: string; status: string }[] } };
    expect(json.report.partners.find((p) => p.id === withheldId)).toEqual({
      id: withheldId,
      name: withheld,
      status: 'not_enough_responses',
    });
    expect(occurrences(downloaded, withheldId)).toBe(1);
    expect(occurrences(downloaded, withheld)).toBe(1);
    // The download is the model the API serves, not a copy the page reshaped.
    const served = await (await api(baseUrl, setup.organiserSecret).report.$get({ query: {} })).json();
    expect(json).toEqual(served);

    // The figures export, as the page downloads it: the shown partners' figures, nothing of the third.
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Cijfers downloaden (CSV)' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/^samenwaarde-cijfers-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFStand van;Partner;Groep;Vraag (code);Vraag;Maat;Antwoord, onderdeel of partner;Waarde');
    expect(csv).toContain(`;${partners[0]};alle reacties;;;reacties;;6\r\n`);
    expect(csv).not.toContain(withheld);
    // A report link offers the same download.
    const reader = await laptop(browser(), baseUrl);
    await openReport(reader.page, `${baseUrl}/report#${setup.reportSecret}`);
    await expect(reader.page.getByRole('button', { name: 'Cijfers downloaden (CSV)' }).count()).resolves.toBe(1);
    await reader.close();

    expect(problems).toEqual([]);
    await close();
  }, 180_000);
});
