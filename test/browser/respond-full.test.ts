/**
 * A respondent on a 360×640 phone answers the whole survey (every section of the instrument) in
 * Dutch; every screen passes axe-core; the organiser then sees one response.
 */

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../support/browser';
import { answerSection } from '../support/survey-page';
import { expectAccessible, onScreen, PARTNERS, phone, respondUrl, storedFor, surveySections, surveyWithLink } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** Touch targets on the screen smaller than 44×44 CSS pixels (scale points, options, steppers, buttons). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>('main label.point, main label.option, main button, main input[type="number"], main textarea'),
    )
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} "${el.textContent?.trim() || el.getAttribute('aria-label')}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

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
    for (const [index, section] of sections.entries()) {
      await onScreen(page, section.title.nl);
      // The heading has the focus, so a screen reader starts reading the new part at its top.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await page.getByText(`Deel ${index + 1} van ${sections.length}`).isVisible()).toBe(true);
      expect(await scrollsSideways(page)).toBe(false);

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
        for (const item of section.items) {
          if (item.format !== 'bipolar') continue;
          const radios = page.getByRole('radio', { name: `1 van 7, helemaal: ${item.left.nl} (tegenpool: ${item.right.nl})` });
          expect(await radios.count()).toBe(1);
          expect(await page.getByRole('radio', { name: `7 van 7, helemaal: ${item.right.nl} (tegenpool: ${item.left.nl})` }).count()).toBe(
            1,
          );
        }
      }
      if (section.id === 'drives') {
        // The points left count down as the respondent gives points with the + button.
        await page
          .getByRole('button', { name: /^5 punten meer voor / })
          .first()
          .click();
        expect(await page.getByText('Nog te verdelen: 95 punten').isVisible()).toBe(true);
        await page
          .getByRole('button', { name: /^5 punten minder voor / })
          .first()
          .click();
        expect(await page.getByText('Nog te verdelen: 100 punten').isVisible()).toBe(true);
      }

      await answerSection(page);
      expect(await smallTargets(page)).toEqual([]);
      await expectAccessible(page, section.id);
      await page.getByRole('button', { name: 'Volgende' }).click();
    }

    await onScreen(page, 'Controleren en versturen');
    for (const section of sections) {
      expect(await page.getByText(`${section.title.nl}: ${section.items.length} van ${section.items.length} beantwoord`).isVisible()).toBe(
        true,
      );
    }
    await expectAccessible(page, 'review');
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
