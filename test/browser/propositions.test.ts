/**
 * The value propositions as their users meet them: a partner's contact states the organisation's
 * facts on a phone, told first that this is not anonymous (axe on the form); the report then shows
 * them with the partner's name, opens a partner's value proposition and a pair's fit on demand, and
 * gives the partnership's context line.
 */
import { describe, expect, inject, it } from 'vitest';
import { api, issueLinks } from '../../scripts/local/api';
import { PHONE } from '../../scripts/local/browser';
import { expectAccessible } from '../support/axe';
import { sharedBrowser, watchPage } from '../support/browser';
import { laptop, openReport, partnershipWithResponses } from './report-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('a partner’s stated facts and value proposition', () => {
  it('are stated by its contact on a phone, not anonymously, and read in the report beside its proposition', async () => {
    const p = await partnershipWithResponses(baseUrl, ['Gemeente Rivierstad', 'Zorggroep De Linde', 'ROC Rivierland'], [5, 5, 5], 5);
    const [contact] = await issueLinks(baseUrl, p.organiserSecret, {
      scope: 'partner_contact',
      surveyId: p.surveyId,
      partnerId: p.partnerIds[0]!,
      count: 1,
    });

    const context = await browser().newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    const problems = watchPage(phone);
    await phone.goto(`${baseUrl}/partner#${contact!.secret}`);
    await phone.getByRole('heading', { level: 3, name: 'Feiten van uw organisatie' }).waitFor();
    // Told before the first question: not anonymous, shown with the organisation's name.
    const notice = phone.getByRole('note');
    await expect(notice.innerText()).resolves.toContain('dit is niet anoniem');
    const [noticeBox, firstQuestion] = [await notice.boundingBox(), await phone.getByRole('group').first().boundingBox()];
    expect(noticeBox!.y).toBeLessThan(firstQuestion!.y);
    await expectAccessible(phone, 'the facts form');
    await phone.getByRole('radio', { name: 'Alleen over kleine zaken' }).check();
    await phone.getByRole('checkbox', { name: 'Een eigen budget' }).check();
    await phone.getByRole('button', { name: 'Feiten opslaan' }).click();
    await phone.getByText('Het rapport toont deze feiten nu.', { exact: false }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    await phone.reload();
    await phone.getByRole('radio', { name: 'Alleen over kleine zaken' }).waitFor();
    expect(await phone.getByRole('radio', { name: 'Alleen over kleine zaken' }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();

    const { page, problems: reportProblems, close } = await laptop(browser(), baseUrl);
    await openReport(page, `${baseUrl}/report#${p.reportSecret}`);
    await expect(page.locator('.report-context').innerText()).resolves.toBe(
      'Operationele afstemming · stip op de horizon: 2030 · partners uit de sectoren publiek (overheid), maatschappelijke organisatie en privaat (bedrijf)',
    );
    // The stated facts, in the full report's readiness part, with the partner's name and "not anonymous".
    const facts = page.locator('#readiness table', { has: page.getByText('Gemeente Rivierstad') }).last();
    await expect(facts.innerText()).resolves.toContain('Alleen over kleine zaken');
    await expect(page.locator('#readiness').innerText()).resolves.toContain('niet anoniem');
    // A partner's value proposition, fetched when opened.
    const card = page.locator('#propositions li', { hasText: 'Gemeente Rivierstad' }).first();
    await card.locator('summary').click();
    await card.getByRole('heading', { level: 4, name: 'Wat drijft deze partner' }).waitFor();
    await expect(card.innerText()).resolves.toContain('Zelf opgegeven door de organisatie (niet anoniem)');
    await expect(card.innerText()).resolves.toContain('Alleen over kleine zaken');
    // A pair: where their propositions fit and rub, above every comparison.
    await page.locator('#pairs details.appendix-body > summary').click();
    await page.locator('#pairs .pair-list > li > details > summary').first().click();
    await page.getByRole('heading', { level: 4, name: 'Waar hun proposities passen en schuren' }).waitFor();
    await expectAccessible(page, 'the report with a proposition and a pair open');
    const { report } = await (await api(baseUrl, p.reportSecret).report.$get({ query: {} })).json();
    expect(report.facts.map((f) => f.answers)).toEqual([{ 'facts.mandate': 'small_only', 'facts.committed': ['budget'] }]);
    expect(reportProblems).toEqual([]);
    await close();
  });
});
