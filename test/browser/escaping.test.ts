/**
 * Stored text is rendered as text everywhere: partnership and partner names and free-text answers
 * that look like markup appear literally on the respondent's, the organiser's and the report page,
 * and never become elements.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { currentInstrument } from '../../core/instrument';
import type { SectionId } from '../../core/instrument/types';
import { seededRandom, syntheticAnswers } from '../../db/seed/synthetic';
import { api, issueLinks } from '../../scripts/local/api';
import { sharedBrowser, watchPage } from '../support/browser';

const baseUrl = inject('baseUrl');
const HOSTILE_NAME = '<img src=x data-injected=1>Gemeente';
const HOSTILE_COMMENT = '<script data-injected=1>alert(1)</script> en <b data-injected=1>vet</b>';
const sections: SectionId[] = ['drives', 'culture', 'values', 'readiness', 'open'];
const browser = sharedBrowser();

async function expectLiteral(page: Page, literal: string) {
  await page.getByText(literal, { exact: false }).first().waitFor();
  expect(await page.locator('[data-injected]').count()).toBe(0);
}

describe('stored text', () => {
  it('is shown literally, never as markup, on every page that shows it', async () => {
    const created = await (
      await api(baseUrl).partnerships.$post({
        json: {
          partnership: {
            name: `<h1 data-injected=1>Samen</h1> ${HOSTILE_NAME}`,
            challenge: '<a href="javascript:alert(1)" data-injected=1>klik</a>',
            collaborationFunction: 'joint_development',
            horizon: '2030',
          },
          partners: [
            { name: HOSTILE_NAME, sector: 'public', expectedStaff: 20, shownAsOrganisation: false },
            { name: 'School', sector: 'knowledge_institution', expectedStaff: null, shownAsOrganisation: false },
          ],
          survey: { title: 'Nulmeting', sections, languages: ['nl', 'en'], minGroupSize: 3, closesOn: null, retainUntil: null },
        },
      })
    ).json();
    const [first, second] = created.partnerIds as [string, string];
    for (const [partnerId, count] of [
      [first, 10],
      [second, 3],
    ] as const) {
      const [link] = await issueLinks(baseUrl, created.organiserSecret, {
        scope: 'respondent_open',
        surveyId: created.surveyId!,
        partnerId,
        count: 1,
        maxUses: null,
      });
      for (let i = 0; i < count; i++) {
        const answers = {
          ...syntheticAnswers({ instrument: currentInstrument, sections, otherPartnerIds: [], random: seededRandom(i + 1) }),
          'open.success': `${HOSTILE_COMMENT} ${i}`,
        };
        const res = await api(baseUrl, link!.secret).respond.submit.$post({
          json: { submissionId: crypto.randomUUID().replaceAll('-', ''), language: 'nl', answers },
        });
        expect(res.status).toBe(201);
      }
    }
    const [respondent] = await issueLinks(baseUrl, created.organiserSecret, {
      scope: 'respondent_open',
      surveyId: created.surveyId!,
      partnerId: first,
      count: 1,
      maxUses: null,
    });

    const pages: [string, string[]][] = [
      [`/respond#${respondent!.secret}`, [HOSTILE_NAME]],
      [`/organise#${created.organiserSecret}`, [HOSTILE_NAME]],
      [`/report#${created.organiserSecret}`, [HOSTILE_NAME, '<script data-injected=1>alert(1)</script>']],
    ];
    for (const [path, literals] of pages) {
      const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
      const problems = watchPage(page);
      await page.goto(`${baseUrl}${path}`);
      if (path.startsWith('/report')) {
        // The report keeps its appendix (comments included) collapsed until a reader opens it.
        await page.locator('#comments details.appendix-body > summary').click();
      }
      for (const literal of literals) await expectLiteral(page, literal);
      expect(problems, path).toEqual([]);
      await page.close();
    }
  });
});
