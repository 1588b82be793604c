/**
 * Passing faults the respondent never sees: a draft save or a submit answered 503 (what `wrangler
 * dev` answers when its proxy loses the connection to the Worker; scripts/bench/load/stall.ts) or
 * cut off without a response is sent again at once, and the page says nothing about it. A submit
 * whose reply was lost after it was stored is stored once.
 */

import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Section } from '../../core/instrument/types';
import { api } from '../../scripts/local/api';
import { sharedBrowser } from '../support/browser';
import { answerScreens, answerSection } from '../support/survey-page';
import { onScreen, phone, respondUrl, storedFor, surveySections, surveyWithLink } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
let sections: Section[];

beforeAll(async () => {
  sections = await surveySections(baseUrl);
});

/** What the page says when a save or a send did not get through: none of it may ever show. */
const FAULT_TEXTS = ['nog niet op de server', 'Versturen lukt nu niet', 'Geen verbinding'];

/** Records, from the first paint on, every fault text that appears anywhere in the page. */
async function recordFaultTexts(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript((texts: string[]) => {
    const seen: string[] = [];
    (window as unknown as { faultTextsSeen: string[] }).faultTextsSeen = seen;
    new MutationObserver(() => {
      const shown = document.body?.innerText ?? '';
      for (const text of texts) if (shown.includes(text) && !seen.includes(text)) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, FAULT_TEXTS);
  return () => page.evaluate(() => (window as unknown as { faultTextsSeen: string[] }).faultTextsSeen);
}

/** The exact reply wrangler's dev proxy gives when its connection to the Worker was closed under it. */
const restartedMidRequest = (route: Route) =>
  route.fulfill({
    status: 503,
    headers: { 'retry-after': '0' },
    body: 'Your worker restarted mid-request. Please try sending the request again. Only GET or HEAD requests are retried automatically.',
  });

/** The first request gets a 503, the second is cut off without a response, the rest reach the server. */
function twoPassingFaults(page: Page, path: string): { faults: () => number } {
  let seen = 0;
  void page.route(path, async (route) => {
    seen++;
    if (seen === 1) return restartedMidRequest(route);
    if (seen === 2) return route.abort('connectionreset');
    return route.continue();
  });
  return { faults: () => Math.min(seen, 2) };
}

/** Failed requests are what this test causes; anything else is a problem. */
const unexpected = (problems: string[]) => problems.filter((p) => !/^request failed: .*\/api\/respond\/(submit|draft)$/.test(p));

async function answerAll(page: Page) {
  await answerScreens(page);
  await onScreen(page, 'Controleren en versturen');
}

describe('a respondent on a server that stumbles', () => {
  it('never hears of a draft save that got a 503 and then no response: it is saved on the server', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_single', { shownAsOrganisation: true });
    const { context, page, problems } = await phone(browser(), baseUrl);
    const faultTexts = await recordFaultTexts(page);
    const draftFaults = twoPassingFaults(page, '**/api/respond/draft');
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(page, 'Werk in de wijk');
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await onScreen(page, sections[0]!.title.nl);
    await answerSection(page);
    await page.getByRole('status').getByText('Opgeslagen', { exact: true }).waitFor();

    expect(draftFaults.faults()).toBe(2);
    expect(await faultTexts()).toEqual([]);
    expect(unexpected(problems), JSON.stringify(problems)).toEqual([]);
    const saved = await (await api(baseUrl, survey.link.secret).respond.draft.$get({ query: { submissionId: 'a'.repeat(16) } })).json();
    expect(Object.keys(saved.draft?.answers ?? {})).not.toHaveLength(0);
    await context.close();
  });

  it('never hears of a submit that got a 503 and then no response: it is stored once', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_single', { shownAsOrganisation: true });
    const { context, page, problems } = await phone(browser(), baseUrl);
    const faultTexts = await recordFaultTexts(page);
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(page, 'Werk in de wijk');
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await answerAll(page);

    const submitFaults = twoPassingFaults(page, '**/api/respond/submit');
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await onScreen(page, 'Dank u wel!');

    expect(submitFaults.faults()).toBe(2);
    expect(await faultTexts()).toEqual([]);
    expect(unexpected(problems), JSON.stringify(problems)).toEqual([]);
    await context.close();
    expect(await storedFor(baseUrl, survey)).toMatchObject({ linkUses: 1, respondents: 1 });
  });

  it('stores a submit once when its reply was lost after it was stored, and says thank you', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open', { shownAsOrganisation: true });
    const { context, page, problems } = await phone(browser(), baseUrl);
    const faultTexts = await recordFaultTexts(page);
    await page.goto(respondUrl(baseUrl, survey.link.secret));
    await onScreen(page, 'Werk in de wijk');
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await answerAll(page);

    // The first submit reaches the server and is stored; its reply never reaches the phone.
    const statuses: number[] = [];
    await page.route('**/api/respond/submit', async (route) => {
      const reply = await route.fetch();
      statuses.push(reply.status());
      if (statuses.length === 1) return route.abort('connectionreset');
      return route.fulfill({ response: reply });
    });
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await onScreen(page, 'Dank u wel!');

    expect(statuses).toEqual([201, 200]);
    expect(await faultTexts()).toEqual([]);
    expect(unexpected(problems), JSON.stringify(problems)).toEqual([]);
    await context.close();
    expect(await storedFor(baseUrl, survey)).toMatchObject({ linkUses: 1, respondents: 1 });
  });
});
