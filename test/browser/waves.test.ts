/**
 * Measuring again, as an organiser and a partnership lead do: a baseline and its report; a follow-up
 * months later; both reports readable from one report link (which names the wave it shows) and from
 * the organiser page (which opens the wave chosen); the change view in Dutch and English, on a
 * laptop and a phone, with no WCAG 2.1 A/AA violation; and an agreement recorded by a lead on the
 * baseline that the follow-up's change view and agenda carry.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { currentInstrument } from '../../core/instrument';
import type { SectionId } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { api, createPartnership, issueLinks } from '../../scripts/local/api';
import { PHONE, sharedBrowser } from '../support/browser';
import { laptop, pdfText, printPdf, squeeze } from './report-support';
import { expectAccessible } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const sections: SectionId[] = ['drives', 'culture', 'values', 'readiness', 'value_case'];

/** `count` responses for a partner leaning to `lean` on every scale (and to `trust` on trusting the partners). */
async function respond(organiserSecret: string, surveyId: string, partnerId: string, count: number, lean: number, trust: number) {
  const [link] = await issueLinks(baseUrl, organiserSecret, { scope: 'respondent_open', surveyId, partnerId, count: 1, maxUses: null });
  const random = seededRandom(count * 10 + lean);
  const profile = Object.fromEntries(
    currentInstrument.sections
      .flatMap((s) => s.items)
      .map((item) => [item.id, item.id.startsWith('readiness.trust') ? trust : item.format === 'bipolar' ? lean + 1.5 : lean]),
  );
  for (let r = 0; r < count; r++) {
    const answers = syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: [], profile, random });
    const res = await api(baseUrl, link!.secret).respond.submit.$post({
      json: { submissionId: crypto.randomUUID().replaceAll('-', ''), language: 'nl', answers },
    });
    expect(res.status).toBe(201);
  }
}

/** Waits for the report (not its loading line) and for the change view to have loaded or said why not. */
async function reportLoaded(page: Page, heading = 'Samenvatting') {
  await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
  await page.locator('#change').locator('.change-summary, .muted').first().waitFor();
  // The agreements load beside the report: nothing may still be on its way when the test moves on.
  await page.waitForLoadState('networkidle');
}

describe('waves over time', () => {
  it('keeps every wave readable and shows what changed, with the agreements made in between', async () => {
    // The baseline: three partners; trust in the partners is their weakest point (a factor read as the
    // mean of the partners), and Zorggroep hardly trusts them at all.
    const created = await createPartnership(baseUrl, { sections, minGroupSize: 3 });
    const { organiserSecret, partnerIds } = created;
    const baseline = created.surveyId;
    for (const [i, partnerId] of partnerIds.entries()) await respond(organiserSecret, baseline, partnerId, 8, 2 + i, i === 1 ? 1 : 1.5);
    const organiser = api(baseUrl, organiserSecret).organiser;
    await organiser.surveys[':surveyId'].close.$post({ param: { surveyId: baseline } });

    // The follow-up: the same partners; Zorggroep now trusts them, the others as little as before.
    const made = await organiser.surveys.$post({ json: { title: 'Vervolgmeting', sections, languages: ['nl', 'en'], minGroupSize: 3 } });
    const followUp = (await made.json()).survey.id;
    for (const [i, partnerId] of partnerIds.entries()) await respond(organiserSecret, followUp, partnerId, 8, 2 + i, i === 1 ? 4 : 1.5);

    const { page, problems, close } = await laptop(browser(), baseUrl);

    // The organiser page opens the report of the wave chosen, not the newest.
    await page.goto(`${baseUrl}/organise?tab=waves#${organiserSecret}`);
    await page.getByRole('button', { name: 'Werken met: Nulmeting' }).click();
    await page.getByRole('tab', { name: 'Vragenlijst', exact: true }).click();
    await page.getByRole('link', { name: 'Rapport bekijken' }).click();
    await reportLoaded(page);
    expect(await page.locator('.report-meta').innerText()).toContain('Vragenlijst: Nulmeting');
    await expect(page.locator('.other-waves > summary').innerText()).resolves.toBe('Meting 1 van 2');
    await expect(page.locator('#change').innerText()).resolves.toContain('Dit is de eerste meting');
    await expectAccessible(page, 'the baseline report');

    // A lead records an agreement on the baseline's weakest readiness factor, in the agenda.
    const [lead] = await issueLinks(baseUrl, organiserSecret, { scope: 'lead', count: 1 });
    await page.goto(`${baseUrl}/report?wave=${baseline}#${lead!.secret}`);
    await reportLoaded(page);
    const trustItem = page.locator('#agenda .agenda > li', { hasText: 'Vertrouwen in de partners' });
    await trustItem.getByText('Afspraak vastleggen').click();
    await trustItem.getByRole('button', { name: 'Afspraak opslaan' }).click();
    // Nothing is sent while a field is empty; each problem is said beside its field.
    await expect(trustItem.locator('.field-error').first().innerText()).resolves.toBe('Wat spreken we af: vul dit in');
    await trustItem.getByLabel('Wat spreken we af').fill('Elk kwartaal een open gesprek over wat niet goed gaat');
    await trustItem.getByLabel('Wie doet het').fill('Voorzitter stuurgroep');
    await trustItem.getByLabel('Klaar op').fill('2026-12-31');
    await trustItem.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await trustItem
      .getByText('Elk kwartaal een open gesprek over wat niet goed gaat. Wie: Voorzitter stuurgroep. Klaar op 31 december 2026.')
      .waitFor();
    await expectAccessible(page, 'the agenda with an agreement and its form');

    // One report link for every wave: the newest by default, naming it, with what changed.
    const [reader] = await issueLinks(baseUrl, organiserSecret, { scope: 'report', count: 1 });
    await page.goto(`${baseUrl}/report#${reader!.secret}`);
    await reportLoaded(page);
    await expect(page.locator('.report-meta').innerText()).resolves.toContain('Vragenlijst: Vervolgmeting');
    await expect(page.locator('.other-waves > summary').innerText()).resolves.toBe('Meting 2 van 2');
    const change = page.locator('#change');
    const summary = await change.locator('.change-summary').innerText();
    expect(summary).toMatch(/^Sinds Nulmeting: .*1 punt van bereidheid duidelijk sterker/);
    await expect(page.locator('#summary .change-card').innerText()).resolves.toContain(summary.trim());
    // The agreement made after the baseline, with what changed on its finding.
    const review = await change.locator('.agreement-review').innerText();
    expect(review).toContain('Elk kwartaal een open gesprek over wat niet goed gaat');
    expect(review).toMatch(/Wat veranderde: Vertrouwen in de partners: duidelijk hoger bij Zorggroep De Linde\./);
    await expect(page.locator('#agenda .agenda-review').innerText()).resolves.toContain('Nu: duidelijk hoger.');
    // A partner's every figure, on demand.
    await change.getByText('Alle cijfers van Zorggroep De Linde').click();
    await change.locator('table', { hasText: 'Onze organisatie kan met de andere partners open praten' }).waitFor();
    await expectAccessible(page, 'the change view in Dutch');
    // On paper: the summary holds the change in one line and the agenda the look back; the full report all of it.
    const executive = await pdfText(await printPdf(page));
    expect(executive.pages).toBeLessThanOrEqual(6);
    expect(squeeze(executive.text)).toContain(squeeze(summary));
    expect(squeeze(executive.text)).toContain(squeeze('Elk kwartaal een open gesprek over wat niet goed gaat (Voorzitter stuurgroep'));
    // The agenda with its look back still prints on one page.
    expect((await pdfText(await printPdf(page, 'agenda'))).pages).toBe(1);
    const full = await pdfText(await printPdf(page, 'full'));
    expect(squeeze(full.text)).toContain(squeeze('Wat veranderde sinds de vorige meting'));
    // The partner the reader opened prints its figures; the ones never opened are left out, never "loading".
    expect(squeeze(full.text)).toContain(squeeze('Onze organisatie kan met de andere partners open praten'));
    expect(full.text).not.toContain('wordt geladen');
    await page.locator('.print-choice select').selectOption('executive');

    // The same in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'What changed since the last wave' }).waitFor();
    expect(await change.locator('.change-summary').innerText()).toMatch(/^Since Nulmeting: .*1 readiness factor clearly stronger/);
    await expectAccessible(page, 'the change view in English');

    // The baseline from the same link, through its choice of waves.
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.locator('.other-waves > summary').click();
    await page.getByLabel('Andere meting').selectOption(baseline);
    await page.getByRole('button', { name: 'Tonen', exact: true }).click();
    await reportLoaded(page);
    await expect(page.locator('.other-waves > summary').innerText()).resolves.toBe('Meting 1 van 2');
    expect(page.url()).toContain(`wave=${baseline}`);

    // On a phone: the change view fits the screen with every detail open, and axe finds nothing.
    const phone = await laptop(browser(), baseUrl, PHONE);
    await phone.page.goto(`${baseUrl}/report#${reader!.secret}`);
    await reportLoaded(phone.page);
    await phone.page.evaluate(() => {
      for (const details of Array.from(document.querySelectorAll<HTMLDetailsElement>('#change details'))) details.open = true;
    });
    const widths = await phone.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      change: document.getElementById('change')!.scrollWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(PHONE.width);
    expect(widths.change).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(phone.page, 'the change view on a phone');
    await phone.page.getByRole('button', { name: 'English' }).click();
    await phone.page.getByRole('heading', { level: 2, name: 'What changed since the last wave' }).waitFor();
    await expectAccessible(phone.page, 'the change view on a phone, in English');

    expect([...problems, ...phone.problems]).toEqual([]);
    await phone.close();
    await close();
  }, 240_000);
});
