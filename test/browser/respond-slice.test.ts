import { describe, expect, inject, it } from 'vitest';
import { api, createPartnership, issueLinks } from '../../scripts/local/api';
import { PHONE } from '../../scripts/local/browser';
import { sharedBrowser, watchPage } from '../support/browser';
import { answerSection } from '../support/survey-page';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('a respondent on a phone', () => {
  it('opens a link, answers every section, submits, and the report counts the response', async () => {
    const partnership = await createPartnership(baseUrl, { minGroupSize: 3 });
    const [link] = await issueLinks(baseUrl, partnership.organiserSecret, {
      scope: 'respondent_open',
      surveyId: partnership.surveyId,
      partnerId: partnership.partnerIds[0]!,
      count: 1,
      maxUses: null,
    });

    const page = await browser().newPage({ viewport: PHONE });
    const problems = watchPage(page);
    await page.goto(`${baseUrl}/respond#${link!.secret}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Werk in de wijk');
    expect(await page.getByText('U beantwoordt de vragen voor: Gemeente Rivierstad.').isVisible()).toBe(true);
    expect(await page.getByText('Niemand ziet iets over een groep van minder dan 3 mensen.').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Beginnen' }).click();
    for (let part = 1; part <= 4; part++) {
      expect(await page.getByText(`Deel ${part} van 4`).isVisible()).toBe(true);
      await answerSection(page);
      await page.getByRole('button', { name: 'Volgende' }).click();
    }
    await page.getByRole('heading', { name: 'Controleren en versturen' }).waitFor();
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await page.getByRole('heading', { name: 'Dank u wel!' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();

    // One response stored, counted in the organiser's report for the right partner.
    const report = await (await api(baseUrl, partnership.organiserSecret).report.$get({ query: {} })).json();
    expect(report.report.partners.find((p) => p.id === partnership.partnerIds[0])).toMatchObject({ status: 'not_enough_responses' });
    const stored = await (await api(baseUrl, partnership.organiserSecret).organiser.$get()).json();
    expect(stored.links.find((l) => l.id === link!.id)?.uses).toBe(1);
  });
});
