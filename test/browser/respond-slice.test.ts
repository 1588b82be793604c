/**
 * The thinnest slice a respondent walks: a link on a phone, every required section answered, sent;
 * then the organiser sees one completed response for the right partner, and its answers count in
 * the report's figures once the partner reaches k.
 */
import { describe, expect, inject, it } from 'vitest';
import { currentInstrument } from '../../core/instrument';
import { requiredSections } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { api, createPartnership, issueLinks } from '../../scripts/local/api';
import { PHONE } from '../../scripts/local/browser';
import { sharedBrowser, watchPage } from '../support/browser';
import { answerScreens } from '../support/survey-page';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('a respondent on a phone', () => {
  it('opens a link, answers every section, submits, and the report counts the response', async () => {
    const partnership = await createPartnership(baseUrl, { minGroupSize: 3 });
    const [link] = await issueLinks(baseUrl, partnership.organiserSecret, {
      scope: 'respondent_open',
      surveyId: partnership.surveyId,
      partnerId: partnership.partnerIds[0]!,
      count: 1,
      maxUses: null,
    });

    const page = await browser().newPage({ viewport: PHONE });
    const problems = watchPage(page);
    await page.goto(`${baseUrl}/respond#${link!.secret}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Werk in de wijk');
    expect(await page.getByText('U beantwoordt de vragen voor: Gemeente Rivierstad.').isVisible()).toBe(true);
    expect(await page.getByText('Niemand ziet iets over een groep van minder dan 3 mensen.').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Beginnen' }).click();
    const screens = await answerScreens(page);
    // The four required parts, each on one page or more.
    expect([...new Set(screens.map((s) => s.place.replace(/, pagina.*/, '')))]).toEqual([
      'Deel 1 van 4',
      'Deel 2 van 4',
      'Deel 3 van 4',
      'Deel 4 van 4',
    ]);
    await page.getByRole('heading', { name: 'Controleren en versturen' }).waitFor();
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await page.getByRole('heading', { name: 'Dank u wel!' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();

    // One response stored, counted for the right partner: the organiser's progress shows one
    // completed response for Gemeente Rivierstad and none for the other two partners.
    const organiser = api(baseUrl, partnership.organiserSecret).organiser;
    const progress = async () => {
      const res = await organiser.surveys[':surveyId'].progress.$get({ param: { surveyId: partnership.surveyId } });
      return (await res.json()).partners.map((p) => [p.name, p.completed]);
    };
    expect(await progress()).toEqual([
      ['Gemeente Rivierstad', 1],
      ['Zorggroep De Linde', 0],
      ['Bouwbedrijf Van Dam', 0],
    ]);

    // And its answers are in the figures: two more responses for the same partner reach k = 3, and
    // the report then counts three respondents for it, while the others stay under k.
    const report = async () => (await (await api(baseUrl, partnership.organiserSecret).report.$get({ query: {} })).json()).report;
    expect((await report()).partners.map((p) => p.status)).toEqual([
      'not_enough_responses',
      'not_enough_responses',
      'not_enough_responses',
    ]);
    const others = partnership.partnerIds.slice(1);
    const answers = syntheticAnswers({
      instrument: currentInstrument,
      sections: requiredSections,
      otherPartnerIds: others,
      random: seededRandom(3),
    });
    for (let i = 0; i < 2; i++) {
      const submitted = await api(baseUrl, link!.secret).respond.submit.$post({
        json: { submissionId: crypto.randomUUID().replaceAll('-', ''), language: 'nl', answers },
      });
      expect(submitted.status).toBe(201);
    }
    const after = await report();
    expect(after.partners.map((p) => [p.name, p.status === 'shown' ? p.respondents : p.status])).toEqual([
      ['Gemeente Rivierstad', 3],
      ['Zorggroep De Linde', 'not_enough_responses'],
      ['Bouwbedrijf Van Dam', 'not_enough_responses'],
    ]);
    // Every required item has three answers: the browser's answers were stored in full.
    const { figures } = await (await api(baseUrl, partnership.organiserSecret).report.figures.$get({ query: {} })).json();
    const culture = figures.sections.find((s) => s.sectionId === 'culture')!;
    for (const item of culture.items) {
      if (item.kind === 'scale')
        expect(
          item.byPartner.map((p) => p.n + p.dontKnow),
          item.itemId,
        ).toEqual([3]);
    }
    expect(await progress()).toEqual([
      ['Gemeente Rivierstad', 3],
      ['Zorggroep De Linde', 0],
      ['Bouwbedrijf Van Dam', 0],
    ]);
  });
});
