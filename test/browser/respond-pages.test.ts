/**
 * The pages a respondent meets instead of the survey — a closed survey, a used personal link, an
 * unknown or revoked link — each clear, in the respondent's language, and passing axe-core.
 */
import { describe, expect, inject, it } from 'vitest';
import { api } from '../../scripts/local/api';
import { sharedBrowser } from '../support/browser';
import { expectAccessible, onScreen, phone, respondUrl, surveySections, surveyWithLink, validAnswers } from './respond-support';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** Opens the link on a fresh phone, checks the Dutch page and its English version. */
async function expectPage(secret: string, nl: { title: string; body: string }, en: { title: string; body: string }) {
  const { context, page, problems } = await phone(browser(), baseUrl);
  await page.goto(respondUrl(baseUrl, secret));
  await onScreen(page, nl.title);
  expect(await page.getByText(nl.body, { exact: false }).isVisible()).toBe(true);
  // No way into the questions from here.
  expect(await page.getByRole('button', { name: 'Beginnen' }).count()).toBe(0);
  await expectAccessible(page, nl.title);
  await page.getByRole('button', { name: 'English' }).click();
  await onScreen(page, en.title);
  expect(await page.getByText(en.body, { exact: false }).isVisible()).toBe(true);
  await expectAccessible(page, en.title);
  await context.close();
  return problems;
}

describe('when the survey cannot be answered', () => {
  it('says a closed survey is closed', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open', { closed: true });
    const problems = await expectPage(
      survey.link.secret,
      { title: 'De vragenlijst is gesloten', body: 'U kunt geen antwoorden meer insturen.' },
      { title: 'The survey is closed', body: 'Answers can no longer be sent.' },
    );
    expect(problems).toEqual([]);
  });

  it('says a personal link was already used', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_single');
    const sections = await surveySections(baseUrl);
    const res = await api(baseUrl, survey.link.secret).respond.submit.$post({
      json: { submissionId: 'a'.repeat(32), language: 'nl', answers: validAnswers(sections) as never },
    });
    expect(res.status).toBe(201);
    const problems = await expectPage(
      survey.link.secret,
      { title: 'Al ingevuld', body: 'Met deze persoonlijke link is de vragenlijst al ingestuurd.' },
      { title: 'Already answered', body: 'The survey has already been sent with this personal link.' },
    );
    expect(problems).toEqual([]);
  });

  it('says an unknown link does not work', async () => {
    const { context, page } = await phone(browser(), baseUrl);
    await page.goto(respondUrl(baseUrl, 'AbCdEfGhIjKlMnOpQrStUv0123456789'));
    await onScreen(page, 'Deze link werkt niet');
    expect(await page.getByText('Vraag degene die u de link stuurde om een nieuwe.', { exact: false }).isVisible()).toBe(true);
    await expectAccessible(page, 'unknown link');
    await context.close();
  });

  it('says a revoked link does not work, in English too', async () => {
    const survey = await surveyWithLink(baseUrl, 'respondent_open');
    const revoked = await api(baseUrl, survey.organiserSecret).organiser.links[':id'].revoke.$post({ param: { id: survey.link.id } });
    expect(revoked.status).toBe(200);
    await expectPage(
      survey.link.secret,
      { title: 'Deze link werkt niet', body: 'De link is onbekend of ingetrokken.' },
      { title: 'This link does not work', body: 'The link is unknown or has been withdrawn.' },
    );
  });
});
