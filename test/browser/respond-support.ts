/**
 * What the respondent browser tests share: a survey set up the way an organiser would (every
 * section of the instrument), a phone-sized browser context, the instrument as the page shows it,
 * an axe-core check of the screen on view, and the organiser's view of what was stored.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CURRENT_VERSION } from '../../core/instrument/current';
import type { Instrument, Language, Section, SectionId } from '../../core/instrument/types';
import { sectionIds } from '../../core/instrument/types';
import { api, createPartnership, issueLinks } from '../../scripts/local/api';
import { PHONE } from '../../scripts/local/browser';
import { watchPage } from '../support/browser';

export { expectAccessible } from '../support/axe';

export const ALL_SECTIONS: SectionId[] = [...sectionIds];
export const PARTNERS = ['Gemeente Rivierstad', 'Zorggroep De Linde', 'Bouwbedrijf Van Dam'];

export interface SurveyOptions {
  /** The first partner is "shown as the organisation's position" (so one response shows in the report). */
  readonly shownAsOrganisation?: boolean;
  /** A survey whose closing date has passed. */
  readonly closed?: boolean;
  readonly sections?: SectionId[];
  readonly partners?: readonly string[];
  readonly challenge?: string;
  readonly english?: { readonly nameEn: string; readonly challengeEn: string };
}

/** A partnership of three partners with a survey of every section, and a respondent link for the first partner. */
export async function surveyWithLink(baseUrl: string, scope: 'respondent_open' | 'respondent_single', options: SurveyOptions = {}) {
  const created = await createPartnership(baseUrl, {
    partners: options.partners ?? PARTNERS,
    sections: options.sections ?? ALL_SECTIONS,
    minGroupSize: 5,
    firstShownAsOrganisation: options.shownAsOrganisation,
    closed: options.closed,
    challenge: options.challenge,
    english: options.english,
  });
  const partnerId = created.partnerIds[0]!;
  const [link] = await issueLinks(baseUrl, created.organiserSecret, {
    scope,
    surveyId: created.surveyId,
    partnerId,
    count: 1,
    maxUses: null,
  });
  return { organiserSecret: created.organiserSecret, surveyId: created.surveyId, partnerId, link: link! };
}

/** The instrument the respondent page renders (the current version, fetched like the page does), limited to the survey's sections. */
export async function surveySections(baseUrl: string, sections: readonly SectionId[] = ALL_SECTIONS) {
  const res = await fetch(`${baseUrl}/api/instrument/${CURRENT_VERSION}`);
  if (!res.ok) throw new Error(`instrument: HTTP ${res.status}`);
  const instrument = (await res.json()) as Instrument;
  return instrument.sections.filter((s) => sections.includes(s.id));
}

/** A fresh phone (its own storage, like another device) with a page that records errors. */
export async function phone(browser: Browser, baseUrl: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const problems = watchPage(page);
  // Every request must stay on the platform's own origin.
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== new URL(baseUrl).origin) problems.push(`request to another origin: ${url.origin}`);
  });
  return { context, page, problems };
}

export const respondUrl = (baseUrl: string, secret: string) => `${baseUrl}/respond#${secret}`;

/** Waits for the screen whose main heading is `name`. */
export async function onScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** What the organiser sees of a link and the report: uses of the link, respondents of the partner. */
export async function storedFor(baseUrl: string, survey: { organiserSecret: string; partnerId: string; link: { id: string } }) {
  const organiser = await (await api(baseUrl, survey.organiserSecret).organiser.$get()).json();
  const report = await (await api(baseUrl, survey.organiserSecret).report.$get({ query: {} })).json();
  const partner = report.report.partners.find((p) => p.id === survey.partnerId);
  return {
    linkUses: organiser.links.find((l) => l.id === survey.link.id)?.uses,
    respondents: partner?.status === 'shown' ? partner.respondents : undefined,
    suppressed: partner?.status === 'not_enough_responses',
  };
}

/** Which radios and checkboxes are checked and what the number and text fields hold, by input name/id. */
export function chosenValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const chosen: Record<string, string> = {};
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('main input:checked')))
      chosen[`${input.name}=${input.value}`] = 'checked';
    for (const field of Array.from(
      document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('main input[type="number"], main textarea'),
    )) {
      if (field.value !== '') chosen[field.id] = field.value;
    }
    return chosen;
  });
}

/** Answers that pass the server's checks for every required question of the given sections. */
export function validAnswers(sections: readonly Section[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const item of sections.flatMap((s) => s.items)) {
    if (!item.required) continue;
    if (item.format === 'allocation') answers[item.id] = { [item.options[0]!.id]: item.total };
    else if (item.format === 'multi_select') answers[item.id] = item.options.slice(0, item.choose ?? 1).map((o) => o.id);
    else if (item.format === 'single_choice') answers[item.id] = item.options[0]!.id;
    else if (item.format === 'text') answers[item.id] = 'Samen beginnen.';
    else if (item.format === 'perception') answers[item.id] = {};
    else answers[item.id] = 3;
  }
  return answers;
}

export const t = (text: Readonly<Record<Language, string>>, language: Language) => text[language];
