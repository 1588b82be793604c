/**
 * The organiser's forms check what is filled in with the API's own schemas before sending: each
 * problem appears next to its field, in the page's language, naming the field in words, and no
 * request leaves the page until the form is right.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { currentInstrument } from '../../core/instrument';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { api, createPartnership, issueLinks } from '../../scripts/local/api';
import { expectAccessible } from '../support/axe';
import { sharedBrowser, watchPage } from '../support/browser';

const baseUrl = inject('baseUrl');
const LAPTOP = { width: 1280, height: 800 } as const;
const browser = sharedBrowser();

/** Every request the page sends to the API with `method`, by path. */
function apiRequests(page: Page, method: string) {
  const sent: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === method && url.pathname.startsWith('/api/')) sent.push(url.pathname);
  });
  return sent;
}

describe('the organiser’s forms', () => {
  it('show a missing language next to the field, in Dutch and in English, before anything is sent', async () => {
    const page = await browser().newPage({ viewport: LAPTOP });
    const problems = watchPage(page);
    const posted = apiRequests(page, 'POST');
    await page.goto(`${baseUrl}/new`);
    await page.getByRole('heading', { name: 'Een samenwerking starten' }).waitFor();
    await page.getByLabel('Naam van de samenwerking', { exact: true }).fill('Werk in de wijk');
    await page.getByLabel('De maatschappelijke opgave', { exact: true }).fill('Meer mensen uit de wijk aan het werk');
    await page.getByLabel('Stip op de horizon').fill('2030');
    await page.locator('#partner-0').fill('Gemeente Rivierstad');
    await page.locator('#partner-1').fill('Bouwbedrijf Van Dam');
    const languages = page.getByRole('group', { name: 'Talen voor respondenten' });
    await languages.getByLabel('Nederlands').uncheck();
    await languages.getByLabel('Engels').uncheck();

    await page.getByRole('button', { name: 'Samenwerking aanmaken' }).click();
    await languages.getByText('Talen voor respondenten: kies minstens één taal').waitFor();
    // The message describes the boxes it is about, and takes the focus: a screen reader reads it at once.
    expect(await languages.getByLabel('Nederlands').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Talen voor respondenten: kies minstens één taal');
    expect(await page.locator('.field-error').allTextContents()).toEqual(['Talen voor respondenten: kies minstens één taal']);
    expect(await page.content()).not.toContain('survey.languages');
    await expectAccessible(page, 'set-up form with a problem');

    await page.getByRole('button', { name: 'English' }).click();
    const inEnglish = page.getByRole('group', { name: 'Languages for respondents' });
    await inEnglish.getByText('Languages for respondents: choose at least one language').waitFor();

    // Fixed, the form is sent once and the partnership exists.
    await inEnglish.getByLabel('Dutch').check();
    await page.getByRole('button', { name: 'Create partnership' }).click();
    await page.getByRole('heading', { name: 'The partnership has been created' }).waitFor();
    expect(posted).toEqual(['/api/partnerships']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('name the field and the rule in each partner’s card, and in the survey settings', async () => {
    const { organiserSecret } = await createPartnership(baseUrl, { minGroupSize: 5 });
    const page = await browser().newPage({ viewport: LAPTOP });
    const problems = watchPage(page);
    const patched = apiRequests(page, 'PATCH');
    const posted = apiRequests(page, 'POST');
    await page.goto(`${baseUrl}/organise?tab=links#${organiserSecret}`);
    await page.getByRole('heading', { level: 1, name: 'Werk in de wijk' }).waitFor();

    const partner = page.getByRole('region', { name: 'Gemeente Rivierstad' });
    await partner.getByText('Persoonlijke links zonder namen').click();
    await partner.getByLabel('Aantal persoonlijke links voor Gemeente Rivierstad').fill('501');
    await partner.getByRole('button', { name: 'Persoonlijke links maken en downloaden (CSV)' }).click();
    await partner.getByText('Aantal links: vul hoogstens 500 in').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^count-/);

    await page.getByRole('tab', { name: 'Vragenlijst' }).click();
    await page.getByText('Data en drempel wijzigen').click();
    await page.locator('#set-k').fill('2');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('Kleinste groep die getoond wordt (k): de drempel is nooit lager dan 3').waitFor();
    expect(await page.locator('#set-k').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'organiser page with problems');
    expect({ patched, posted }).toEqual({ patched: [], posted: [] });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('show a refusal of the API in the page’s language, naming what to do', async () => {
    const { organiserSecret, surveyId, partnerIds } = await createPartnership(baseUrl, { minGroupSize: 5 });
    const [link] = await issueLinks(baseUrl, organiserSecret, {
      scope: 'respondent_open',
      surveyId,
      partnerId: partnerIds[0]!,
      count: 1,
      maxUses: 10,
    });
    const respondent = api(baseUrl, link!.secret);
    const context = await (await respondent.respond.$get()).json();
    const answers = syntheticAnswers({
      instrument: currentInstrument,
      sections: context.survey.sections,
      otherPartnerIds: context.otherPartners.map((p) => p.id),
      random: seededRandom(3),
    });
    expect((await respondent.respond.submit.$post({ json: { submissionId: 'forms-refusal-0001', language: 'nl', answers } })).status).toBe(
      201,
    );

    const page = await browser().newPage({ viewport: LAPTOP });
    const problems = watchPage(page);
    await page.goto(`${baseUrl}/organise?tab=survey#${organiserSecret}`);
    await page.getByText('Data en drempel wijzigen').click();
    await page.locator('#set-k').fill('4');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('alert').getByText('De drempel kan nu alleen nog omhoog.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('alert').getByText('The threshold can now only go up.', { exact: false }).waitFor();
    expect(await page.content()).not.toMatch(/threshold_fixed|minGroupSize/);
    await expectAccessible(page, 'organiser page with a refusal');
    expect(problems).toEqual([]);
    await page.close();
  });
});
