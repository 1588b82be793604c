/**
 * The organiser's whole round on a laptop: set up a partnership with three partners in the web app,
 * download ten personal links as CSV, answer with one of them on a phone, and see the completion.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { PHONE } from '../../scripts/local/browser';
import { expectAccessible } from '../support/axe';
import { sharedBrowser, watchPage } from '../support/browser';
import { answerScreens } from '../support/survey-page';

const baseUrl = inject('baseUrl');
const LAPTOP = { width: 1280, height: 800 } as const;
const browser = sharedBrowser();

/** Splits the links CSV (no quoted cells in it: partner names and URLs here have no commas). */
const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

describe('an organiser on a laptop', () => {
  it('sets up a partnership, downloads ten personal links, and sees a completed response', async () => {
    const context = await browser().newContext({ viewport: LAPTOP, acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchPage(page);

    await page.goto(`${baseUrl}/new`);
    await page.getByRole('heading', { name: 'Een samenwerking starten' }).waitFor();
    await page.getByLabel('Naam van de samenwerking', { exact: true }).fill('Werk in de wijk');
    await page.getByLabel('De maatschappelijke opgave', { exact: true }).fill('Meer mensen uit de wijk aan het werk');
    // Optional: the partnership's texts for English-speaking respondents.
    await page.getByLabel('Naam van de samenwerking in het Engels').fill('Work in the neighbourhood');
    await page.getByLabel('De maatschappelijke opgave in het Engels').fill('More people from the neighbourhood in work');
    await page.getByLabel('Functie van de samenwerking').selectOption('operational_alignment');
    await page.getByLabel('Stip op de horizon').fill('2030: iedereen die kan werken, werkt');
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    const partners = [
      { name: 'Gemeente Rivierstad', sector: 'public', staff: '40' },
      { name: 'Zorggroep De Linde', sector: 'civil_society', staff: '25' },
      { name: 'Bouwbedrijf Van Dam', sector: 'private', staff: '12' },
    ];
    for (const [i, partner] of partners.entries()) {
      await page.locator(`#partner-${i}`).fill(partner.name);
      await page.locator(`#sector-${i}`).selectOption(partner.sector);
      await page.locator(`#staff-${i}`).fill(partner.staff);
    }
    expect(await page.getByLabel('Kleinste groep die getoond wordt (k)').inputValue()).toBe('5');
    await expectAccessible(page, 'organiser page');

    await page.getByRole('button', { name: 'Samenwerking aanmaken' }).click();
    await page.getByRole('heading', { name: 'De samenwerking is aangemaakt' }).waitFor();
    expect(await page.getByText('Hij wordt maar één keer getoond').isVisible()).toBe(true);
    const organiserUrl = await page.getByLabel('Organisatorlink', { exact: true }).inputValue();
    expect(organiserUrl).toMatch(new RegExp(`^${baseUrl}/organise#[A-Za-z0-9_-]{24}$`));

    await page.getByRole('link', { name: /naar de organisatorpagina/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Werk in de wijk' }).waitFor();
    expect(await page.getByText('Open: respondenten kunnen antwoorden.').isVisible()).toBe(true);
    await page.getByRole('table', { name: 'Respons per partner' }).waitFor();
    await page.getByText('Naam en opgave in het Engels').click();
    expect(await page.getByLabel('Naam van de samenwerking in het Engels').inputValue()).toBe('Work in the neighbourhood');
    expect(await page.getByLabel('De maatschappelijke opgave in het Engels').inputValue()).toBe(
      'More people from the neighbourhood in work',
    );
    await expectAccessible(page, 'organiser page');

    // Ten personal links for the first partner, as a CSV download.
    const first = page.getByRole('region', { name: 'Gemeente Rivierstad' });
    await first.getByLabel('Aantal persoonlijke links voor Gemeente Rivierstad').fill('10');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      first.getByRole('button', { name: 'Persoonlijke links maken en downloaden (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^samenwaarde-links-gemeente-rivierstad-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = csvRows(readFileSync((await download.path())!, 'utf8'));
    expect(header).toEqual(['partner', 'link']);
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      expect(row[0]).toBe('Gemeente Rivierstad');
      expect(row[1]).toMatch(new RegExp(`^${baseUrl}/respond#[A-Za-z0-9_-]{24}$`));
    }
    expect(new Set(rows.map((r) => r[1])).size).toBe(10);
    await first.getByText('10 persoonlijke links gemaakt en gedownload.').waitFor();

    // An open link without a number is capped at the staff the personal links leave: 40 − 10 = 30.
    await first.getByRole('button', { name: 'Open link maken' }).click();
    await first.getByLabel('Open link voor Gemeente Rivierstad', { exact: true }).waitFor();
    await page.getByRole('cell', { name: '0 / 30', exact: true }).waitFor();
    // No maximum is a choice the page warns about before, and the Worker after.
    await first.getByLabel('Geen maximum (niet aanbevolen)').check();
    expect(
      await first.getByText('Zonder maximum kan iedereen met de link onbeperkt antwoorden toevoegen.', { exact: false }).isVisible(),
    ).toBe(true);
    await first.getByRole('button', { name: 'Open link maken' }).click();
    await page
      .locator('p.warning-text[role="alert"]', { hasText: 'meer antwoorden binnenkomen dan Gemeente Rivierstad medewerkers heeft' })
      .waitFor();
    await expectAccessible(page, 'organiser page with the open-link warning');

    // One colleague answers on a phone with the first personal link.
    const phone = await browser().newPage({ viewport: PHONE });
    const phoneProblems = watchPage(phone);
    await phone.goto(rows[0]![1]!);
    await expect.poll(() => phone.getByRole('heading', { level: 1 }).textContent()).toBe('Werk in de wijk');
    await phone.getByRole('button', { name: 'Beginnen' }).click();
    await answerScreens(phone);
    await phone.getByRole('heading', { name: 'Controleren en versturen' }).waitFor();
    await phone.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await phone.getByRole('heading', { name: 'Dank u wel!' }).waitFor();
    expect(phoneProblems).toEqual([]);
    await phone.close();

    // Back on the organiser page: one completed response for that partner.
    await page.reload();
    const responseTable = page.getByRole('table', { name: 'Respons per partner' });
    await responseTable.waitFor();
    const row = responseTable.getByRole('row', { name: /Gemeente Rivierstad/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['40', '1', '1', '3%']);
    expect(
      await responseTable
        .getByRole('row', { name: /Zorggroep De Linde/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['25', '0', '0', '0%']);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the scheduled retention run, locally', () => {
  it('is triggered through wrangler dev --test-scheduled', async () => {
    const res = await fetch(`${baseUrl}/__scheduled?cron=${encodeURIComponent('17 3 * * *')}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('Ran scheduled event');
  });
});
