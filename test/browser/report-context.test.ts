/**
 * The report says what it is read against: the partnership's function, the point on its horizon
 * and the sectors of its partners, in the reader's language.
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
});
