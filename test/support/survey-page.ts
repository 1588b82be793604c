/**
 * Answers whatever section the respondent page shows, the way a person would: a point on every
 * scale, 100 points into the first drive, the first option of every list, a sentence in text boxes.
 */
import type { Page } from 'playwright-core';

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
      await options.first().click();
      continue;
    }
    const text = question.locator('textarea');
    if ((await text.count()) > 0) await text.fill('Dat we elkaar beter leren kennen.');
  }
}
