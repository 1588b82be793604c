/**
 * Nothing lost when a respondent switches language, reloads the page half-way, or continues a
 * personal (single-use) link on another device.
 */

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Language, Section } from '../../core/instrument/types';
import { sharedBrowser } from '../support/browser';
import { answerSection } from '../support/survey-page';
import { chosenValues, expectAccessible, onScreen, phone, respondUrl, storedFor, surveySections, surveyWithLink } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
let sections: Section[];

beforeAll(async () => {
  sections = await surveySections(baseUrl);
});

const words = {
  start: { nl: 'Beginnen', en: 'Start' },
  next: { nl: 'Volgende', en: 'Next' },
  back: { nl: 'Vorige', en: 'Back' },
  review: { nl: 'Controleren en versturen', en: 'Check and send' },
  send: { nl: 'Antwoorden versturen', en: 'Send answers' },
  thanks: { nl: 'Dank u wel!', en: 'Thank you!' },
};

/**
 * Answers the first `count` sections and stays on the next one, answered too but not yet left;
 * returns what was chosen on each of those screens.
 */
async function answerUpTo(page: Page, count: number, language: Language = 'nl'): Promise<Record<string, string>[]> {
  const chosen: Record<string, string>[] = [];
  await page.getByRole('button', { name: words.start[language] }).click();
  for (let i = 0; i <= count; i++) {
    await onScreen(page, sections[i]!.title[language]);
    await answerSection(page);
    chosen.push(await chosenValues(page));
    if (i < count) await page.getByRole('button', { name: words.next[language] }).click();
  }
  return chosen;
}

/** Goes on from the current section to the end and sends. */
async function finish(page: Page, from: number, language: Language) {
  for (let i = from; i < sections.length; i++) {
    await onScreen(page, sections[i]!.title[language]);
    await answerSection(page);
    await page.getByRole('button', { name: words.next[language] }).click();
  }
  await onScreen(page, words.review[language]);
  await page.getByRole('button', { name: words.send[language] }).click();
  await onScreen(page, words.thanks[language]);
}

describe('nothing a respondent gave is lost', () => {
  it('switches to English half-way and keeps every answer', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open', { shownAsOrganisation: true });
    const { context, page, problems } = await phone(browser(), baseUrl);
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(page, 'Werk in de wijk');
    const half = Math.floor(sections.length / 2);
    const chosen = await answerUpTo(page, half);
    expect(Object.keys(chosen[half]!).length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'English' }).click();
    // Same part, now in English, with the same answers still chosen.
    await onScreen(page, sections[half]!.title.en);
    expect(await page.getByText(`Part ${half + 1} of ${sections.length}`).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await chosenValues(page)).toEqual(chosen[half]);
    expect(await page.getByRole('button', { name: 'Nederlands' }).isVisible()).toBe(true);
    await expectAccessible(page, `${sections[half]!.id} in English`);

    // The parts answered in Dutch keep their answers too.
    await page.getByRole('button', { name: 'Back' }).click();
    await onScreen(page, sections[half - 1]!.title.en);
    expect(await chosenValues(page)).toEqual(chosen[half - 1]);
    await page.getByRole('button', { name: 'Next' }).click();

    await finish(page, half, 'en');
    expect(problems).toEqual([]);
    await context.close();
    expect(await storedFor(baseUrl, survey)).toMatchObject({ linkUses: 1, respondents: 1 });
  });

  it('reloads half-way and resumes on the same part with the answers in place', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open', { shownAsOrganisation: true });
    const { context, page, problems } = await phone(browser(), baseUrl);
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(page, 'Werk in de wijk');
    const half = Math.floor(sections.length / 2);
    const chosen = await answerUpTo(page, half);

    await page.reload();
    await onScreen(page, sections[half]!.title.nl);
    expect(await page.getByText(`Deel ${half + 1} van ${sections.length}`).isVisible()).toBe(true);
    expect(await chosenValues(page)).toEqual(chosen[half]);
    await page.getByRole('button', { name: 'Vorige' }).click();
    await onScreen(page, sections[half - 1]!.title.nl);
    expect(await chosenValues(page)).toEqual(chosen[half - 1]);
    await page.getByRole('button', { name: 'Volgende' }).click();

    await finish(page, half, 'nl');
    expect(problems).toEqual([]);
    await context.close();
    expect(await storedFor(baseUrl, survey)).toMatchObject({ linkUses: 1, respondents: 1 });
  });

  it('continues a personal link on another device from the server draft, and the first device then sees it was sent', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_single', { shownAsOrganisation: true });
    const first = await phone(browser(), baseUrl);
    await first.page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(first.page, 'Werk in de wijk');
    const chosen = await answerUpTo(first.page, 2);
    // The answers reach the server in the background; the respondent sees when.
    await first.page.getByRole('status').getByText('Opgeslagen', { exact: true }).waitFor();

    const second = await phone(browser(), baseUrl);
    await second.page.goto(respondUrl(baseUrl, survey.link.secret));
    // Straight to the first part with open questions, saying the earlier answers were fetched.
    await onScreen(second.page, sections[3]!.title.nl);
    expect(await second.page.getByText('Uw eerder gegeven antwoorden zijn opgehaald.', { exact: false }).isVisible()).toBe(true);
    await expectAccessible(second.page, 'resumed on another device');
    for (const back of [2, 1]) {
      await second.page.getByRole('button', { name: 'Vorige' }).click();
      await onScreen(second.page, sections[back]!.title.nl);
      expect(await chosenValues(second.page)).toEqual(chosen[back]);
    }
    await second.page.getByRole('button', { name: 'Volgende' }).click();
    await second.page.getByRole('button', { name: 'Volgende' }).click();
    await finish(second.page, 3, 'nl');
    expect(second.problems).toEqual([]);

    // Back on the first phone: the link has been used, so it says so instead of offering the survey.
    await first.page.reload();
    await onScreen(first.page, 'Al ingevuld');
    expect(first.problems).toEqual([]);
    await first.context.close();
    await second.context.close();
    expect(await storedFor(baseUrl, survey)).toMatchObject({ linkUses: 1, respondents: 1 });
  });
});
