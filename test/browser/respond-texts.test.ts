/**
 * The texts an organiser writes, as respondents read them: the partnership's name and challenge in
 * English where the organiser gave them (and else the Dutch ones, marked as Dutch for screen
 * readers), never a doubled full stop where a text is inserted into a sentence, and the start button
 * on the first screen of a small phone whatever the length of the texts above it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE } from '../../scripts/local/browser';
import { expectAccessible } from '../support/axe';
import { sharedBrowser, watchPage } from '../support/browser';
import { onScreen, PARTNERS, phone, respondUrl, type SurveyOptions, surveyWithLink } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const LAPTOP = { width: 1280, height: 800 } as const;

/** The respondent's intro for a new survey, on a fresh phone, in the given language. */
async function intro(options: SurveyOptions, language: 'nl' | 'en') {
  const survey = await surveyWithLink(baseUrl, 'respondent_open', options);
  const opened = await phone(browser(), baseUrl);
  await opened.page.goto(respondUrl(baseUrl, survey.link.secret));
  await opened.page.getByRole('button', { name: 'Beginnen' }).waitFor();
  if (language === 'en') await opened.page.getByRole('button', { name: 'English' }).click();
  return { ...opened, survey };
}

const mainText = (page: Page) => page.getByRole('main').innerText();

/** Two full stops in a row (an ellipsis "…" is one character and not one of them). */
const DOUBLED = /\.\s*\./;

describe("the partnership's texts in English", () => {
  it('shows the English name and challenge to an English respondent', async () => {
    const { context, page, problems } = await intro(
      { english: { nameEn: 'Work in the neighbourhood', challengeEn: 'More people in work.' } },
      'en',
    );
    await onScreen(page, 'Work in the neighbourhood');
    expect(await page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('en');
    expect(await mainText(page)).toContain('The partners want to work together on: More people in work. This survey shows');
    expect(await page.title()).toBe('Work in the neighbourhood · Samenwaarde');
    // Back in Dutch, the Dutch texts.
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await onScreen(page, 'Werk in de wijk');
    expect(await mainText(page)).toContain('De partners willen samen werken aan: Meer mensen aan het werk.');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the Dutch texts marked as Dutch when the organiser gave no English ones', async () => {
    const { context, page, problems } = await intro({}, 'en');
    await onScreen(page, 'Werk in de wijk');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('nl');
    const challenge = page.getByText('Meer mensen aan het werk', { exact: true });
    expect(await challenge.getAttribute('lang')).toBe('nl');
    expect(await mainText(page)).toContain('The partners want to work together on: Meer mensen aan het werk. This survey shows');
    await expectAccessible(page, 'English intro with Dutch texts');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes the English texts from the organiser page, and drops them again', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open');
    const organiser = await browser().newPage({ viewport: LAPTOP });
    const problems = watchPage(organiser);
    await organiser.goto(`${baseUrl}/organise#${survey.organiserSecret}`);
    await organiser.getByRole('heading', { level: 1, name: 'Werk in de wijk' }).waitFor();
    await organiser.getByText('Naam en opgave in het Engels').click();
    await organiser.getByLabel('Naam van de samenwerking in het Engels').fill('Work in the neighbourhood');
    await organiser.getByLabel('De maatschappelijke opgave in het Engels').fill('More people in work');
    await expectAccessible(organiser, 'English texts on the organiser page');
    await organiser.getByRole('button', { name: 'Engelse teksten opslaan' }).click();
    await organiser.getByText('De Engelse teksten zijn opgeslagen.').waitFor();

    const reader = await phone(browser(), baseUrl);
    await reader.page.goto(respondUrl(baseUrl, survey.link.secret));
    await reader.page.getByRole('button', { name: 'English' }).click();
    await onScreen(reader.page, 'Work in the neighbourhood');
    expect(await mainText(reader.page)).toContain('work together on: More people in work. This survey');

    // Emptied, the English texts are gone: English readers see the Dutch ones again.
    await organiser.getByText('Naam en opgave in het Engels').click();
    await organiser.getByLabel('Naam van de samenwerking in het Engels').fill('');
    await organiser.getByLabel('De maatschappelijke opgave in het Engels').fill('');
    await organiser.getByRole('button', { name: 'Engelse teksten opslaan' }).click();
    await organiser.getByText('De Engelse teksten zijn opgeslagen.').waitFor();
    await reader.page.reload();
    await onScreen(reader.page, 'Werk in de wijk');
    expect(await reader.page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('nl');
    expect(problems).toEqual([]);
    expect(reader.problems).toEqual([]);
    await reader.context.close();
    await organiser.close();
  });
});

describe('texts inserted into sentences', () => {
  it('never double a full stop, on the intro and in both invitations', async () => {
    const options: SurveyOptions = {
      partners: ['Bouwbedrijf Van Dam B.V.', ...PARTNERS.slice(1)],
      shownAsOrganisation: true,
      challenge: 'Meer mensen aan het werk.',
      english: { nameEn: 'Work.', challengeEn: 'More people in work.' },
    };
    for (const language of ['nl', 'en'] as const) {
      const { context, page } = await intro(options, language);
      const text = await mainText(page);
      expect(text).toContain(language === 'nl' ? 'voor: Bouwbedrijf Van Dam B.V. Let op:' : 'for: Bouwbedrijf Van Dam B.V. Please note:');
      expect(text).not.toMatch(DOUBLED);
      await context.close();
    }

    const survey = await surveyWithLink(baseUrl, 'respondent_open', options);
    const organiser = await browser().newPage({ viewport: LAPTOP });
    await organiser.goto(`${baseUrl}/organise?tab=links#${survey.organiserSecret}`);
    const partner = organiser.getByRole('region', { name: 'Bouwbedrijf Van Dam B.V.' });
    // The open link made for this partner is shown again, with its texts.
    await partner.getByText('Uitnodiging en herinnering').click();
    const dutch = await partner.getByRole('textbox', { name: 'Uitnodiging (Nederlands): Bouwbedrijf Van Dam B.V.' }).inputValue();
    const english = await partner.getByRole('textbox', { name: 'Uitnodiging (Engels): Bouwbedrijf Van Dam B.V.' }).inputValue();
    expect(dutch).toContain('samen met andere organisaties aan: Meer mensen aan het werk. Om die samenwerking');
    expect(dutch).toContain('Let op: Bouwbedrijf Van Dam B.V. heeft ingestemd');
    expect(english).toContain('In "Work.", Bouwbedrijf Van Dam B.V. works with other organisations on: More people in work. To help');
    expect(dutch).not.toMatch(DOUBLED);
    expect(english).not.toMatch(DOUBLED);
    await organiser.close();
  });
});

describe('the first screen on a 360×640 phone', () => {
  it('shows the start button, whole and uncovered, however long the texts above it', async () => {
    const long = `${'Meer mensen uit de wijk aan duurzaam werk helpen, samen met werkgevers, zorg en onderwijs. '.repeat(10)}Samen.`;
    for (const [options, language] of [
      [{ shownAsOrganisation: true }, 'nl'],
      [{ shownAsOrganisation: true }, 'en'],
      [{ challenge: long.slice(0, 1000) }, 'nl'],
    ] as const) {
      const { context, page } = await intro(options, language);
      const start = page.getByRole('button', { name: language === 'nl' ? 'Beginnen' : 'Start', exact: true });
      const box = (await start.boundingBox())!;
      expect(box.y + box.height, `${language} ${JSON.stringify(options).slice(0, 60)}`).toBeLessThanOrEqual(PHONE.height);
      expect(
        await start.evaluate((button) => {
          const { left, top, width, height } = button.getBoundingClientRect();
          return document.elementFromPoint(left + width / 2, top + height / 2) === button;
        }),
      ).toBe(true);
      // A partner shown as its organisation's position reads so before the button.
      if (options.shownAsOrganisation) {
        const warning = page.getByText(language === 'nl' ? 'is een kleine organisatie' : 'is a small organisation', { exact: false });
        expect((await warning.boundingBox())!.y).toBeLessThan(box.y);
      }
      await expectAccessible(page, `intro ${language}`);
      await context.close();
    }
  });
});
