/**
 * Nothing lost when a respondent switches language, reloads the page half-way, or continues a
 * personal (single-use) link on another device.
 */

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Language, Section } from '../../core/instrument/types';
import { sharedBrowser } from '../support/browser';
import { answerScreens, answerSection, press, type Screen, screenOn } from '../support/survey-page';
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

/** What was chosen on a screen, and which screen it was. */
interface Answered {
  readonly screen: Screen;
  readonly chosen: Record<string, string>;
}

/**
 * Starts, answers the first `count` screens and stays on the next one, answered too but not yet
 * left; returns each of those screens with what was chosen on it.
 */
async function answerUpTo(page: Page, count: number, language: Language = 'nl'): Promise<Answered[]> {
  const answered: Answered[] = [];
  await page.getByRole('button', { name: words.start[language] }).click();
  await answerScreens(page, {
    next: words.next[language],
    more: (_, index) => index < count,
    answered: async (screen) => void answered.push({ screen, chosen: await chosenValues(page) }),
  });
  await answerSection(page);
  answered.push({ screen: await screenOn(page), chosen: await chosenValues(page) });
  return answered;
}

/** Goes on from the current screen to the end and sends. */
async function finish(page: Page, language: Language) {
  await answerScreens(page, { next: words.next[language] });
  await onScreen(page, words.review[language]);
  await page.getByRole('button', { name: words.send[language] }).click();
  await onScreen(page, words.thanks[language]);
}

/** The same screen in English: the part's English title, and "Part 4 of 10, page 2 of 4". */
const inEnglish = (screen: Screen): Screen => ({
  heading: sections.find((s) => s.title.nl === screen.heading)!.title.en,
  place: screen.place.replace('Deel', 'Part').replace(' van ', ' of ').replace('pagina', 'page').replace(' van ', ' of '),
});

/** About half-way through the survey (the ninth screen: a page in the middle of a long part). */
const HALF = 8;

describe('nothing a respondent gave is lost', () => {
  it('switches to English half-way and keeps every answer', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open', { shownAsOrganisation: true });
    const { context, page, problems } = await phone(browser(), baseUrl);
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(page, 'Werk in de wijk');
    const answered = await answerUpTo(page, HALF);
    const here = answered[HALF]!;
    expect(Object.keys(here.chosen).length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'English' }).click();
    // Same page of the same part, now in English, with the same answers still chosen.
    await onScreen(page, inEnglish(here.screen).heading);
    expect(await screenOn(page)).toEqual(inEnglish(here.screen));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await chosenValues(page)).toEqual(here.chosen);
    expect(await page.getByRole('button', { name: 'Nederlands' }).isVisible()).toBe(true);
    await expectAccessible(page, `${here.screen.place} in English`);

    // The pages answered in Dutch keep their answers too.
    await press(page, 'Back');
    expect(await screenOn(page)).toEqual(inEnglish(answered[HALF - 1]!.screen));
    expect(await chosenValues(page)).toEqual(answered[HALF - 1]!.chosen);
    await press(page, 'Next');

    await finish(page, 'en');
    expect(problems).toEqual([]);
    await context.close();
    expect(await storedFor(baseUrl, survey)).toMatchObject({ linkUses: 1, respondents: 1 });
  });

  it('reloads half-way and resumes on the same part with the answers in place', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open', { shownAsOrganisation: true });
    const { context, page, problems } = await phone(browser(), baseUrl);
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(page, 'Werk in de wijk');
    const answered = await answerUpTo(page, HALF);

    await page.reload();
    await onScreen(page, answered[HALF]!.screen.heading);
    expect(await screenOn(page)).toEqual(answered[HALF]!.screen);
    expect(await chosenValues(page)).toEqual(answered[HALF]!.chosen);
    await press(page, 'Vorige');
    expect(await screenOn(page)).toEqual(answered[HALF - 1]!.screen);
    expect(await chosenValues(page)).toEqual(answered[HALF - 1]!.chosen);
    await press(page, 'Volgende');

    await finish(page, 'nl');
    expect(problems).toEqual([]);
    await context.close();
    expect(await storedFor(baseUrl, survey)).toMatchObject({ linkUses: 1, respondents: 1 });
  });

  it('continues a personal link on another device from the server draft, and the first device then sees it was sent', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_single', { shownAsOrganisation: true });
    const first = await phone(browser(), baseUrl);
    await first.page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(first.page, 'Werk in de wijk');
    const answered = await answerUpTo(first.page, 2);
    // The answers reach the server in the background; the respondent sees when.
    await first.page.getByRole('status').getByText('Opgeslagen', { exact: true }).waitFor();

    const second = await phone(browser(), baseUrl);
    await second.page.goto(respondUrl(baseUrl, survey.link.secret));
    // Straight to the first page with open questions, saying the earlier answers were fetched.
    await second.page.getByText('Uw eerder gegeven antwoorden zijn opgehaald.', { exact: false }).waitFor();
    expect((await screenOn(second.page)).heading).not.toBe('Werk in de wijk');
    await expectAccessible(second.page, 'resumed on another device');
    for (const back of [2, 1]) {
      await press(second.page, 'Vorige');
      expect(await screenOn(second.page)).toEqual(answered[back]!.screen);
      expect(await chosenValues(second.page)).toEqual(answered[back]!.chosen);
    }
    await press(second.page, 'Volgende');
    await press(second.page, 'Volgende');
    await finish(second.page, 'nl');
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
