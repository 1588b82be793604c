/**
 * Answering the respondent page the way a person would (a point on every scale, 100 points into the
 * first drive, the first option of every list or as many as a choice asks for, a sentence in text
 * boxes), screen by screen.
 */
import type { Page } from 'playwright-core';
import { screenKey, toNextScreen } from '../../scripts/local/screens';

/** Answers whatever screen of questions the respondent page shows. */
export async function answerSection(page: Page): Promise<void> {
  const questions = page.locator('fieldset.question');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    const question = questions.nth(i);
    const allocation = question.locator('input[type="number"]');
    if ((await allocation.count()) > 0) {
      await allocation.first().fill('100');
      continue;
    }
    const rows = question.locator('.point-row');
    const rowCount = await rows.count();
    if (rowCount > 0) {
      for (let r = 0; r < rowCount; r++)
        await rows
          .nth(r)
          .locator('label.point')
          .nth((r % 3) + 2)
          .click();
      continue;
    }
    const options = question.locator('label.option');
    if ((await options.count()) > 0) {
      // A choice of exactly a few (the three most important values) says how many; otherwise one option.
      const counter = question.locator('[data-choose]');
      const choose = (await counter.count()) > 0 ? Number(await counter.getAttribute('data-choose')) : 1;
      for (let o = 0; o < choose; o++) await options.nth(o).click();
      continue;
    }
    const text = question.locator('textarea');
    if ((await text.count()) > 0) await text.fill('Dat we elkaar beter leren kennen.');
  }
}

/** A screen as the respondent sees it: its heading and the place its progress line names. */
export interface Screen {
  readonly heading: string;
  readonly place: string;
}

export const screenOn = (page: Page): Promise<Screen> =>
  page.evaluate(() => ({
    heading: document.querySelector('main h1')?.textContent ?? '',
    place: document.getElementById('progress-label')?.textContent ?? '',
  }));

/** Presses the button named `name` ("Volgende", "Vorige", …) and waits for the screen it leads to. */
export const press = (page: Page, name: string) => toNextScreen(page, () => page.getByRole('button', { name, exact: true }).click());

/**
 * Answers the screens from the one on view and goes on, screen after screen, while `more` says so
 * (by default: until the review); calls `each` on every screen before answering it and `answered`
 * after. Returns the screens passed.
 */
export async function answerScreens(
  page: Page,
  options: {
    readonly next?: string;
    readonly more?: (screen: Screen, index: number) => boolean;
    readonly each?: (screen: Screen, index: number) => Promise<void>;
    readonly answered?: (screen: Screen, index: number) => Promise<void>;
  } = {},
): Promise<Screen[]> {
  const passed: Screen[] = [];
  const atReview = () => page.evaluate(() => !document.querySelector('main fieldset.question'));
  for (let index = 0; ; index++) {
    await page.waitForFunction(screenKey, '');
    const screen = await screenOn(page);
    if ((await atReview()) || (options.more && !options.more(screen, index))) return passed;
    await options.each?.(screen, index);
    await answerSection(page);
    await options.answered?.(screen, index);
    passed.push(screen);
    await press(page, options.next ?? 'Volgende');
  }
}
