/**
 * The report says what it is read against: the partnership's function, the point on its horizon
 * and the sectors of its partners, in the reader's language; the partnership's name and challenge
 * in English where the organiser gave them, else in Dutch and marked as Dutch.
 */
import { describe, expect, inject, it } from 'vitest';
import { createPartnership } from '../../scripts/local/api';
import { sharedBrowser } from '../support/browser';
import { laptop, openReport } from './report-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('the report header', () => {
  it('gives the partnership’s function, horizon and partners’ sectors as context', async () => {
    const { organiserSecret } = await createPartnership(baseUrl);
    const { page, problems, close } = await laptop(browser(), baseUrl);
    await openReport(page, `${baseUrl}/report#${organiserSecret}`);
    expect(await page.locator('.report-context').textContent()).toBe(
      'Operationele afstemming · stip op de horizon: 2030 · partners uit de sectoren publiek (overheid), maatschappelijke organisatie en privaat (bedrijf)',
    );
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => page.locator('.report-context').textContent())
      .toBe(
        'Operational alignment · point on the horizon: 2030 · partners from the sectors public (government), civil society and private (company)',
      );
    expect(problems).toEqual([]);
    await close();
  });

  it('names the partnership in English where the organiser gave an English name, and in marked Dutch where not', async () => {
    const english = { nameEn: 'Work in the neighbourhood', challengeEn: 'More people in work' };
    const withEnglish = await createPartnership(baseUrl, { english });
    const dutchOnly = await createPartnership(baseUrl);
    const { page, problems, close } = await laptop(browser(), baseUrl);
    await openReport(page, `${baseUrl}/report#${withEnglish.organiserSecret}`);
    expect(await page.locator('h1').textContent()).toBe('Werk in de wijk');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Work in the neighbourhood');
    expect(await page.locator('.report-meta').textContent()).toContain('Challenge: More people in work');
    expect(await page.title()).toContain('Work in the neighbourhood');

    // Another link pasted into the same tab opens its own report. The reader stays in English; this
    // partnership has no English name, so the Dutch one is shown, marked as Dutch.
    await openReport(page, `${baseUrl}/report#${dutchOnly.organiserSecret}`, 'en');
    expect(await page.locator('h1').textContent()).toBe('Werk in de wijk');
    expect(await page.locator('h1').getAttribute('lang')).toBe('nl');
    expect(await page.locator('.report-meta span[lang="nl"]').textContent()).toBe('Meer mensen aan het werk');
    expect(problems).toEqual([]);
    await close();
  });
});
