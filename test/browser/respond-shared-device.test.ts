/**
 * One phone, several colleagues: after sending through an open link, "Start a new response" gives
 * the next person a fresh survey, and nothing of the previous person is left on the device (no
 * answers, no submission id, not even the language they chose). A personal link offers no new start.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { requiredSections } from '../../core/instrument/types';
import { sharedBrowser } from '../support/browser';
import { answerScreens } from '../support/survey-page';
import { expectAccessible, onScreen, phone, respondUrl, storedFor, surveyWithLink } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** Everything a web page can leave on a device: local and session storage, IndexedDB, cookies, Cache Storage. */
function deviceContents(page: Page) {
  return page.evaluate(async () => ({
    local: Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key) ?? ''])),
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((database) => database.name),
    cookies: document.cookie,
    caches: await caches.keys(),
  }));
}

/** Answers the survey from the intro to the thank-you, and returns the submission id the page sent. */
async function answerAndSend(page: Page, words: { start: string; next: string; send: string; thanks: string }) {
  let submissionId = '';
  page.on('request', (request) => {
    if (request.url().endsWith('/api/respond/submit')) submissionId = (request.postDataJSON() as { submissionId: string }).submissionId;
  });
  await page.getByRole('button', { name: words.start }).click();
  await answerScreens(page, { next: words.next });
  await page.getByRole('button', { name: words.send }).click();
  await onScreen(page, words.thanks);
  expect(submissionId).toMatch(/^[0-9a-f]{32}$/);
  return submissionId;
}

const dutch = { start: 'Beginnen', next: 'Volgende', send: 'Antwoorden versturen', thanks: 'Dank u wel!' };
const english = { start: 'Start', next: 'Next', send: 'Send answers', thanks: 'Thank you!' };

describe('a phone shared by colleagues', () => {
  it('starts a new response after sending through an open link, with nothing of the previous one left', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open', { sections: [...requiredSections] });
    const { context, page, problems } = await phone(browser(), baseUrl);
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(page, 'Werk in de wijk');
    await page.getByRole('button', { name: 'English' }).click();
    const first = await answerAndSend(page, english);

    // Sent: neither the answers nor the id that names them on the server stay on the phone.
    const afterSending = await deviceContents(page);
    expect(JSON.stringify(afterSending.local)).not.toContain(first);
    expect(Object.values(afterSending.local).some((value) => value.includes('"answers":{"'))).toBe(false);
    await expectAccessible(page, 'thanks on an open link');

    await page.getByRole('button', { name: 'Start a new response' }).click();
    // The next colleague starts at the beginning, in the platform's language, as on a new phone.
    await onScreen(page, 'Werk in de wijk');
    expect(await page.getByRole('button', { name: 'Beginnen' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    const fresh = await deviceContents(page);
    expect(JSON.stringify(fresh.local)).not.toContain(first);
    expect(Object.keys(fresh.local).some((key) => key === 'samenwaarde.language')).toBe(false);
    // Left: the survey's questions (the same for everyone, so it opens offline) and a new, empty response.
    expect(Object.keys(fresh.local).sort()).toEqual([
      expect.stringMatching(/^samenwaarde\.context\.[0-9a-f]{24}$/),
      expect.stringMatching(/^samenwaarde\.respondent\.[0-9a-f]{24}$/),
    ]);
    const state = JSON.parse(Object.entries(fresh.local).find(([key]) => key.startsWith('samenwaarde.respondent.'))![1]);
    expect(state).toMatchObject({ answers: {}, step: 0, submitted: false, pendingSubmit: false });
    expect({ session: fresh.session, databases: fresh.databases, cookies: fresh.cookies, caches: fresh.caches }).toEqual({
      session: 0,
      databases: [],
      cookies: '',
      caches: [],
    });

    // The second colleague's response is a response of its own.
    const second = await answerAndSend(page, dutch);
    expect(second).not.toBe(first);
    expect(problems).toEqual([]);
    await context.close();
    expect(await storedFor(baseUrl, survey)).toMatchObject({ linkUses: 2 });
  });

  it('offers no new response on a personal link, which takes one', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_single', { sections: [...requiredSections] });
    const { context, page, problems } = await phone(browser(), baseUrl);
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await answerAndSend(page, dutch);
    expect(await page.getByRole('button', { name: 'Nieuw antwoord beginnen' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
