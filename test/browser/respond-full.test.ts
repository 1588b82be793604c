/**
 * A respondent on a 360×640 phone answers the whole survey (every section of the instrument) in
 * Dutch; every screen passes axe-core; the organiser then sees one response.
 */

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../support/browser';
import { answerScreens, press, type Screen, screenOn } from '../support/survey-page';
import { expectAccessible, onScreen, PARTNERS, phone, respondUrl, storedFor, surveySections, surveyWithLink } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** Touch targets on the screen smaller than 44×44 CSS pixels (scale points, options, steppers, buttons). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        'main label.point, main label.option, main button:not(.unset), main input[type="number"], main input[type="range"], main textarea',
      ),
    )
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} "${el.textContent?.trim() || el.getAttribute('aria-label')}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

/** Statements on the screen: each question, a perception question once per partner it asks about. */
const statementsOnScreen = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelectorAll('main fieldset.question:not(:has(.perception-row))').length +
      document.querySelectorAll('main .perception-row').length,
  );

/** Whether the page scrolls sideways (it must not on a 360 px phone). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('a respondent on a phone, in Dutch', () => {
  it('reads the intro, answers every section, checks, sends, and the organiser sees one response', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open', { shownAsOrganisation: true });
    const sections = await surveySections(baseUrl);
    expect(sections.map((s) => s.id)).toEqual([
      'drives',
      'culture',
      'values',
      'readiness',
      'value_case',
      'triangle',
      'tensions',
      'perceptions',
      'open',
      'about',
    ]);
    const { context, page, problems } = await phone(browser(), baseUrl);

    // Intro: which partnership, for which organisation, why, how long, and how answers are shown.
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(page, 'Werk in de wijk');
    const main = page.getByRole('main');
    expect(await main.getByText(`U beantwoordt de vragen voor: ${PARTNERS[0]}.`).isVisible()).toBe(true);
    expect(await main.getByText('Meer mensen aan het werk', { exact: false }).isVisible()).toBe(true);
    const minutes = Math.ceil(sections.reduce((sum, s) => sum + s.minutes, 0));
    expect(await main.getByText(`Het invullen duurt ongeveer ${minutes} minuten (${sections.length} delen).`).isVisible()).toBe(true);
    // This partner is "shown as the organisation's position": the respondent is told so before the first question.
    expect(await main.getByText('getoond als het standpunt van de organisatie, niet anoniem', { exact: false }).isVisible()).toBe(true);
    expect(await page.title()).toContain('Werk in de wijk');
    await expectAccessible(page, 'intro');

    await page.getByRole('button', { name: 'Beginnen' }).click();
    const shown: { screen: Screen; questions: string[] }[] = [];
    await answerScreens(page, {
      async each(screen, index) {
        const section = sections.find((s) => s.title.nl === screen.heading)!;
        // The heading has the focus, so a screen reader starts reading the new page at its top.
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
        // Where the respondent is: the part of all parts, and the page within a long part.
        expect(screen.place).toMatch(new RegExp(`^Deel ${sections.indexOf(section) + 1} van ${sections.length}(, pagina \\d+ van \\d+)?$`));
        expect(await scrollsSideways(page)).toBe(false);
        // At most five statements on a screen (a perception statement asks once per other partner).
        expect(await statementsOnScreen(page), screen.place).toBeLessThanOrEqual(5);
        shown.push({ screen, questions: await page.locator('main fieldset.question').evaluateAll((f) => f.map((q) => q.id)) });

        if (index === 0) {
          // Going on without answering: the error sits at the question, is read with its input, and takes the focus.
          await page.getByRole('button', { name: 'Volgende' }).click();
          const error = page.getByText('Beantwoord deze vraag om verder te gaan.').first();
          await error.waitFor();
          const errorId = await error.getAttribute('id');
          await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-describedby') ?? '')).toContain(errorId);
          await onScreen(page, section.title.nl);
          await expectAccessible(page, `${section.id} with an error`);
        }
        if (section.id === 'culture') {
          // Each point of a bipolar scale names both poles, so it makes sense read aloud on its own.
          for (const id of shown.at(-1)!.questions) {
            const item = section.items.find((i) => `q-${i.id}` === id);
            if (item?.format !== 'bipolar') continue;
            expect(
              await page.getByRole('radio', { name: `1 van 7, helemaal: ${item.left.nl} (tegenpool: ${item.right.nl})` }).count(),
            ).toBe(1);
            expect(
              await page.getByRole('radio', { name: `7 van 7, helemaal: ${item.right.nl} (tegenpool: ${item.left.nl})` }).count(),
            ).toBe(1);
          }
        }
        if (section.id === 'values') {
          // Choosing two and going on: the page asks for exactly three before the server would.
          await page.locator('main label.option').nth(0).click();
          await page.locator('main label.option').nth(1).click();
          expect(await page.getByText('2 van de 3 gekozen').isVisible()).toBe(true);
          await page.getByRole('button', { name: 'Volgende' }).click();
          await page.getByText('Kies er precies 3 om verder te gaan.').waitFor();
          await onScreen(page, section.title.nl);
          await page.locator('main label.option').nth(0).click();
          await page.locator('main label.option').nth(1).click();
        }
        if (section.id === 'drives') {
          // The points left count down as the respondent gives points.
          const first = page.locator('main input[type="number"]').first();
          await first.fill('40');
          expect(await page.getByText('Nog te verdelen: 60 punten').isVisible()).toBe(true);
          await first.fill('');
          expect(await page.getByText('Nog te verdelen: 100 punten').isVisible()).toBe(true);
        }
      },
      async answered(screen) {
        expect(await smallTargets(page)).toEqual([]);
        await expectAccessible(page, screen.place);
        if (screen.heading === 'Waarden') {
          // Exactly three: with three chosen the other ten wait (disabled), and the count says so.
          expect(await page.getByText('3 van de 3 gekozen').isVisible()).toBe(true);
          expect(await page.locator('main input[type="checkbox"]:disabled').count()).toBe(10);
        }
        if (screen.heading === 'Spanningen') {
          // Every tension offers "Weet ik niet" (version 2), kept apart below its points.
          const tensions = await page.locator('main fieldset.question').count();
          expect(await page.getByRole('radio', { name: 'Weet ik niet' }).count()).toBe(tensions);
        }
      },
    });
    // Every question once, in the instrument's order, each part's pages numbered in turn.
    expect(shown.flatMap((s) => s.questions)).toEqual(sections.flatMap((s) => s.items.map((item) => `q-${item.id}`)));
    for (const section of sections) {
      const pages = shown.filter((s) => s.screen.heading === section.title.nl).map((s) => s.screen.place);
      const part = `Deel ${sections.indexOf(section) + 1} van ${sections.length}`;
      expect(pages, section.id).toEqual(pages.length === 1 ? [part] : pages.map((_, i) => `${part}, pagina ${i + 1} van ${pages.length}`));
    }
    // Readiness: thirty statements (three per factor), so six pages of five.
    const readiness = shown.filter((s) => s.screen.heading === 'Klaar om samen te werken').map((s) => s.questions.length);
    expect(readiness).toEqual([5, 5, 5, 5, 5, 5]);

    await onScreen(page, 'Controleren en versturen');
    for (const section of sections) {
      expect(await page.getByText(`${section.title.nl}: ${section.items.length} van ${section.items.length} beantwoord`).isVisible()).toBe(
        true,
      );
    }
    await expectAccessible(page, 'review');
    // "Change" opens a part at its first page; the answers are there, and "next" leads back.
    await press(page, 'Wijzigen: Klaar om samen te werken');
    expect(await screenOn(page)).toEqual({ heading: 'Klaar om samen te werken', place: 'Deel 4 van 10, pagina 1 van 6' });
    expect(await page.locator('main input:checked').count()).toBe(5);
    while ((await screenOn(page)).heading !== 'Controleren en versturen') await press(page, 'Volgende');
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();

    await onScreen(page, 'Dank u wel!');
    expect(await page.getByText('Uw antwoorden zijn goed ontvangen.', { exact: false }).isVisible()).toBe(true);
    await expectAccessible(page, 'thanks');

    // Opening the link again on this phone shows the thanks, not an empty survey.
    await page.reload();
    await onScreen(page, 'Dank u wel!');
    expect(problems).toEqual([]);
    await context.close();

    expect(await storedFor(baseUrl, survey)).toMatchObject({ linkUses: 1, respondents: 1, suppressed: false });
  });
});
