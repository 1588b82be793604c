/**
 * Giving and taking back answers on a phone: the drives by slider (touch and keyboard) or by
 * number, with the points left always in view; and every optional answer can be cleared again,
 * with a tap or the keyboard, without anything on the screen moving under the finger.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Section } from '../../core/instrument/types';
import { sharedBrowser } from '../support/browser';
import { answerScreens, press, screenOn } from '../support/survey-page';
import { expectAccessible, onScreen, PARTNERS, phone, respondUrl, surveySections, surveyWithLink } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
let sections: Section[];

beforeAll(async () => {
  sections = await surveySections(baseUrl);
});

const status = (page: Page) => page.locator('main [role="status"].points-left').textContent();
const title = (id: Section['id']) => sections.find((s) => s.id === id)!.title.nl;

/** A new respondent on a phone, on the first screen of questions (the drives). */
async function atDrives() {
  const survey = await surveyWithLink(baseUrl, 'respondent_open');
  const opened = await phone(browser(), baseUrl);
  await opened.page.goto(respondUrl(baseUrl, survey.link.secret));
  await opened.page.getByRole('button', { name: 'Beginnen' }).click();
  await onScreen(opened.page, title('drives'));
  return opened;
}

describe('spreading the drives', () => {
  it('takes steps of 5 from the keyboard, stops a slider at the points left, and takes typed numbers', async () => {
    const { context, page, problems } = await atDrives();
    const drives = sections[0]!.items[0]!;
    if (drives.format !== 'allocation') throw new Error('the first question is the drives allocation');
    const sliders = page.getByRole('slider');
    expect(await sliders.count()).toBe(drives.options.length);
    // Each slider is named by its drive and described by the points left, so a screen reader says both.
    const [first, second, third] = drives.options.map((o) => page.getByRole('slider', { name: o.label.nl, exact: true }));
    expect(await first!.getAttribute('aria-describedby')).toContain('drives.allocation-points-left');
    expect(await status(page)).toBe('Nog te verdelen: 100 punten');

    await first!.focus();
    await page.keyboard.press('ArrowRight');
    expect(await first!.getAttribute('aria-valuetext')).toBe('5 punten');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    expect(await status(page)).toBe('Nog te verdelen: 60 punten');
    expect(await page.getByRole('spinbutton', { name: drives.options[0]!.label.nl }).inputValue()).toBe('40');

    // End gives this drive every point still left, and not one more.
    await second!.focus();
    await page.keyboard.press('End');
    expect(await second!.getAttribute('aria-valuetext')).toBe('60 punten');
    expect(await status(page)).toBe('Alle 100 punten zijn verdeeld');
    await third!.focus();
    await page.keyboard.press('ArrowRight');
    expect(await third!.getAttribute('aria-valuetext')).toBe('0 punten');
    expect(await third!.inputValue()).toBe('0');

    // Home takes a drive's points back; a typed number counts as it is typed.
    await second!.focus();
    await page.keyboard.press('Home');
    expect(await status(page)).toBe('Nog te verdelen: 60 punten');
    await page.getByRole('spinbutton', { name: drives.options[2]!.label.nl }).fill('25');
    expect(await status(page)).toBe('Nog te verdelen: 35 punten');
    expect(await third!.getAttribute('aria-valuetext')).toBe('25 punten');
    await expectAccessible(page, 'drives, partly spread');

    // Going on with 65 points given keeps the respondent here, saying so.
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByText('Verdeel precies 100 punten (nu 65).').waitFor();
    expect((await screenOn(page)).heading).toBe(title('drives'));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the points left in view, and a tap at the far end of a slider gives the rest', async () => {
    const { context, page, problems } = await atDrives();
    const sliders = page.getByRole('slider');
    await page.getByRole('spinbutton').first().fill('30');
    const last = sliders.last();
    await last.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    // Scrolled down to the last drive, the points left are still on screen, and not covered.
    const shown = await page.evaluate(() => {
      const element = document.querySelector('main .points-left')!;
      const box = element.getBoundingClientRect();
      const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { top: box.top, bottom: box.bottom, visible: element === atCentre || element.contains(atCentre) };
    });
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.bottom).toBeLessThanOrEqual(640);
    expect(shown.visible).toBe(true);
    expect(await status(page)).toBe('Nog te verdelen: 70 punten');

    const box = (await last.boundingBox())!;
    await last.tap({ position: { x: box.width - 2, y: box.height / 2 } });
    expect(await last.getAttribute('aria-valuetext')).toBe('70 punten');
    expect(await status(page)).toBe('Alle 100 punten zijn verdeeld');
    await press(page, 'Volgende');
    expect((await screenOn(page)).heading).toBe(title('culture'));
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('taking an optional answer back', () => {
  it('clears a perception rating and a choice about the respondent, by tap and by keyboard', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open');
    const { context, page, problems } = await phone(browser(), baseUrl);
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await answerScreens(page, {
      more: (screen) => screen.heading !== title('perceptions'),
      async answered(screen) {
        // A required question offers nothing to clear.
        if (screen.heading === title('culture')) expect(await page.getByRole('button', { name: /^Antwoord wissen/ }).count()).toBe(0);
      },
    });
    const perception = sections.find((s) => s.id === 'perceptions')!.items[0]!;
    const other = PARTNERS[1]!;
    const row = page.getByRole('radiogroup', { name: `${other}: ${perception.text.nl}` });
    const clear = page.getByRole('button', { name: `Antwoord wissen: ${other}: ${perception.text.nl}` });
    expect(await clear.count()).toBe(0);
    const nextRow = page.getByRole('radiogroup', { name: `${PARTNERS[2]}: ${perception.text.nl}` });
    // Where the next row sits in the page (not on the screen: a tap may scroll).
    const top = () => nextRow.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const before = await top();

    await row.locator('label.point').nth(2).tap();
    expect(await row.locator('input:checked').count()).toBe(1);
    expect(await clear.isVisible()).toBe(true);
    // Nothing moved when the rating (and with it the clear button) appeared.
    expect(await top()).toBe(before);
    await expectAccessible(page, 'perceptions with a rating to clear');
    await clear.tap();
    expect(await row.locator('input:checked').count()).toBe(0);
    expect(await clear.count()).toBe(0);
    // The focus waits on the row's first point, where a new choice starts.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(
      await row.locator('input').first().getAttribute('name'),
    );

    // On to "about you" without perceptions; there a choice is made and taken back by keyboard.
    while ((await screenOn(page)).heading !== title('about')) await press(page, 'Volgende');
    const about = sections.find((s) => s.id === 'about')!.items[0]!;
    const question = page.getByRole('group', { name: about.text.nl });
    await question.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    expect(await question.getByRole('radio', { checked: true }).count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Antwoord wissen: ${about.text.nl}`);
    await page.keyboard.press('Enter');
    expect(await question.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');

    // The review counts what is left: nothing for the perceptions.
    while ((await screenOn(page)).heading !== 'Controleren en versturen') await press(page, 'Volgende');
    const perceptions = sections.find((s) => s.id === 'perceptions')!;
    expect(await page.getByText(`${perceptions.title.nl}: 0 van ${perceptions.items.length} beantwoord`).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
