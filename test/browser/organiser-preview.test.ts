/**
 * The organiser's preview: opened from the organiser page, the whole survey exactly as a
 * respondent of the chosen partner sees it, said to be a preview on every screen, and nothing
 * stored: no draft, no response, no counter, nothing on the device.
 */
import { describe, expect, inject, it } from 'vitest';
import { api, createPartnership } from '../../scripts/local/api';
import { expectAccessible } from '../support/axe';
import { sharedBrowser, watchPage } from '../support/browser';
import { answerScreens } from '../support/survey-page';
import { ALL_SECTIONS, PARTNERS } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('the preview', () => {
  it('walks every section as a respondent of the chosen partner, and stores nothing', async () => {
    const created = await createPartnership(baseUrl, { partners: PARTNERS, sections: ALL_SECTIONS, minGroupSize: 5 });
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(`${baseUrl}/organise?tab=survey#${created.organiserSecret}`);
    await page.getByLabel('Bekijken als respondent van').selectOption({ label: 'Zorggroep De Linde' });
    const [preview] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: 'Voorbeeld openen (nieuw tabblad)' }).click(),
    ]);
    const previewProblems = watchPage(preview);
    const sent: string[] = [];
    preview.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/')) sent.push(`${request.method()} ${path}`);
    });

    const banner =
      'Voorbeeld voor de organisator: zo ziet een respondent van Zorggroep De Linde de vragenlijst. Er wordt niets opgeslagen of verstuurd.';
    await preview.getByText(banner).waitFor();
    expect(await preview.getByText('U beantwoordt de vragen voor: Zorggroep De Linde.').isVisible()).toBe(true);
    await expectAccessible(preview, 'preview: intro');
    await preview.getByRole('button', { name: 'Beginnen' }).click();
    const screens = await answerScreens(preview, {
      each: async () => expect(await preview.getByText(banner).isVisible()).toBe(true),
    });
    // Every part of the survey passed by, each with the banner.
    expect(new Set(screens.map((screen) => screen.heading)).size).toBe(ALL_SECTIONS.length);
    await preview.getByRole('heading', { name: 'Controleren en versturen' }).waitFor();
    await preview.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await preview.getByText('Dit was het voorbeeld. Er is niets verstuurd of opgeslagen').waitFor();
    await expectAccessible(preview, 'preview: done');

    // Only reads: the survey as the preview route tells it, and the public instrument.
    expect(sent.every((request) => request.startsWith('GET '))).toBe(true);
    expect(sent.some((request) => request.includes('/respond'))).toBe(false);
    expect(await preview.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('samenwaarde.language')))).toEqual([]);
    const progress = await (
      await api(baseUrl, created.organiserSecret).organiser.surveys[':surveyId'].progress.$get({ param: { surveyId: created.surveyId } })
    ).json();
    expect(progress.partners.map((p) => [p.started, p.completed])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect([...problems, ...previewProblems]).toEqual([]);
    await context.close();
  });
});
