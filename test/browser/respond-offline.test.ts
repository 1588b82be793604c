/**
 * A bad connection: answers given offline wait on the device, a submit made offline waits for the
 * connection and then lands exactly once, and a server fault is retried with the answers kept.
 */

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Section } from '../../core/instrument/types';
import { sharedBrowser } from '../support/browser';
import { answerScreens, answerSection, press } from '../support/survey-page';
import { expectAccessible, onScreen, phone, respondUrl, storedFor, surveySections, surveyWithLink } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
let sections: Section[];

beforeAll(async () => {
  sections = await surveySections(baseUrl);
});

/** Answers every screen from the one on view and stops at the review. */
async function answerAll(page: Page) {
  await answerScreens(page);
  await onScreen(page, 'Controleren en versturen');
}

/** Failed requests are expected while the network is cut; anything else is a problem. */
const unexpected = (problems: string[]) => problems.filter((p) => !/^request failed: .*\/api\/respond\/(submit|draft)$/.test(p));

describe('a respondent on a bad connection', () => {
  it('answers offline, sends offline, and once the connection returns exactly one response is stored', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_single', { shownAsOrganisation: true });
    const { context, page, problems } = await phone(browser(), baseUrl);
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(page, 'Werk in de wijk');
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await onScreen(page, sections[0]!.title.nl);

    // Answering without a connection: the page says the answers are kept on this phone.
    await context.setOffline(true);
    await answerSection(page);
    await page.getByText('Geen verbinding: opgeslagen op dit apparaat').waitFor();
    await expectAccessible(page, 'offline while answering');
    await context.setOffline(false);
    await page.getByRole('status').getByText('Opgeslagen', { exact: true }).waitFor();
    await press(page, 'Volgende');
    await answerAll(page);

    // The network drops just before the respondent presses send: the page waits, visibly.
    await context.setOffline(true);
    const send = page.getByRole('button', { name: 'Antwoorden versturen' });
    await send.click();
    await page.getByText('Geen verbinding. Uw antwoorden staan veilig op dit apparaat', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Wacht op verbinding…' }).isVisible()).toBe(true);
    await expectAccessible(page, 'waiting for a connection');
    // A second, impatient tap changes nothing.
    await page.getByRole('button', { name: 'Wacht op verbinding…' }).click({ force: true }); // force: it is aria-disabled, a tap still lands

    await context.setOffline(false);
    await onScreen(page, 'Dank u wel!');
    expect(unexpected(problems)).toEqual([]);
    await context.close();
    expect(await storedFor(baseUrl, survey)).toMatchObject({ linkUses: 1, respondents: 1 });
  });

  it('keeps the answers through a server fault on send and retries until it is stored, once', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open', { shownAsOrganisation: true });
    const { context, page, problems } = await phone(browser(), baseUrl);
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(page, 'Werk in de wijk');
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await answerAll(page);

    // The server answers 500 until the test lets the requests through.
    let faulty = true;
    let faults = 0;
    await page.route('**/api/respond/submit', async (route) => {
      if (!faulty) return route.continue();
      faults++;
      await route.fulfill({ status: 500, json: { error: { code: 'internal_error', message: 'Er ging iets mis aan onze kant.' } } });
    });
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await page.getByText('Versturen lukt nu niet door een storing bij ons.', { exact: false }).waitFor();
    expect(faults).toBeGreaterThan(0);
    await expectAccessible(page, 'server fault on send');

    // The answers are still on the phone: a reload resumes the pending send by itself.
    faulty = false;
    await page.unroute('**/api/respond/submit');
    await page.reload();
    await onScreen(page, 'Dank u wel!');
    expect(unexpected(problems)).toEqual([]);
    await context.close();
    expect(await storedFor(baseUrl, survey)).toMatchObject({ linkUses: 1, respondents: 1 });
  });

  it('says the survey could not load when the server fails, and loads it on "try again"', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open');
    const { context, page } = await phone(browser(), baseUrl);
    await page.route('**/api/respond', (route) =>
      route.fulfill({ status: 500, json: { error: { code: 'internal_error', message: 'x' } } }),
    );
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(page, 'De vragenlijst kon niet laden');
    expect(await page.getByText('Antwoorden die u al gaf, blijven op dit apparaat bewaard.', { exact: false }).isVisible()).toBe(true);
    await expectAccessible(page, 'server error');
    await page.getByRole('button', { name: 'English' }).click();
    await onScreen(page, 'The survey could not load');
    await page.unroute('**/api/respond');
    await page.getByRole('button', { name: 'Try again' }).click();
    await onScreen(page, 'Werk in de wijk');
    expect(await page.getByText('You answer the questions for: Gemeente Rivierstad.').isVisible()).toBe(true);
    await context.close();
  });
});
