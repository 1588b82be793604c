/**
 * The whole survey with the keyboard only: Tab to move, Space to choose, arrow keys within a
 * scale, typing in number and text fields, Enter to go on. No mouse, no touch.
 */

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { toNextScreen } from '../../scripts/local/screens';
import { sharedBrowser } from '../support/browser';
import { screenOn } from '../support/survey-page';
import { onScreen, phone, respondUrl, storedFor, surveySections, surveyWithLink } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

interface Focused {
  tag: string;
  type: string;
  name: string;
  label: string;
  /** For a radio or checkbox: whether anything in its group is chosen. */
  groupChosen: boolean;
  /** For a checkbox of a choice of exactly a few (the three values): how many are still to choose. */
  chooseLeft: number;
  checked: boolean;
  /** For an allocation field: the points already given in its question. */
  pointsGiven: number;
  value: string;
  /** The focused element shows a focus indicator (an outline or a box shadow). */
  visibleFocus: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body)
      return {
        tag: 'body',
        type: '',
        name: '',
        label: '',
        groupChosen: false,
        chooseLeft: 0,
        checked: false,
        pointsGiven: 0,
        value: '',
        visibleFocus: false,
      };
    const group = el.name ? Array.from(document.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(el.name)}"]`)) : [];
    const fields = Array.from(el.closest('fieldset')?.querySelectorAll<HTMLInputElement>('input[type="number"]') ?? []);
    const choose = Number(el.closest('fieldset')?.querySelector('[data-choose]')?.getAttribute('data-choose') ?? 0);
    // A scale point (a hidden radio) shows its focus on the box next to it; anything else on itself.
    const shown = el.closest('label.point') && el.nextElementSibling ? el.nextElementSibling : el;
    const style = getComputedStyle(shown);
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type ?? '',
      name: el.name ?? '',
      label: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      groupChosen: group.some((input) => input.checked),
      chooseLeft: choose === 0 ? 0 : choose - group.filter((input) => input.checked).length,
      checked: el.checked ?? false,
      pointsGiven: fields.reduce((sum, field) => sum + (Number(field.value) || 0), 0),
      value: el.value ?? '',
      visibleFocus: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
    };
  });
}

/** Tabs through the screen, answering each question as it comes, until the button named `until`; presses Enter on it. */
async function answerByKeyboard(page: Page, until: string): Promise<void> {
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (el.tag !== 'body') expect(el.visibleFocus, `focus visible on ${el.tag} ${el.type} ${el.name} ${el.label}`).toBe(true);
    if (el.tag === 'button' && el.label === until) {
      await page.keyboard.press('Enter');
      return;
    }
    if (el.type === 'radio' && !el.groupChosen) {
      // Space chooses the first point; the right arrow moves the choice one point on.
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
    } else if (el.type === 'checkbox' && (!el.groupChosen || (el.chooseLeft > 0 && !el.checked))) {
      // One option of a list; for a choice of exactly three, one more each until three are chosen.
      await page.keyboard.press('Space');
    } else if (el.type === 'number' && el.pointsGiven === 0) {
      await page.keyboard.type('100');
    } else if (el.tag === 'textarea' && el.value === '') {
      await page.keyboard.type('Korte lijnen.');
    }
  }
  throw new Error(`never reached the button "${until}" with Tab`);
}

describe('a respondent using only the keyboard', () => {
  it('completes and sends the whole survey', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open', { shownAsOrganisation: true });
    const sections = await surveySections(baseUrl);
    const { context, page, problems } = await phone(browser(), baseUrl);
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(page, 'Werk in de wijk');

    await answerByKeyboard(page, 'Beginnen');
    const culture = sections.find((s) => s.id === 'culture')!;
    let checkedGoingBack = false;
    for (;;) {
      const screen = await screenOn(page);
      if (screen.heading === 'Controleren en versturen') break;
      await toNextScreen(page, () => answerByKeyboard(page, 'Volgende'));
      if (screen.heading === culture.title.nl && !checkedGoingBack) {
        // Space then the right arrow: the second point of each scale is the one chosen.
        checkedGoingBack = true;
        await toNextScreen(page, async () => {
          await page.getByRole('button', { name: 'Vorige' }).focus();
          await page.keyboard.press('Enter');
        });
        expect(await screenOn(page)).toEqual(screen);
        const chosen = await page
          .locator('main input[type="radio"]:checked')
          .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
        expect(chosen.length).toBeGreaterThan(0);
        expect(new Set(chosen)).toEqual(new Set(['2']));
        await toNextScreen(page, async () => {
          await page.getByRole('button', { name: 'Volgende' }).focus();
          await page.keyboard.press('Enter');
        });
      }
    }
    expect(checkedGoingBack).toBe(true);
    await onScreen(page, 'Controleren en versturen');
    for (const section of sections) {
      const required = section.items.filter((item) => item.required).length;
      const answered = Number(/(\d+) van/.exec((await page.getByText(`${section.title.nl}: `, { exact: false }).textContent()) ?? '')?.[1]);
      expect(answered, section.id).toBeGreaterThanOrEqual(required);
    }
    await answerByKeyboard(page, 'Antwoorden versturen');
    await onScreen(page, 'Dank u wel!');
    expect(problems).toEqual([]);
    await context.close();
    expect(await storedFor(baseUrl, survey)).toMatchObject({ linkUses: 1, respondents: 1 });
  });
});
