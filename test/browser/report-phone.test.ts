/**
 * The demo report on a small phone (360 × 640): the answer starts on the first screen (what a phone
 * shows collapsed is one tap away, and printed), no section is wider than the screen with every
 * detail opened (wide tables scroll inside a region a keyboard can reach), the heat maps name each
 * partner beside its cells, and axe finds nothing.
 */
import { describe, expect, inject, it } from 'vitest';
import { seedDemo } from '../../db/seed/demo';
import { PHONE, sharedBrowser } from '../support/browser';
import { laptop, openReport, pdfText, printPdf, squeeze } from './report-support';
import { expectAccessible } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('the demo report on a phone', () => {
  it('starts with the answer, fits the screen in every section, and names partners beside the heat maps', async () => {
    const demo = await seedDemo(baseUrl);
    const { page, problems, close } = await laptop(browser(), baseUrl, PHONE);
    await openReport(page, `${baseUrl}${demo.report}`);

    // The answer starts on the first screen: who took part (collapsed to its totals), the change since
    // the baseline, and the first card's first finding with its chart.
    const who = page.locator('details.card-who');
    await expect.poll(() => who.locator('summary').innerText()).toMatch(/Wie deed mee\s+4 partners, 46 reacties getoond/);
    const firstCard = page.locator('.cards .card').first();
    const onFirstScreen = [
      page.getByRole('heading', { level: 3, name: 'Wie deed mee', exact: true }),
      firstCard.getByRole('heading', { level: 3, name: 'Verschillen om te bespreken' }),
      firstCard.locator('.card-item-title').first(),
      firstCard.locator('.strip').first(),
    ];
    for (const element of onFirstScreen) {
      const box = (await element.boundingBox())!;
      expect(box.y + box.height, await element.evaluate((e) => e.outerHTML.slice(0, 80))).toBeLessThanOrEqual(PHONE.height);
    }
    // A printout from the phone holds what the phone shows collapsed; the screen is as it was after.
    const printed = squeeze((await pdfText(await printPdf(page))).text);
    for (const expected of ['Opgave:', 'Gemeente Rivierstad 13 reacties', 'ROC Rivierland 11 reacties'])
      expect(printed, expected).toContain(squeeze(expected));
    expect(await who.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);

    // Each partner with its count is one tap away; so are the challenge and the print choice.
    await who.locator('summary').click();
    await expect
      .poll(() => who.locator('.who li').allInnerTexts())
      .toEqual([
        expect.stringMatching(/A\s+Gemeente Rivierstad\s+13 reacties/),
        expect.stringMatching(/B\s+Zorggroep De Linde\s+12 reacties/),
        expect.stringMatching(/C\s+Installatiebedrijf Van Dam\s+10 reacties/),
        expect.stringMatching(/D\s+ROC Rivierland\s+11 reacties/),
      ]);
    await page.getByText('Opgave, context en afdrukken').click();
    await expect.poll(() => page.getByRole('button', { name: 'Afdrukken / PDF' }).isVisible()).toBe(true);

    // Every detail open (what it shows read on opening): the whole report, nothing wider than the screen.
    await page.evaluate(() => {
      for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
    });
    const loading = page.locator('main [aria-busy="true"]').filter({ visible: true });
    await expect.poll(() => loading.count(), { timeout: 30_000 }).toBe(0);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      sections: Array.from(document.querySelectorAll('main > *')).map((s) => ({
        id: s.id || s.className,
        scroll: s.scrollWidth,
        client: s.clientWidth,
      })),
    }));
    expect(widths.page).toBeLessThanOrEqual(PHONE.width);
    for (const section of widths.sections) expect(section.scroll, section.id).toBeLessThanOrEqual(section.client);
    // A table wider than the screen scrolls in a region that is focusable and named.
    const regions = await page.locator('.table-scroll').evaluateAll((all) =>
      all.map((r) => ({
        scrolls: r.scrollWidth > r.clientWidth,
        tabindex: r.getAttribute('tabindex'),
        label: r.getAttribute('aria-label') ?? '',
      })),
    );
    expect(regions.some((r) => r.scrolls)).toBe(true);
    for (const region of regions) expect(region.tabindex === '0' && region.label !== '', JSON.stringify(region)).toBe(true);

    // Heat maps: each row names its partner in full, right beside the cells, and the table fits the screen.
    const heat = page.locator('#heatmaps table.heat').first();
    const rowNames = await heat.locator('tbody th[scope="row"]').allInnerTexts();
    expect(rowNames.map((n) => n.trim().replace(/^[A-Z] /, ''))).toEqual([
      'Gemeente Rivierstad',
      'Zorggroep De Linde',
      'Installatiebedrijf Van Dam',
      'ROC Rivierland',
    ]);
    const box = (await heat.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);

    await expectAccessible(page, 'the report on a phone, every detail open');
    expect(problems).toEqual([]);
    await close();
  }, 180_000);
});
