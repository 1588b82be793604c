/**
 * The demo report on a small phone (360 × 640): the answer starts on the first screen, no section
 * is wider than the screen with every detail opened (wide tables scroll inside a region a keyboard
 * can reach), the heat maps name each partner beside its cells, and axe finds nothing.
 */
import { describe, expect, inject, it } from 'vitest';
import { seedDemo } from '../../db/seed/demo';
import { PHONE, sharedBrowser } from '../support/browser';
import { laptop, openReport } from './report-support';
import { expectAccessible } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('the demo report on a phone', () => {
  it('starts with the answer, fits the screen in every section, and names partners beside the heat maps', async () => {
    const demo = await seedDemo(baseUrl);
    const { page, problems, close } = await laptop(browser(), baseUrl, PHONE);
    await openReport(page, `${baseUrl}${demo.report}`);

    // Who took part is on the first screen.
    const who = (await page.getByRole('heading', { level: 3, name: 'Wie deed mee', exact: true }).boundingBox())!;
    expect(who.y + who.height).toBeLessThanOrEqual(PHONE.height);

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
